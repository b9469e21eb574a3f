package cn.npa.report.domain.rollup;

/**
 * An expected filer's obligation for the period, as the submission service keeps it (same names) and as a missing list
 * shows it. Whether a unit has filed is judged by its figures being among the period's accepted filings, not by this
 * status; WAIVED units owe nothing and are never missing.
 */
public enum ObligationStatus {
    OPEN, SUBMITTED_ON_TIME, SUBMITTED_LATE, OVERDUE, WAIVED
}
