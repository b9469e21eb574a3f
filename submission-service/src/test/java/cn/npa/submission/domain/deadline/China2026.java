package cn.npa.submission.domain.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data: the 2026 public holiday schedule as published by the State Council General Office (国办发明电, Nov 2025),
 * with its make-up workdays. Tests depend only on this data, not on the real schedule.
 */
final class China2026 {

    private China2026() {
    }

    static CalendarYear year() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "New Year's Day", "2026-01-01", "2026-01-03");
        workday(days, "New Year's Day make-up", "2026-01-04");
        holidays(days, "Spring Festival", "2026-02-15", "2026-02-23");
        workday(days, "Spring Festival make-up", "2026-02-14");
        workday(days, "Spring Festival make-up", "2026-02-28");
        holidays(days, "Qingming", "2026-04-04", "2026-04-06");
        holidays(days, "Labour Day", "2026-05-01", "2026-05-05");
        workday(days, "Labour Day make-up", "2026-05-09");
        holidays(days, "Dragon Boat", "2026-06-19", "2026-06-21");
        holidays(days, "Mid-Autumn", "2026-09-25", "2026-09-27");
        holidays(days, "National Day", "2026-10-01", "2026-10-07");
        workday(days, "National Day make-up", "2026-09-20");
        workday(days, "National Day make-up", "2026-10-10");
        return new CalendarYear(2026, days);
    }

    static WorkingCalendar calendar() {
        return WorkingCalendar.of(List.of(year()));
    }

    private static void holidays(List<CalendarDay> days, String name, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, CalendarDay.Kind.HOLIDAY, name));
        }
    }

    private static void workday(List<CalendarDay> days, String name, String date) {
        days.add(new CalendarDay(LocalDate.parse(date), CalendarDay.Kind.MAKEUP_WORKDAY, name));
    }
}
