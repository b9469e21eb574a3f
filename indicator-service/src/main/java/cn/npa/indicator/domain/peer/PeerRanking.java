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
 */
public final class PeerRanking {

    private PeerRanking() {
    }

    /** The ranks of the given units' values of formula f (a map keeps their order), in the same order. */
    public static List<UnitRank> rank(FormulaId f, Map<String, IndicatorValue> valuesByUnit) {
        List<BigDecimal> defined = valuesByUnit.values().stream().filter(IndicatorValue::isDefined)
                .map(IndicatorValue::value).toList();
        int n = defined.size();
        List<UnitRank> ranks = new ArrayList<>();
        for (Map.Entry<String, IndicatorValue> e : valuesByUnit.entrySet()) {
            IndicatorValue v = e.getValue();
            if (v.formula() != f) {
                throw new IllegalArgumentException("ranking " + f.id() + " but got " + v.formulaId());
            }
            if (!v.isDefined()) {
                ranks.add(new UnitRank(e.getKey(), v, null, n, null, v.reason()));
                continue;
            }
            long better = defined.stream().filter(o -> isBetter(f, o, v.value())).count();
            int rank = (int) better + 1;
            BigDecimal percentile = n == 1 ? Decimals.HUNDRED
                    : Decimals.divide(BigDecimal.valueOf(n - rank).multiply(Decimals.HUNDRED), BigDecimal.valueOf(n - 1L));
            ranks.add(new UnitRank(e.getKey(), v, rank, n, percentile, null));
        }
        return ranks;
    }

    private static boolean isBetter(FormulaId f, BigDecimal other, BigDecimal mine) {
        int cmp = other.compareTo(mine);
        return f.lowerIsBetter() ? cmp < 0 : cmp > 0;
    }
}
