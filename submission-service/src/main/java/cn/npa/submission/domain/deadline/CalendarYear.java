package cn.npa.submission.domain.deadline;

import java.util.List;

/** The holiday schedule an administrator loaded for one year: its holidays and its make-up workdays. */
public record CalendarYear(int year, List<CalendarDay> days) {

    public CalendarYear {
        days = List.copyOf(days);
        for (CalendarDay d : days) {
            if (d.date().getYear() != year) {
                throw new IllegalArgumentException(d.date() + " is not in " + year);
            }
        }
    }

    public List<CalendarDay> holidays() {
        return days.stream().filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY).toList();
    }

    public List<CalendarDay> makeUpWorkdays() {
        return days.stream().filter(d -> d.kind() == CalendarDay.Kind.MAKEUP_WORKDAY).toList();
    }
}
