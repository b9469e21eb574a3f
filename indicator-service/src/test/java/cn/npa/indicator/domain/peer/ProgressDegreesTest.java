package cn.npa.indicator.domain.peer;

import static cn.npa.indicator.domain.Fixtures.d;
import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.ComparisonBase.PREVIOUS_PERIOD;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.Decimals;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranks, percentiles and the progress-degree composite (进步度, Art. 12, 14). */
class ProgressDegreesTest {

    private static IndicatorValue i1(String v) {
        return v == null ? IndicatorValue.undefined(FormulaId.I1, LOAN, null, UndefinedReason.ZERO_BASE)
                : IndicatorValue.of(FormulaId.I1, LOAN, null, d(v));
    }

    @Test
    void lowerRatioRanksBetterAndTiesShareTheBestRank_I1() {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        values.put("A", i1("3"));
        values.put("B", i1("1"));
        values.put("C", i1("2"));
        values.put("D", i1("2"));
        values.put("E", i1("5"));
        values.put("X", i1(null));
        List<UnitRank> r = PeerRanking.rank(FormulaId.I1, values);
        assertEquals(List.of(4, 1, 2, 2, 5), r.subList(0, 5).stream().map(UnitRank::rank).toList());
        assertEquals(0, d("100").compareTo(r.get(1).percentile()));   // best
        assertEquals(0, d("75").compareTo(r.get(2).percentile()));    // (5 - 2) / 4
        assertEquals(0, d("0").compareTo(r.get(4).percentile()));     // worst
        // An undefined value is not ranked and not counted.
        assertNull(r.get(5).rank());
        assertEquals(UndefinedReason.ZERO_BASE, r.get(5).reason());
        assertEquals(5, r.get(0).rankedCount());
    }

    @Test
    void moreCashCollectedRanksBetter_I7() {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        values.put("A", IndicatorValue.of(FormulaId.I7, LOAN, null, d("-1")));
        values.put("B", IndicatorValue.of(FormulaId.I7, LOAN, null, d("4")));
        List<UnitRank> r = PeerRanking.rank(FormulaId.I7, values);
        assertEquals(2, r.get(0).rank());
        assertEquals(1, r.get(1).rank());
    }

    @Test
    void compositeIsTheWeightedMeanOfDefinedPercentilesRenormalised_ProgressDegree() {
        // A: 1 % -> 2 % (I1 2, I2 +1, I4 +100 %); B: 5 % -> 4 % (I1 4, I2 -1, I4 -20 %); C has no previous period.
        UnitHistory a = UnitHistory.of(loans("A", CITY_COMMERCIAL, "2026-06", "100", "2"))
                .withPrevious(loans("A", CITY_COMMERCIAL, "2026-05", "100", "1"));
        UnitHistory b = UnitHistory.of(loans("B", CITY_COMMERCIAL, "2026-06", "100", "4"))
                .withPrevious(loans("B", CITY_COMMERCIAL, "2026-05", "100", "5"));
        UnitHistory c = UnitHistory.of(loans("C", CITY_COMMERCIAL, "2026-06", "100", "3"));
        List<ProgressDegree> p = ProgressDegrees.of(CITY_COMMERCIAL, PREVIOUS_PERIOD, List.of(a, b, c),
                ProgressWeights.equal("CBRC"));
        // Percentiles: I1 A 100, C 50, B 0; I2 and I4 (A, B only): B 100, A 0; I7 undefined for all (no year start).
        assertEquals(0, d("100").divide(d("3"), Decimals.DIVISION).compareTo(p.get(0).composite()));
        assertEquals(0, d("200").divide(d("3"), Decimals.DIVISION).compareTo(p.get(1).composite()));
        assertEquals(0, d("50").compareTo(p.get(2).composite()));           // only I1 is defined for C
        assertEquals(Map.of(FormulaId.I1, BigDecimal.ONE), p.get(2).effectiveWeights());
        assertEquals(UndefinedReason.NO_YEAR_START, p.get(0).ranks().get(3).reason()); // I7 reads the year start first
    }

    @Test
    void weightsAreConfigurablePerRegulator_ProgressDegree() {
        UnitHistory a = UnitHistory.of(loans("A", CITY_COMMERCIAL, "2026-06", "100", "2"))
                .withPrevious(loans("A", CITY_COMMERCIAL, "2026-05", "100", "1"));
        UnitHistory b = UnitHistory.of(loans("B", CITY_COMMERCIAL, "2026-06", "100", "4"))
                .withPrevious(loans("B", CITY_COMMERCIAL, "2026-05", "100", "5"));
        ProgressWeights onlyRatio = new ProgressWeights("BUREAU-44", Map.of(FormulaId.I1, d("3"), FormulaId.I2, d("1")));
        List<ProgressDegree> p = ProgressDegrees.of(CITY_COMMERCIAL, PREVIOUS_PERIOD, List.of(a, b), onlyRatio);
        assertEquals(0, d("75").compareTo(p.get(0).composite()));   // (3 × 100 + 1 × 0) / 4
        assertEquals(0, d("25").compareTo(p.get(1).composite()));
        assertThrows(IllegalArgumentException.class, () -> new ProgressWeights("X", Map.of(FormulaId.I3, d("1"))));
    }
}
