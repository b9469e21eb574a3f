package cn.npa.report.domain.projection;

/**
 * What is projected, which fixes how the projected numbers are written back as exact decimals: a balance in yuan
 * (2 fraction digits, never below 0) or a ratio as a fraction (6 fraction digits, between 0 and 1).
 */
public enum Quantity {
    BALANCE(2, false),
    RATIO(6, true);

    private final int scale;
    private final boolean atMostOne;

    Quantity(int scale, boolean atMostOne) {
        this.scale = scale;
        this.atMostOne = atMostOne;
    }

    public int scale() {
        return scale;
    }

    /** A ratio cannot exceed 1 (bad part of a base); a balance has no upper bound. */
    public boolean atMostOne() {
        return atMostOne;
    }
}
