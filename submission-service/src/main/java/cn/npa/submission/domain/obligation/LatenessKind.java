package cn.npa.submission.domain.obligation;

/** What a lateness record is evidence of (D5, D6; Art. 20 and 23). */
public enum LatenessKind {
    /** The first accepted filing came after the due day. */
    ORIGINAL_LATE,
    /** An amendment came after the due day (it never makes an on-time original late, D6). */
    AMENDMENT_LATE,
    /** The due day passed with nothing filed. */
    OVERDUE
}
