package cn.npa.submission.domain.deadline;

/** The states of an obligation (D4). */
public enum ObligationStatus {
    /** Not yet due and nothing filed. */
    OPEN,
    SUBMITTED_ON_TIME,
    /** Filed after the due day; the status carries the days late. */
    SUBMITTED_LATE,
    /** Due day passed and nothing filed; the status carries the days overdue so far. */
    OVERDUE,
    /** Excused by the supervisor, with a reason. */
    WAIVED
}
