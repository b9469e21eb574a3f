package cn.npa.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The holiday data file the embedded run loads through the calendar API (D2): well formed, sourced, and covering the demo. */
class HolidayCalendarTest {

    private static final List<HolidayCalendar.Year> YEARS = HolidayCalendar.years();

    @Test
    @DisplayName("D2: every year names its State Council notice; every day lies in its year; make-up workdays are weekend days")
    void everyYearIsSourcedAndConsistent() {
        for (HolidayCalendar.Year y : YEARS) {
            assertTrue(y.source().startsWith("国务院办公厅关于" + y.year() + "年部分节假日安排的通知"), y.year() + " names its notice");
            Set<LocalDate> holidays = new HashSet<>();
            for (HolidayCalendar.Day d : y.holidays()) {
                assertEquals(y.year(), d.date().getYear(), d + " in " + y.year());
                assertTrue(holidays.add(d.date()), d + " listed once");
                assertFalse(d.name().isBlank());
            }
            for (HolidayCalendar.Day d : y.makeUpWorkdays()) {
                assertEquals(y.year(), d.date().getYear(), d + " in " + y.year());
                assertTrue(d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY, d + " is a weekend day");
                assertFalse(holidays.contains(d.date()), d + " is not also a holiday");
            }
        }
    }

    @Test
    @DisplayName("D2: the years of the demo's filings are there (the 14 months up to the last ended month of 2026)")
    void coversTheDemo() {
        Set<Integer> years = new HashSet<>();
        YEARS.forEach(y -> years.add(y.year()));
        YearMonth to = YearMonth.of(2026, 11);
        for (YearMonth m = to.minusMonths(DemoPlan.MONTHS - 1); !m.isAfter(to); m = m.plusMonths(1)) {
            assertTrue(years.contains(m.getYear()), m + " has its year's calendar");
        }
    }

    @Test
    @DisplayName("D2: the 2026 Spring Festival runs 15 to 23 February with make-up Saturdays 14 and 28 February, so 15 February rolls to the 24th")
    void springFestival2026() {
        HolidayCalendar.Year y2026 = YEARS.stream().filter(y -> y.year() == 2026).findFirst().orElseThrow();
        Set<LocalDate> off = new HashSet<>();
        y2026.holidays().forEach(d -> off.add(d.date()));
        for (LocalDate d = LocalDate.of(2026, 2, 15); d.isBefore(LocalDate.of(2026, 2, 24)); d = d.plusDays(1)) {
            assertTrue(off.contains(d), d + " is a holiday");
        }
        assertFalse(off.contains(LocalDate.of(2026, 2, 24)), "24 February (a Tuesday) is the first working day after it");
        assertEquals(List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9),
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)), y2026.makeUpWorkdays().stream().map(HolidayCalendar.Day::date).toList());
    }

    @Test
    @DisplayName("D2: the body sent to PUT /api/v1/calendar/{year} has exactly the two lists the API takes")
    void body() {
        String body = YEARS.get(0).body();
        assertTrue(body.startsWith("{\"holidays\":[{\"date\":\"" + YEARS.get(0).year() + "-"), body);
        assertTrue(body.contains("],\"makeUpWorkdays\":[{\"date\":"), body);
        assertFalse(body.contains("source"), "nothing the API would refuse as unknown");
    }
}
