package cn.npa.submission.domain.deadline;

import java.util.List;

/** A year's holiday schedule as an administrator sends it; dates still text so that every bad entry can be named. */
public record CalendarInput(List<DayInput> holidays, List<DayInput> makeUpWorkdays) {

    /** One listed day: an ISO date and an optional name such as "National Day". */
    public record DayInput(String date, String name) {
    }
}
