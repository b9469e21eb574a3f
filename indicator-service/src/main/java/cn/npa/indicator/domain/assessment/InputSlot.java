package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Period;

/**
 * The periods an assessment of period t reads (domain §6): t, the previous period, the beginning of the year, the same
 * period last year (I7, I7') and the beginning of last year (the base of I7's last-year term). A run records the load
 * (figure version) it used for each.
 */
public enum InputSlot {
    CURRENT, PREVIOUS_PERIOD, YEAR_START, SAME_PERIOD_LAST_YEAR, LAST_YEAR_START;

    public Period of(Period t) {
        return switch (this) {
            case CURRENT -> t;
            case PREVIOUS_PERIOD -> t.previous();
            case YEAR_START -> t.yearStart();
            case SAME_PERIOD_LAST_YEAR -> t.sameLastYear();
            case LAST_YEAR_START -> t.sameLastYear().yearStart();
        };
    }
}
