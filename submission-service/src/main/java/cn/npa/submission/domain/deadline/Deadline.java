package cn.npa.submission.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The deadline of one report: the date the rule gives ({@code nominalDate}), the due date after rolling forward to
 * a working day (D2), and where the rule came from. The due day is inclusive up to 24:00 Asia/Shanghai (D1).
 */
public record Deadline(LocalDate nominalDate, LocalDate dueDate, Source source) {

    /** Every deadline is read on the clock of Beijing time (D1). */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public Deadline {
        if (nominalDate == null || dueDate == null || source == null || dueDate.isBefore(nominalDate)) {
            throw new IllegalArgumentException("a deadline needs a nominal date, a due date on or after it, and a source");
        }
    }

    /** The first instant that is late: 00:00 Asia/Shanghai of the day after the due date. */
    public Instant lateFrom() {
        return dueDate.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    public boolean isOnTime(Instant filedAt) {
        return filedAt.isBefore(lateFrom());
    }

    /** Whether the due date moved because the nominal date was not a working day. */
    public boolean rolledForward() {
        return !dueDate.equals(nominalDate);
    }

    /** Calendar days from the due date to the Shanghai date of {@code at}; 0 when {@code at} is on time. */
    public int daysLate(Instant at) {
        if (isOnTime(at)) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(dueDate, at.atZone(SHANGHAI).toLocalDate());
    }

    /** The status of one filing (an original or an amendment) made at {@code filedAt} (D1, D6). */
    public DeadlineStatus timeliness(Instant filedAt) {
        int late = daysLate(filedAt);
        return late == 0 ? DeadlineStatus.onTime() : DeadlineStatus.late(late);
    }

    /** Which rule produced the nominal date. */
    public enum Source {
        /** Art. 18 para. 1: 15 / 20 / 30 days after the period end. */
        ART_18,
        /** A bureau's rule for branches (Art. 18 para. 2, D3). */
        BUREAU_RULE,
        /** "Timely": a configured number of working days after detection. */
        MAJOR_CHANGE
    }
}
