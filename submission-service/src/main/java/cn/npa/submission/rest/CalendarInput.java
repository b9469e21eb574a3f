package cn.npa.submission.rest;

import cn.npa.submission.domain.deadline.CalendarDraft;
import java.util.List;

/** A year's holiday schedule as an administrator sends it; dates still text so that every bad entry can be named. */
public record CalendarInput(List<DayInput> holidays, List<DayInput> makeUpWorkdays) {

    /** One listed day: an ISO date and an optional name such as "National Day". */
    public record DayInput(String date, String name) {
    }

    /** The same schedule, for the calendar's parser (an absent list stays absent, so that it is reported). */
    public CalendarDraft toDraft() {
        return new CalendarDraft(days(holidays), days(makeUpWorkdays));
    }

    private static List<CalendarDraft.DayDraft> days(List<DayInput> days) {
        return days == null ? null : days.stream().map(d -> d == null ? null : new CalendarDraft.DayDraft(d.date(), d.name())).toList();
    }
}
