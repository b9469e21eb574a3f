package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ranks the members of a peer group on one indicator (Art. 12 progress degree). Lower is better for ratios and
 * balance changes, higher for cash-collection progress ({@link FormulaId#lowerIsBetter()}). Ties share the best rank
 * of their block ("1, 2, 2, 4", competition ranking), so tied units get equal percentiles. Undefined values are left
 * out: not ranked and not counted in N. Percentile = 100 × (N − rank) / (N − 1); a lone ranked unit gets 100.
 * Sorting once makes a national peer group of 100,000 units as cheap as a handful.
 */
public final class PeerRanking {

    private PeerRanking() {
    }

    /** The ranks of the given units' values of formula f (a map keeps their order), in the same order. */
    public static List<UnitRank> rank(FormulaId f, Map<String, IndicatorValue> valuesByUnit) {
        List<String> units = new ArrayList<>(valuesByUnit.keySet());
        List<IndicatorValue> values = new ArrayList<>(valuesByUnit.values());
        int[] ranks = ranks(f, values);
        int n = rankedCount(values);
        List<UnitRank> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            out.add(ranked(units.get(i), values.get(i), ranks[i], n));
        }
        return out;
    }

    /**
     * The competition rank of each value (1 = best), 0 for an undefined value: rank = 1 + the number of strictly better
     * values. Every value must be of formula f.
     */
    public static int[] ranks(FormulaId f, List<IndicatorValue> values) {
        int size = values.size();
        int[] position = new int[size];
        int defined = 0;
        for (int i = 0; i < size; i++) {
            IndicatorValue v = values.get(i);
            if (v.formula() != f) {
                throw new IllegalArgumentException("ranking " + f.id() + " but got " + v.formulaId());
            }
            if (v.isDefined()) {
                position[defined++] = i;
            }
        }
        BigDecimal[] sample = new BigDecimal[defined];
        for (int k = 0; k < defined; k++) {
            sample[k] = values.get(position[k]).value();
        }
        boolean[] tied = new boolean[defined];
        int[] ascending = ExactOrder.ascending(sample, Integer::compare, tied);
        for (int k = 0; k < defined; k++) {
            ascending[k] = position[ascending[k]];
        }
        return fromOrder(f, size, ascending, tied);
    }

    /**
     * Competition ranks from the members with a value in ascending order ({@code ascending}: member indices; {@code
     * tied[k]}: the k-th equals the one before): a tie block shares the best rank it has counted from the better end.
     * Members without a value get 0.
     */
    static int[] fromOrder(FormulaId f, int size, int[] ascending, boolean[] tied) {
        int m = ascending.length;
        int[] ranks = new int[size];
        if (f.lowerIsBetter()) {
            for (int k = 0; k < m; k++) {
                ranks[ascending[k]] = tied[k] ? ranks[ascending[k - 1]] : k + 1;
            }
        } else {
            for (int k = m - 1; k >= 0; k--) {
                boolean tiedWithNext = k + 1 < m && tied[k + 1];
                ranks[ascending[k]] = tiedWithNext ? ranks[ascending[k + 1]] : m - k;
            }
        }
        return ranks;
    }

    /** How many of the values are defined, i.e. ranked (N). */
    public static int rankedCount(List<IndicatorValue> values) {
        int n = 0;
        for (IndicatorValue v : values) {
            if (v.isDefined()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A unit's place from its value, its rank (0 when unranked) and N: the one place percentiles are computed, so a
     * rank stored with a run and read back gives exactly the percentile the run computed.
     */
    public static UnitRank ranked(String unit, IndicatorValue v, int rank, int n) {
        if (!v.isDefined() || rank == 0) {
            return new UnitRank(unit, v, null, n, null, v.reason());
        }
        BigDecimal percentile = n == 1 ? Decimals.HUNDRED
                : Decimals.divide(BigDecimal.valueOf(n - rank).multiply(Decimals.HUNDRED), BigDecimal.valueOf(n - 1L));
        return new UnitRank(unit, v, rank, n, percentile, null);
    }
}
