package cn.npa.submission.domain.deadline;

import java.util.List;

/** A year's holiday schedule as received; dates still text so that every bad entry can be named. */
public record CalendarDraft(List<DayDraft> holidays, List<DayDraft> makeUpWorkdays) {

    /** One listed day: an ISO date and an optional name such as "National Day". */
    public record DayDraft(String date, String name) {
    }
}
