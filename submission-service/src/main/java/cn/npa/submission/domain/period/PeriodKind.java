package cn.npa.submission.domain.period;

/** The length of a reporting period (domain spec section 2). */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
