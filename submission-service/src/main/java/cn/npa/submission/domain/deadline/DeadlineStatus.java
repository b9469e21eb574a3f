package cn.npa.submission.domain.deadline;

/**
 * Where an obligation or a single filing stands against its deadline. {@code daysLate} is 0 unless the status is
 * {@link ObligationStatus#SUBMITTED_LATE} or {@link ObligationStatus#OVERDUE}: the calendar days from the due date to the
 * Asia/Shanghai date of the filing (or of "now" while overdue), so a filing at 00:00 the day after the due day is 1 day late.
 */
public record DeadlineStatus(ObligationStatus status, int daysLate) {

    public DeadlineStatus {
        boolean carriesDays = status == ObligationStatus.SUBMITTED_LATE || status == ObligationStatus.OVERDUE;
        if (carriesDays ? daysLate < 1 : daysLate != 0) {
            throw new IllegalArgumentException(status + " cannot be " + daysLate + " days late");
        }
    }

    public static DeadlineStatus open() {
        return new DeadlineStatus(ObligationStatus.OPEN, 0);
    }

    public static DeadlineStatus onTime() {
        return new DeadlineStatus(ObligationStatus.SUBMITTED_ON_TIME, 0);
    }

    public static DeadlineStatus late(int daysLate) {
        return new DeadlineStatus(ObligationStatus.SUBMITTED_LATE, daysLate);
    }

    public static DeadlineStatus overdue(int daysLate) {
        return new DeadlineStatus(ObligationStatus.OVERDUE, daysLate);
    }

    public static DeadlineStatus waived() {
        return new DeadlineStatus(ObligationStatus.WAIVED, 0);
    }

    public boolean isLate() {
        return daysLate > 0;
    }
}
