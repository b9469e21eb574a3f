package cn.npa.submission.domain.filing;

/** Whether a report type must, may or must not carry a section or field (V7). */
public enum Presence {
    REQUIRED, OPTIONAL, FORBIDDEN
}
