package cn.npa.report.domain.rollup;

/**
 * An expected filer's obligation for the period, as shown in a missing list. Whether a unit has filed is judged by
 * its figures being among the period's accepted filings, not by this status; WAIVED units are not expected at all.
 */
public enum ObligationStatus {
    FILED, LATE, OVERDUE, WAIVED, OPEN
}
