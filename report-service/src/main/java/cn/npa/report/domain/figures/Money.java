package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.function.BinaryOperator;

/** Exact amount arithmetic shared by the figures: sums at scale 2 and ratios with one named precision. */
public final class Money {

    /**
     * Ratios are quotients of exact sums, carried to 34 significant digits (IEEE 754 decimal128, HALF_EVEN):
     * a quotient such as 1/3 does not terminate, so some precision must be chosen; 34 digits is far beyond any
     * display rounding (HALF_UP, done by whoever shows the figure) and keeps comparisons between ratios exact in practice.
     */
    public static final MathContext RATIO = MathContext.DECIMAL128;

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** An amount as the figures keep it: scale 2 (the filing format allows at most 2 fraction digits). */
    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** Scale 2 without rounding: an amount with more fraction digits is an input error, not something to round away. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    public static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }

    /** {@code part / base}, or {@code null} when the base is zero (the ratio is undefined, never 0). */
    public static BigDecimal ratio(BigDecimal part, BigDecimal base) {
        return base.signum() == 0 ? null : part.divide(base, RATIO);
    }

    /** Adds every entry of {@code from} into {@code into}, combining values of the same key. */
    static <K, V> void mergeInto(Map<K, V> into, Map<K, V> from, BinaryOperator<V> plus) {
        from.forEach((k, v) -> into.merge(k, v, plus));
    }
}
