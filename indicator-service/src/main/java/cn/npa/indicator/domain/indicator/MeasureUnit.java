package cn.npa.indicator.domain.indicator;

/** What an indicator value is measured in. */
public enum MeasureUnit {
    /** Percent of a base: 1.58 means 1.58 %. */
    PERCENT,
    /** The difference of two percentages: -0.44 means down 0.44 percentage points. */
    PERCENTAGE_POINTS,
    /** RMB yuan (or whatever unit the amounts were given in). */
    YUAN
}
