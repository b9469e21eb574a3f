package cn.npa.indicator.domain.peer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Sorts exact decimals fast. Quotients of 34 significant digits come with every scale, and comparing two
 * {@link BigDecimal}s of different scales rescales one of them: sorting a national peer group of 100,000 values that way
 * costs a second. Here the values are first ordered by a double approximation (primitive compares), then every run of
 * neighbours whose approximations lie within a relative 10⁻⁹ of each other is re-sorted exactly, so the order is exactly
 * that of {@link BigDecimal#compareTo} (then the tie-breaker), whatever the approximation's rounding.
 */
public final class ExactOrder {

    /** Approximations closer than this (relative) are compared exactly; doubles err by about 10⁻¹⁵. */
    private static final double CLOSE = 1e-9;

    private ExactOrder() {
    }

    /**
     * The positions of the values in ascending order; exactly equal values in the order of {@code tieBreak} (on their
     * positions). {@code equalToPrevious[k]} is set when the k-th value in order equals the one before it.
     */
    public static int[] ascending(BigDecimal[] values, Comparator<Integer> tieBreak, boolean[] equalToPrevious) {
        return ascending(values, tieBreak, equalToPrevious, new double[values.length]);
    }

    /** {@link #ascending(BigDecimal[], Comparator, boolean[])}, leaving each value's double in {@code approx}. */
    static int[] ascending(BigDecimal[] values, Comparator<Integer> tieBreak, boolean[] equalToPrevious, double[] approx) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            approx[i] = approximate(values[i]);
        }
        // Sort primitive longs: the double's order-preserving bits with the low bits replaced by the position. Dropping
        // those bits merges only values closer than the exact pass below re-sorts anyway.
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        double close = Math.max(CLOSE, Math.scalb(1.0, indexBits - 50));
        long mask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(approx[i] == 0.0 ? 0.0 : approx[i]);
            long sortable = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            keys[i] = (sortable & ~mask) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keys[k] & mask);
        }
        Comparator<Integer> exact = Comparator.<Integer, BigDecimal>comparing(i -> values[i]).thenComparing(tieBreak);
        Integer[] boxed = null;
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || !close(approx[order[k - 1]], approx[order[k]], close)) {
                // A run often holds many exactly equal values (a zero change) already in tie-break order: checking that
                // costs one comparison per value, sorting it again a boxed sort (same result: the sort is stable).
                if (k - start > 1 && !inOrder(values, order, start, k, tieBreak)) {
                    if (boxed == null) {
                        boxed = new Integer[n];
                    }
                    for (int j = start; j < k; j++) {
                        boxed[j] = order[j];
                    }
                    Arrays.sort(boxed, start, k, exact);
                    for (int j = start; j < k; j++) {
                        order[j] = boxed[j];
                    }
                }
                start = k;
            }
        }
        if (equalToPrevious != null) {
            for (int k = 1; k < n; k++) {
                int a = order[k - 1];
                int b = order[k];
                equalToPrevious[k] = close(approx[a], approx[b], close) && values[a].compareTo(values[b]) == 0;
            }
        }
        return order;
    }

    /** Whether order[start..end) is already ascending by value, then by tie-break. */
    private static boolean inOrder(BigDecimal[] values, int[] order, int start, int end, Comparator<Integer> tieBreak) {
        for (int j = start + 1; j < end; j++) {
            int c = values[order[j - 1]].compareTo(values[order[j]]);
            if (c > 0 || c == 0 && tieBreak.compare(order[j - 1], order[j]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Powers of ten a double holds finitely. */
    private static final double[] POWERS = new double[300];

    static {
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = Double.parseDouble("1e" + i);
        }
    }

    /**
     * The value as a double (within a few ulps): unscaled × 10^−scale, without BigDecimal's slow path through text. Not
     * {@code precision()} first: for the 34-digit quotients it counts decimal digits of a BigInteger, which cost more
     * than the whole approximation (the exact pass makes the order exact whatever the last bits here).
     */
    static double approximate(BigDecimal v) {
        double unscaled = v.unscaledValue().doubleValue();
        int scale = v.scale();
        double d = Math.abs(scale) >= POWERS.length ? Double.NaN : scale >= 0 ? unscaled / POWERS[scale] : unscaled * POWERS[-scale];
        // Beyond the table (or a double's range) BigDecimal's own conversion: slow, correctly rounded, so still in order.
        return Double.isFinite(d) ? d : v.doubleValue();
    }

    /** Whether two approximations are too close for their order to be read from them (elsewhere they order exactly). */
    static boolean close(double a, double b) {
        return close(a, b, CLOSE);
    }

    private static boolean close(double a, double b, double relative) {
        return a == b || Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
    }
}
