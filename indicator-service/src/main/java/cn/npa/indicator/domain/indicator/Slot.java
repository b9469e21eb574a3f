package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;

/** A date of a unit's history that a formula reads; the comparison base resolves {@link #BASE}. */
public enum Slot {
    CURRENT, BASE, YEAR_START, SAME_LAST_YEAR, LAST_YEAR_START;

    /** The figures at this slot, or null when the history has none. */
    public UnitFigures of(UnitHistory h, ComparisonBase base) {
        return switch (this) {
            case CURRENT -> h.current();
            case BASE -> h.atOrNull(base);
            case YEAR_START -> h.yearStart();
            case SAME_LAST_YEAR -> h.sameLastYear();
            case LAST_YEAR_START -> h.lastYearStart();
        };
    }

    /** The reason an indicator is undefined when this slot is missing. */
    UndefinedReason missing(ComparisonBase base) {
        return switch (this) {
            case CURRENT -> UndefinedReason.NOT_REPORTED;
            case BASE -> base == ComparisonBase.PREVIOUS_PERIOD ? UndefinedReason.NO_PREVIOUS_PERIOD : UndefinedReason.NO_YEAR_START;
            case YEAR_START -> UndefinedReason.NO_YEAR_START;
            case SAME_LAST_YEAR -> UndefinedReason.NO_SAME_PERIOD_LAST_YEAR;
            case LAST_YEAR_START -> UndefinedReason.NO_LAST_YEAR_START;
        };
    }
}
