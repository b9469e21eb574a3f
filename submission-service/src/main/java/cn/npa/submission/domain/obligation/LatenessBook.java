package cn.npa.submission.domain.obligation;

import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineStatus;
import cn.npa.submission.domain.deadline.ObligationStatus;
import java.time.Instant;
import java.util.Optional;

/** Lateness bookkeeping as pure functions: what one accepted filing does to its obligation (D4, D5, D6). */
public final class LatenessBook {

    private LatenessBook() {
    }

    /**
     * What an accepted filing changes.
     *
     * @param filing       the filing's own timeliness (each version is on time or late by itself)
     * @param original     whether it is the first accepted filing of the obligation
     * @param status       the obligation's status afterwards
     * @param record       the lateness to record, if the filing was late
     */
    public record Outcome(DeadlineStatus filing, boolean original, DeadlineStatus status, Optional<LatenessKind> record) {
    }

    /**
     * The first accepted filing decides on time or late, also after the obligation went OVERDUE (it becomes
     * SUBMITTED_LATE with the days late of the filing). A waiver stays a waiver. An amendment never changes the status
     * (D6) but is recorded as AMENDMENT_LATE when it comes after the due day.
     *
     * @param current     the obligation's status before the filing
     * @param alreadyFiled whether an original was already recorded
     */
    public static Outcome onFiling(ObligationStatus current, int currentDaysLate, boolean alreadyFiled, Deadline deadline,
                                   Instant receivedAt) {
        DeadlineStatus filing = deadline.timeliness(receivedAt);
        if (alreadyFiled) {
            return new Outcome(filing, false, new DeadlineStatus(current, currentDaysLate),
                    filing.isLate() ? Optional.of(LatenessKind.AMENDMENT_LATE) : Optional.empty());
        }
        DeadlineStatus after = current == ObligationStatus.WAIVED ? DeadlineStatus.waived() : filing;
        return new Outcome(filing, true, after, filing.isLate() ? Optional.of(LatenessKind.ORIGINAL_LATE) : Optional.empty());
    }

    /** OVERDUE as the job records it at {@code now}: the calendar days since the due day (D5); empty while not yet late. */
    public static Optional<DeadlineStatus> overdueAt(Deadline deadline, Instant now) {
        return deadline.isOnTime(now) ? Optional.empty() : Optional.of(DeadlineStatus.overdue(deadline.daysLate(now)));
    }
}
