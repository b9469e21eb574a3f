package cn.npa.submission.domain.deadline;

import static cn.npa.submission.domain.period.ReportType.BANK_ANNUAL_NPA;
import static cn.npa.submission.domain.period.ReportType.BANK_MONTHLY_NPL;
import static cn.npa.submission.domain.period.ReportType.BANK_QUARTERLY_NPA;
import static cn.npa.submission.domain.period.ReportType.BRANCH_MONTHLY_NPL;
import static cn.npa.submission.domain.period.ReportType.BRANCH_QUARTERLY_NPA;
import static cn.npa.submission.domain.period.ReportType.BUREAU_QUARTERLY_ASSESSMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.InstitutionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Art. 18 due dates with D2 roll-forward and D3 bureau rules. */
class DeadlineRulesTest {

    private static final WorkingCalendar CAL = China2026.calendar();
    private static final BranchDeadlineRule GD_MONTHLY_3 =
            new BranchDeadlineRule("BUR-440000", BRANCH_MONTHLY_NPL, 3, LocalDate.of(2026, 1, 1), null);
    private static final BranchDeadlineRule GD_QUARTERLY_10 =
            new BranchDeadlineRule("BUR-440000", BRANCH_QUARTERLY_NPA, 10, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final List<BranchDeadlineRule> RULES = List.of(GD_MONTHLY_3, GD_QUARTERLY_10);

    private static Deadline due(ReportType type, String period) {
        return DeadlineRules.due(type, ReportPeriod.parse(period), null, null, List.of(), CAL).orElseThrow();
    }

    private static Optional<Deadline> branch(ReportType type, String period, String bureau, List<BranchDeadlineRule> rules) {
        return DeadlineRules.due(type, ReportPeriod.parse(period), InstitutionKind.BRANCH, bureau, rules, CAL);
    }

    @Test
    void art18CountsCalendarDaysAfterThePeriodEnd() {
        assertEquals(LocalDate.of(2026, 10, 20), due(BANK_QUARTERLY_NPA, "2026-Q3").dueDate());
        assertEquals(LocalDate.of(2026, 4, 20), due(BUREAU_QUARTERLY_ASSESSMENT, "2026-Q1").dueDate());
        assertEquals(LocalDate.of(2026, 10, 15), due(BANK_MONTHLY_NPL, "2026-09").dueDate());
        Deadline annual = DeadlineRules.due(BANK_ANNUAL_NPA, ReportPeriod.parse("2026"), InstitutionKind.BANK_HEAD_OFFICE,
                null, List.of(), WorkingCalendar.weekendsOnly()).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 30), annual.nominalDate());
        assertEquals(LocalDate.of(2027, 2, 1), annual.dueDate(), "Saturday 30 Jan 2027 rolls to Monday");
        assertEquals(Deadline.Source.ART_18, annual.source());
    }

    @Test
    void dueDateOnSpringFestivalRunsThroughTheWeekend_D2() {
        // 2026-02-15 is a Sunday inside the 15-23 February holiday, which spans a whole weekend.
        Deadline d = due(BANK_MONTHLY_NPL, "2026-01");
        assertEquals(LocalDate.of(2026, 2, 15), d.nominalDate());
        assertEquals(LocalDate.of(2026, 2, 24), d.dueDate());
        assertTrue(d.rolledForward());
    }

    @Test
    void dueDateInNationalDayRollsPastHolidayAndWeekend_D2() {
        // Guangdong's branches: 3 days after the month end; Sat 3 Oct 2026 is a holiday, the holiday runs to Wed 7 Oct.
        Deadline d = branch(BRANCH_MONTHLY_NPL, "2026-09", "BUR-440000", RULES).orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 3), d.nominalDate());
        assertEquals(LocalDate.of(2026, 10, 8), d.dueDate());
        assertEquals(Deadline.Source.BUREAU_RULE, d.source());
    }

    @Test
    void makeUpSaturdayIsAValidDueDate_D2() {
        BranchDeadlineRule tenDays = new BranchDeadlineRule("BUR-310000", BRANCH_MONTHLY_NPL, 10, LocalDate.of(2020, 1, 1), null);
        Deadline d = branch(BRANCH_MONTHLY_NPL, "2026-09", "BUR-310000", List.of(tenDays)).orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 10), d.dueDate());
        assertFalse(d.rolledForward());
    }

    @Test
    void decemberQ4AndAnnualAllFallDueInTheSameJanuary() {
        assertEquals(LocalDate.of(2026, 1, 15), due(BANK_MONTHLY_NPL, "2025-12").dueDate());
        assertEquals(LocalDate.of(2026, 1, 20), due(BANK_QUARTERLY_NPA, "2025-Q4").dueDate());
        assertEquals(LocalDate.of(2026, 1, 30), due(BANK_ANNUAL_NPA, "2025").dueDate());
    }

    @Test
    void leapYearsShiftDaysAfterPeriodEnd() {
        assertEquals(LocalDate.of(2028, 3, 15), due(BANK_MONTHLY_NPL, "2028-02").dueDate());
        assertEquals(LocalDate.of(2028, 1, 20), due(BANK_QUARTERLY_NPA, "2027-Q4").dueDate());
        assertEquals(LocalDate.of(2028, 1, 31), due(BANK_ANNUAL_NPA, "2027").dueDate(), "Sunday 30 Jan 2028 rolls to Monday");
        assertEquals(LocalDate.of(2029, 1, 30), due(BANK_ANNUAL_NPA, "2028").dueDate());
        BranchDeadlineRule thirty = new BranchDeadlineRule("BUR-110000", BRANCH_MONTHLY_NPL, 30, LocalDate.of(2020, 1, 1), null);
        assertEquals(LocalDate.of(2028, 3, 1), branch(BRANCH_MONTHLY_NPL, "2028-01", "BUR-110000", List.of(thirty)).orElseThrow().dueDate());
        assertEquals(LocalDate.of(2027, 3, 2), branch(BRANCH_MONTHLY_NPL, "2027-01", "BUR-110000", List.of(thirty)).orElseThrow().dueDate());
    }

    @Test
    void branchDeadlineSetByOneBureauButNotAnother_D3() {
        assertTrue(branch(BRANCH_MONTHLY_NPL, "2026-10", "BUR-440000", RULES).isPresent());
        assertTrue(branch(BRANCH_MONTHLY_NPL, "2026-10", "BUR-320000", RULES).isEmpty());
        assertTrue(branch(BRANCH_MONTHLY_NPL, "2026-10", null, RULES).isEmpty());
    }

    @Test
    void bureauRuleInForceOnThePeriodEndApplies_D3() {
        assertEquals(LocalDate.of(2026, 7, 10), branch(BRANCH_QUARTERLY_NPA, "2026-Q2", "BUR-440000", RULES).orElseThrow().dueDate());
        assertTrue(branch(BRANCH_QUARTERLY_NPA, "2026-Q3", "BUR-440000", RULES).isEmpty(), "rule ended 2026-06-30");
        assertTrue(branch(BRANCH_MONTHLY_NPL, "2025-12", "BUR-440000", RULES).isEmpty(), "rule starts 2026-01-01");
    }

    @Test
    void majorChangeIsWorkingDaysAfterDetectionAcrossNationalDay() {
        Deadline d = DeadlineRules.majorChange(LocalDate.of(2026, 9, 29), 5, CAL);
        assertEquals(LocalDate.of(2026, 10, 12), d.dueDate());
        assertEquals(Deadline.Source.MAJOR_CHANGE, d.source());
        assertEquals(LocalDate.of(2026, 10, 8), DeadlineRules.majorChange(LocalDate.of(2026, 9, 30), 1, CAL).dueDate());
        assertEquals(LocalDate.of(2028, 2, 29), DeadlineRules.majorChange(LocalDate.of(2028, 2, 28), 1, CAL).dueDate());
    }

    @Test
    void wrongPeriodOrFilerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> due(BANK_QUARTERLY_NPA, "2026-09"));
        assertThrows(IllegalArgumentException.class, () -> due(ReportType.MAJOR_CHANGE, "2026-09"));
        assertThrows(IllegalArgumentException.class, () -> DeadlineRules.due(BANK_MONTHLY_NPL, ReportPeriod.parse("2026-09"),
                InstitutionKind.BRANCH, null, List.of(), CAL));
        assertThrows(IllegalArgumentException.class, () ->
                new BranchDeadlineRule("BUR-440000", BANK_MONTHLY_NPL, 3, LocalDate.of(2026, 1, 1), null));
    }
}
