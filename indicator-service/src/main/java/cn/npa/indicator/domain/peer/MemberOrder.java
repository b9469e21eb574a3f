package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.indicator.IndicatorValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The members of a peer group that have a value, ascending by (value, unit code), with which of them equal the one
 * before: what a distribution's statistics and ranks are read from. A run needs it for every column on both bases; the
 * restated basis differs from the first-reported one at a few members, and I5/I6 are I4/I2 less one peer figure, so
 * those orders are derived from orders already made ({@link #patched}, {@link #shifted}) instead of sorted again.
 * {@code MemberOrderTest} holds both to a fresh {@link #sort}. Its arrays are shared, never changed (a shifted order is
 * its I4 / I2's), and a record of arrays compares by identity.
 *
 * @param ascending member indices in order
 * @param tied      {@code tied[k]}: the k-th value equals the (k−1)-th
 * @param approx    each member's value as a double ({@link ExactOrder#approximate}), NaN without a value; null if unknown
 */
public record MemberOrder(int[] ascending, boolean[] tied, double[] approx) {

    /** The order by one exact sort. */
    public static MemberOrder sort(List<String> members, List<IndicatorValue> values) {
        int size = values.size();
        int[] position = new int[size];
        int m = 0;
        for (int i = 0; i < size; i++) {
            if (values.get(i).isDefined()) {
                position[m++] = i;
            }
        }
        BigDecimal[] sample = new BigDecimal[m];
        for (int k = 0; k < m; k++) {
            sample[k] = values.get(position[k]).value();
        }
        boolean[] tied = new boolean[m];
        double[] sampleApprox = new double[m];
        int[] pos = position;
        int[] order = ExactOrder.ascending(sample, (a, b) -> members.get(pos[a]).compareTo(members.get(pos[b])), tied, sampleApprox);
        int[] ascending = new int[m];
        double[] approx = new double[size];
        Arrays.fill(approx, Double.NaN);
        for (int k = 0; k < m; k++) {
            ascending[k] = position[order[k]];
            approx[position[k]] = sampleApprox[k];
        }
        return new MemberOrder(ascending, tied, approx);
    }

    /**
     * The order of values that are each {@code compared}'s value less one and the same constant, exactly (I5 = I4 −
     * the peer's I4, I6 = I2 − the peer's I2): the same members in the same order, ties included. Sorted afresh when
     * the members with a value are not the same ones.
     */
    public static MemberOrder shifted(MemberOrder compared, List<String> members, List<IndicatorValue> values) {
        int defined = 0;
        for (IndicatorValue v : values) {
            defined += v.isDefined() ? 1 : 0;
        }
        if (compared == null || defined != compared.ascending.length) {
            return sort(members, values);
        }
        for (int i : compared.ascending) {
            if (!values.get(i).isDefined()) {
                return sort(members, values);
            }
        }
        return new MemberOrder(compared.ascending, compared.tied, null);
    }

    /**
     * The order of {@code values}, which are {@code earlierValues} (ordered by {@code earlier}) except at a few members;
     * an unchanged member holds the very same value object. The earlier order without the changed members, with the
     * changed ones (sorted among themselves) put in their places by binary search: exact comparisons only where two
     * values' doubles are too close to tell.
     */
    public static MemberOrder patched(MemberOrder earlier, List<IndicatorValue> earlierValues, List<IndicatorValue> values,
                                      List<String> members) {
        int size = values.size();
        int changed = 0;
        for (int i = 0; i < size; i++) {
            changed += values.get(i) != earlierValues.get(i) ? 1 : 0;
        }
        if (changed == 0) {
            return earlier;
        }
        if (earlier.approx == null || changed * 4 > size) {
            return sort(members, values);
        }
        return new Patch(earlier, earlierValues, values, members).apply();
    }

    /** The order's length: the members with a value. */
    public int size() {
        return ascending.length;
    }
}
