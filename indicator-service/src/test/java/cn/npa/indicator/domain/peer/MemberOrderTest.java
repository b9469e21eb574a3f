package cn.npa.indicator.domain.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The orders a run derives instead of sorting (the restated basis patched from the first-reported one; I5 / I6 from
 * the I4 / I2 they are shifted from) are exactly those of a fresh sort, ties included, on values like a run's.
 */
class MemberOrderTest {

    private static final FormulaId F = FormulaId.I4;

    private static BigDecimal value(SplittableRandom r) {
        BigDecimal v = switch (r.nextInt(6)) {
            case 0 -> BigDecimal.valueOf(r.nextInt(3));
            case 1 -> Decimals.percent(BigDecimal.ONE, BigDecimal.valueOf(3));
            case 2 -> Decimals.percent(BigDecimal.ONE, BigDecimal.valueOf(3)).add(new BigDecimal("1E-30"));
            default -> Decimals.percent(BigDecimal.valueOf(r.nextLong(1, 1_000_000), 2), BigDecimal.valueOf(r.nextLong(1, 90_000_000), 2));
        };
        return r.nextBoolean() ? v : v.negate();
    }

    private static IndicatorValue indicator(SplittableRandom r) {
        return r.nextInt(12) == 0 ? IndicatorValue.undefined(F, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD, UndefinedReason.ZERO_BASE)
                : IndicatorValue.of(F, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD, value(r));
    }

    private static void assertSame(MemberOrder expected, MemberOrder actual, String what) {
        assertArrayEquals(expected.ascending(), actual.ascending(), what + ": order");
        assertArrayEquals(expected.tied(), actual.tied(), what + ": ties");
    }

    @Test
    void aRestatedBasisPatchedFromTheFirstReportedOneIsItsExactOrder_I2_I4() {
        for (int n : new int[] {1, 2, 7, 40, 300, 2000}) {
            for (long seed = 1; seed <= 8; seed++) {
                SplittableRandom r = new SplittableRandom(seed * 1009 + n);
                List<String> units = IntStream.range(0, n).mapToObj(i -> String.format("U%05d", (i * 7919) % 100_003)).toList();
                List<IndicatorValue> first = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    first.add(indicator(r));
                }
                // A few amended units: a new value (often equal to another's), now undefined, or newly defined.
                List<IndicatorValue> restated = new ArrayList<>(first);
                int amended = 1 + r.nextInt(Math.max(1, n / 5));
                for (int a = 0; a < amended; a++) {
                    int i = r.nextInt(n);
                    IndicatorValue other = first.get(r.nextInt(n));
                    restated.set(i, r.nextInt(4) == 0 ? IndicatorValue.of(F, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD,
                            other.isDefined() ? other.value().add(BigDecimal.ZERO) : BigDecimal.ONE) : indicator(r));
                }
                MemberOrder firstOrder = MemberOrder.sort(units, first);
                MemberOrder patched = MemberOrder.patched(firstOrder, first, restated, units);
                assertSame(MemberOrder.sort(units, restated), patched, "n=" + n + " seed=" + seed);
            }
        }
    }

    @Test
    void valuesLessOneConstantKeepTheOrder_I5_I6() {
        SplittableRandom r = new SplittableRandom(5);
        List<String> units = IntStream.range(0, 500).mapToObj(i -> String.format("U%05d", (i * 7919) % 100_003)).toList();
        List<IndicatorValue> own = IntStream.range(0, 500).mapToObj(i -> indicator(r)).toList();
        BigDecimal peer = Decimals.percent(BigDecimal.valueOf(7), BigDecimal.valueOf(9));
        List<IndicatorValue> relative = own.stream().map(v -> v.isDefined()
                ? IndicatorValue.of(FormulaId.I5, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD, v.value().subtract(peer))
                : IndicatorValue.undefined(FormulaId.I5, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD, v.reason())).toList();
        assertSame(MemberOrder.sort(units, relative), MemberOrder.shifted(MemberOrder.sort(units, own), units, relative), "I5");
        // Not the same members with a value: sorted afresh, still right.
        List<IndicatorValue> fewer = new ArrayList<>(relative);
        fewer.set(own.indexOf(own.stream().filter(IndicatorValue::isDefined).findFirst().orElseThrow()),
                IndicatorValue.undefined(FormulaId.I5, AssetClass.LOAN, ComparisonBase.PREVIOUS_PERIOD, UndefinedReason.PEER_AGGREGATE_UNDEFINED));
        assertSame(MemberOrder.sort(units, fewer), MemberOrder.shifted(MemberOrder.sort(units, own), units, fewer), "I5, one fewer");
    }
}
