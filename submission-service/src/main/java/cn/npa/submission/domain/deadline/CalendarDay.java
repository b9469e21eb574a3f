package cn.npa.submission.domain.deadline;

import java.time.LocalDate;

/** One exception to the weekday rule: a public holiday, or a weekend day worked in exchange (调休 make-up workday). */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public CalendarDay {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("a calendar day needs a date and a kind");
        }
    }

    /** Whether the day is taken off or worked. */
    public enum Kind {
        HOLIDAY,
        MAKEUP_WORKDAY
    }
}
