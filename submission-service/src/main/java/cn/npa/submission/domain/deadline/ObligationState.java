package cn.npa.submission.domain.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The status of an obligation as a pure function of its deadline, its filings, a waiver and the clock (D4, D6). */
public final class ObligationState {

    private ObligationState() {
    }

    /**
     * The obligation's status at {@code now}.
     * <ul>
     * <li>A waiver wins over everything: the supervisor excused the obligation (each filing keeps its own timeliness).</li>
     * <li>The earliest accepted filing is the original and alone decides on-time or late; amendments never change
     * it (D6). Use {@link Deadline#timeliness(Instant)} to record each amendment's own lateness.</li>
     * <li>Nothing filed: {@code OPEN} until the due day ends, {@code OVERDUE} from 00:00 Shanghai the day after.</li>
     * <li>{@code deadline} empty (a branch report its bureau set no deadline for): never late, never overdue.</li>
     * </ul>
     *
     * @param acceptedFilings the instants of the accepted versions, in any order
     */
    public static DeadlineStatus of(Optional<Deadline> deadline, Collection<Instant> acceptedFilings, boolean waived, Instant now) {
        if (waived) {
            return DeadlineStatus.waived();
        }
        Optional<Instant> original = acceptedFilings.stream().min(Comparator.naturalOrder());
        if (original.isPresent()) {
            return deadline.map(d -> d.timeliness(original.get())).orElse(DeadlineStatus.onTime());
        }
        if (deadline.isEmpty() || deadline.get().isOnTime(now)) {
            return DeadlineStatus.open();
        }
        return DeadlineStatus.overdue(deadline.get().daysLate(now));
    }
}
