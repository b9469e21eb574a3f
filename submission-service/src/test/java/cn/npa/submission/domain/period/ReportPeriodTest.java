package cn.npa.submission.domain.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.domain.register.InstitutionKind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Periods and report types of domain spec section 2. */
class ReportPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026-01", "2026-Q3", "2026-Q1", "2026", "2028-02"})
    void parseRoundTrips(String text) {
        assertEquals(text, ReportPeriod.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-1", "2026-Q5", "2026-Q0", "2026q3", "2026-q3", " 2026", "2026 ",
            "26", "20260", "2026-M10", "2026-10-01", "", "abc", "0999", "2026-Q", "2026/10", "２０２６"})
    void parseIsStrict(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void startAndEndIncludingLeapFebruary() {
        assertEquals(LocalDate.of(2028, 2, 29), ReportPeriod.parse("2028-02").end());
        assertEquals(LocalDate.of(2027, 2, 28), ReportPeriod.parse("2027-02").end());
        assertEquals(LocalDate.of(2026, 7, 1), ReportPeriod.parse("2026-Q3").start());
        assertEquals(LocalDate.of(2026, 9, 30), ReportPeriod.parse("2026-Q3").end());
        assertEquals(LocalDate.of(2028, 3, 31), ReportPeriod.parse("2028-Q1").end());
        assertEquals(LocalDate.of(2026, 1, 1), ReportPeriod.parse("2026").start());
        assertEquals(LocalDate.of(2026, 12, 31), ReportPeriod.parse("2026").end());
    }

    @Test
    void previousCrossesYears() {
        assertEquals("2025-12", ReportPeriod.parse("2026-01").previous().toString());
        assertEquals("2026-09", ReportPeriod.parse("2026-10").previous().toString());
        assertEquals("2025-Q4", ReportPeriod.parse("2026-Q1").previous().toString());
        assertEquals("2025", ReportPeriod.parse("2026").previous().toString());
        assertEquals("2027-01", ReportPeriod.parse("2026-12").next().toString());
    }

    @Test
    void beginningOfYearIsDecemberOrQ4OfPreviousYear() {
        assertEquals("2025-12", ReportPeriod.parse("2026-10").beginningOfYearBase().toString());
        assertEquals("2025-12", ReportPeriod.parse("2026-01").beginningOfYearBase().toString());
        assertEquals("2025-Q4", ReportPeriod.parse("2026-Q3").beginningOfYearBase().toString());
        assertEquals("2025", ReportPeriod.parse("2026").beginningOfYearBase().toString());
    }

    @Test
    void periodEndsAfterItsLastDay() {
        ReportPeriod oct = ReportPeriod.parse("2026-10");
        assertFalse(oct.hasEnded(LocalDate.of(2026, 10, 31)));
        assertTrue(oct.hasEnded(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void reportTypesKnowTheirPeriodAndFilers() {
        assertEquals(9, ReportType.values().length);
        assertTrue(ReportType.BANK_QUARTERLY_NPA.takes(ReportPeriod.parse("2026-Q3")));
        assertFalse(ReportType.BANK_QUARTERLY_NPA.takes(ReportPeriod.parse("2026-09")));
        assertTrue(ReportType.BRANCH_MONTHLY_NPL.isFiledBy(InstitutionKind.SUB_BRANCH));
        assertFalse(ReportType.BRANCH_MONTHLY_NPL.isFiledBy(InstitutionKind.BANK_HEAD_OFFICE));
        assertTrue(ReportType.BUREAU_ANNUAL_ASSESSMENT.isFiledBy(InstitutionKind.REGULATOR_BUREAU));
        assertTrue(ReportType.MAJOR_CHANGE.isFiledBy(InstitutionKind.BANK_HEAD_OFFICE));
        assertTrue(ReportType.MAJOR_CHANGE.isFiledBy(InstitutionKind.REGULATOR_BUREAU));
        assertFalse(ReportType.MAJOR_CHANGE.isFiledBy(InstitutionKind.BRANCH));
        assertFalse(ReportType.MAJOR_CHANGE.isPeriodic());
    }
}
