package cn.npa.indicator.domain.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place that decides how indicator arithmetic rounds. Sums and differences of amounts are exact
 * ({@code BigDecimal.add/subtract}); only a quotient is rounded, to 34 significant digits (IEEE 754 decimal128,
 * HALF_EVEN), far below any displayed digit. Rounding for display is HALF_UP and happens only in {@link #display}.
 */
public final class Decimals {

    /** The context of every division: 34 significant digits, HALF_EVEN (decimal128). */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    /** Ratios and rates are stored in percent (1.58 means 1.58 %), so their differences are percentage points. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** 100 × numerator / denominator; the caller has ruled out a zero denominator. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, DIVISION);
    }

    /** numerator / denominator in the division context; the caller has ruled out a zero denominator. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, DIVISION);
    }

    /** A value rounded for display: {@code scale} fraction digits, HALF_UP (1.585 -> 1.59, -0.435 -> -0.44). */
    public static BigDecimal display(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    public static boolean isZero(BigDecimal v) {
        return v.signum() == 0;
    }
}
