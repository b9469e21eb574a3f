package cn.npa.indicator.domain.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fast path a run takes (one exact sort for statistics and ranks) gives exactly what PeerStatistics and PeerRanking
 * give, on samples with ties, undefined values and quotients of every scale, including groups of 40 (trimming).
 */
class PeerDistributionTest {

    /** Values like a run's: quotients of 34 digits, exact ties, small integers, and some undefined. */
    private static List<IndicatorValue> sample(FormulaId f, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<IndicatorValue> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            BigDecimal v = switch (kind) {
                case 0 -> BigDecimal.valueOf(r.nextInt(5));
                case 1 -> Decimals.percent(BigDecimal.ONE, BigDecimal.valueOf(3));
                default -> Decimals.percent(BigDecimal.valueOf(r.nextLong(1, 1_000_000), 2), BigDecimal.valueOf(r.nextLong(1, 90_000_000), 2));
            };
            out.add(kind == 9 ? IndicatorValue.undefined(f, AssetClass.LOAN, null, UndefinedReason.ZERO_BASE)
                    : IndicatorValue.of(f, AssetClass.LOAN, null, r.nextBoolean() ? v : v.negate()));
        }
        return out;
    }

    @Test
    void theSameStatisticsAndRanksAsTheReferenceClasses_I1_I7() {
        for (FormulaId f : List.of(FormulaId.I1, FormulaId.I7)) {
            for (int n : new int[] {1, 3, 19, 20, 40, 41, 257}) {
                for (long seed = 1; seed <= 5; seed++) {
                    List<IndicatorValue> values = sample(f, n, seed * 31 + n);
                    List<String> units = IntStream.range(0, n).mapToObj(i -> String.format("U%04d", (i * 7919) % 10007)).toList();
                    PeerDistribution d = PeerDistribution.of(f, units, values, QuantileMethod.DEFAULT, PeerStatistics.DEFAULT_LEVELS, 50);
                    PeerStatistics s = PeerStatistics.ofValues(PeerGroup.CITY_COMMERCIAL, f, AssetClass.LOAN, null, units, values, null,
                            QuantileMethod.DEFAULT, PeerStatistics.DEFAULT_LEVELS);
                    assertEquals(s.median(), d.median(), f + " n=" + n);
                    assertEquals(s.percentiles(), d.percentiles());
                    assertEquals(s.warnings(), d.warnings());
                    assertEquals(s.unitsTrimmed().size(), 2 * d.trimmedPerEnd());
                    if (s.unitsTrimmed().size() <= 50) {
                        assertEquals(s.unitsTrimmed(), d.trimmedUnits());
                    }
                    Map<String, IndicatorValue> byUnit = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        byUnit.put(units.get(i), values.get(i));
                    }
                    int[] expected = PeerRanking.rank(f, byUnit).stream().mapToInt(u -> u.rank() == null ? 0 : u.rank()).toArray();
                    assertArrayEquals(expected, d.ranks());
                    assertArrayEquals(expected, naiveRanks(f, values));
                }
            }
        }
    }

    /** Competition ranks by definition: 1 + the number of strictly better values. */
    private static int[] naiveRanks(FormulaId f, List<IndicatorValue> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue v = values.get(i);
            if (!v.isDefined()) {
                continue;
            }
            int better = 0;
            for (IndicatorValue o : values) {
                if (o.isDefined() && (f.lowerIsBetter() ? o.value().compareTo(v.value()) < 0 : o.value().compareTo(v.value()) > 0)) {
                    better++;
                }
            }
            out[i] = better + 1;
        }
        return out;
    }

    @Test
    void exactOrderAgreesWithCompareToOnValuesThatDifferBelowADoublesPrecision() {
        BigDecimal third = Decimals.percent(BigDecimal.ONE, BigDecimal.valueOf(3));
        BigDecimal[] values = {third.add(new BigDecimal("1E-30")), third, third.subtract(new BigDecimal("1E-31")), new BigDecimal("33.3"),
            third.setScale(40), BigDecimal.ZERO, new BigDecimal("-0.00")};
        boolean[] tied = new boolean[values.length];
        int[] order = ExactOrder.ascending(values, Integer::compare, tied);
        for (int k = 1; k < order.length; k++) {
            int cmp = values[order[k - 1]].compareTo(values[order[k]]);
            assertEquals(true, cmp <= 0, "out of order at " + k);
            assertEquals(cmp == 0, tied[k]);
        }
    }
}
