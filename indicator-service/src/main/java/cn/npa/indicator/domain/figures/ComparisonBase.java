package cn.npa.indicator.domain.figures;

/** The date a change is measured against (domain §6): the previous period, or the beginning of the year (年初). */
public enum ComparisonBase {
    PREVIOUS_PERIOD,
    YEAR_START
}
