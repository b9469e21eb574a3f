package cn.npa.indicator.domain.indicator;

/** Why an indicator has no value: an undefined indicator is null with one of these, never 0 and never an error. */
public enum UndefinedReason {
    /** The denominator is zero: no loans, no NPL at the base, no bad ratio at the base, no cash last year. */
    ZERO_BASE,
    /** The unit has no figures for the previous period. */
    NO_PREVIOUS_PERIOD,
    /** The unit has no figures for the beginning of the year. */
    NO_YEAR_START,
    /** The unit has no figures for the same period of the previous year. */
    NO_SAME_PERIOD_LAST_YEAR,
    /** The unit has no figures for the beginning of the previous year (the base of I7's last-year term). */
    NO_LAST_YEAR_START,
    /** The formula does not apply to the asset class (I7 is LOAN only, I8 NON_CREDIT only). */
    NOT_APPLICABLE,
    /** The figures of a needed date do not carry this asset class's section (e.g. a monthly report and OBS). */
    NOT_REPORTED,
    /** The unit belongs to no peer group, so a horizontal comparison (I5, I6) has nothing to compare with. */
    NO_PEER_GROUP,
    /** The peer group's aggregate of the compared indicator is itself undefined. */
    PEER_AGGREGATE_UNDEFINED,
    /** No unit contributed: an aggregate without members, or a composite without any defined percentile. */
    NO_DEFINED_INPUT
}
