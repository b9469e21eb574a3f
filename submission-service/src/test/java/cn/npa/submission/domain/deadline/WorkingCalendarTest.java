package cn.npa.submission.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The working-day calendar of D2, on the 2026 schedule. */
class WorkingCalendarTest {

    private final WorkingCalendar cal = China2026.calendar();

    @Test
    void weekendsAreNonWorkingWithoutData_D2() {
        WorkingCalendar plain = WorkingCalendar.weekendsOnly();
        assertFalse(plain.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertTrue(plain.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertFalse(plain.isLoaded(2026));
        assertTrue(cal.isLoaded(2026));
        assertFalse(cal.isLoaded(2027));
    }

    @Test
    void makeUpSaturdayIsAWorkingDay_D2() {
        assertEquals(java.time.DayOfWeek.SATURDAY, LocalDate.of(2026, 10, 10).getDayOfWeek());
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 9, 20)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 10, 11)));
    }

    @Test
    void weekdayHolidayIsNotAWorkingDay_D2() {
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 10, 5)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void nextWorkingDayRunsThroughHolidayAndWeekend_D2() {
        assertEquals(LocalDate.of(2026, 10, 8), cal.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 10, 8), cal.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 3)));
        assertEquals(LocalDate.of(2026, 10, 8), cal.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 8)));
        assertEquals(LocalDate.of(2026, 9, 28), cal.nextWorkingDayOnOrAfter(LocalDate.of(2026, 9, 25)));
    }

    @Test
    void addWorkingDaysSkipsHolidaysAndCountsMakeUpDays_D2() {
        // Tue 29 Sep: Wed 30 (1), Oct 1-7 off, Thu 8 (2), Fri 9 (3), Sat 10 make-up (4), Sun 11 off, Mon 12 (5).
        assertEquals(LocalDate.of(2026, 10, 12), cal.addWorkingDays(LocalDate.of(2026, 9, 29), 5));
        assertEquals(LocalDate.of(2026, 10, 8), cal.addWorkingDays(LocalDate.of(2026, 10, 3), 1));
        assertEquals(LocalDate.of(2026, 10, 3), cal.addWorkingDays(LocalDate.of(2026, 10, 3), 0));
        assertThrows(IllegalArgumentException.class, () -> cal.addWorkingDays(LocalDate.of(2026, 10, 3), -1));
    }

    @Test
    void aDateCannotBeListedTwice() {
        CalendarYear y = new CalendarYear(2026, List.of(
                new CalendarDay(LocalDate.of(2026, 1, 1), CalendarDay.Kind.HOLIDAY, null),
                new CalendarDay(LocalDate.of(2026, 1, 1), CalendarDay.Kind.HOLIDAY, null)));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(List.of(y)));
        assertThrows(IllegalArgumentException.class, () -> new CalendarYear(2027, China2026.year().days()));
    }
}
