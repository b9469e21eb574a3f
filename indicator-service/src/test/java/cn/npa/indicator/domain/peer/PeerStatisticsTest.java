package cn.npa.indicator.domain.peer;

import static cn.npa.indicator.domain.Fixtures.d;
import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static cn.npa.indicator.domain.figures.PeerGroup.JOINT_STOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Peer statistics of domain §6: aggregate from sums, UBPR trimming, named quantile method, small-group warning. */
class PeerStatisticsTest {

    /** Units U01..Un of the city group, unit i with loans 100 and NPL i, so its I1 is i %. */
    private static List<UnitHistory> group(int n) {
        List<UnitHistory> units = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            units.add(UnitHistory.of(loans(String.format("U%02d", i), CITY_COMMERCIAL, "2026-06", "100", String.valueOf(i))));
        }
        return units;
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "was " + actual);
    }

    @Test
    void aGroupOfThreeIsWarnedAboutAndNotTrimmed_PeerStatistics() {
        PeerStatistics s = PeerStatistics.of(CITY_COMMERCIAL, FormulaId.I1, LOAN, null, group(3));
        assertEquals(3, s.memberCount());
        assertEquals(Set.of(PeerWarning.FEWER_THAN_10_MEMBERS, PeerWarning.FEWER_THAN_10_OBSERVATIONS), s.warnings());
        assertEquals(List.of(), s.unitsTrimmed());
        assertNumber("2", s.median().value());
        assertEquals(List.of("U02"), s.median().unitsUsed());
        assertNumber("2", s.aggregate().value().value()); // 6 / 300
    }

    @Test
    void twoAreTrimmedFromEachEndOfAGroupOfForty_PeerStatistics() {
        List<UnitHistory> units = new ArrayList<>(group(40));
        // A unit of another group among the inputs is ignored.
        units.add(UnitHistory.of(loans("OTHER", JOINT_STOCK, "2026-06", "100", "99")));
        PeerStatistics s = PeerStatistics.of(CITY_COMMERCIAL, FormulaId.I1, LOAN, null, units);
        assertEquals(40, s.memberCount());
        assertEquals(2, TrimmedSample.trimmedPerEnd(40));
        assertEquals(List.of("U01", "U02", "U39", "U40"), s.unitsTrimmed());
        assertEquals(36, s.unitsUsed().size());
        assertEquals(Set.of(), s.warnings());
        // 36 kept values 3..38: median h = 35 × 0.5 = 17.5 -> (20 + 21) / 2.
        assertNumber("20.5", s.median().value());
        assertEquals(List.of("U20", "U21"), s.median().unitsUsed());
        // P25: h = 8.75 -> 11 + 0.75 × (12 - 11).
        assertNumber("11.75", s.percentiles().get(1).value());
        // The aggregate is from summed amounts over all 40 (trimming is for the distribution only): 820 / 4000.
        assertNumber("20.5", s.aggregate().value().value());
        assertEquals(40, s.aggregate().unitsUsed().size());
        assertEquals("LINEAR_INTERPOLATION_HF7", s.quantileMethod());
    }

    @Test
    void trimmingCountsFollowFloorOfFivePercent_PeerStatistics() {
        assertEquals(0, TrimmedSample.trimmedPerEnd(19));
        assertEquals(1, TrimmedSample.trimmedPerEnd(20));
        assertEquals(1, TrimmedSample.trimmedPerEnd(39));
        assertEquals(2, TrimmedSample.trimmedPerEnd(40));
    }

    @Test
    void membersWithoutAValueAreListedNotCounted_PeerStatistics() {
        List<UnitHistory> units = new ArrayList<>(group(12));
        units.add(UnitHistory.of(loans("EMPTY", CITY_COMMERCIAL, "2026-06", "0", "0")));
        PeerStatistics s = PeerStatistics.of(CITY_COMMERCIAL, FormulaId.I4, LOAN, ComparisonBase.PREVIOUS_PERIOD, units);
        assertEquals(13, s.memberCount());
        assertEquals(UndefinedReason.NO_PREVIOUS_PERIOD, s.unitsWithoutValue().get("U01"));
        assertEquals(null, s.median());
        assertTrue(s.warnings().contains(PeerWarning.FEWER_THAN_10_OBSERVATIONS));
        assertEquals(UndefinedReason.NO_DEFINED_INPUT, s.aggregate().value().reason());
    }

    @Test
    void nearestRankIsAnObservedValue_QuantileMethod() {
        List<Observation> sorted = List.of(new Observation("A", d("1")), new Observation("B", d("2")),
                new Observation("C", d("3")), new Observation("D", d("4")));
        assertNumber("2", new NearestRankQuantileMethod().quantile(sorted, d("0.5")).value());
        assertNumber("1", new NearestRankQuantileMethod().quantile(sorted, d("0")).value());
        assertNumber("2.5", QuantileMethod.DEFAULT.quantile(sorted, d("0.5")).value());
        assertEquals(List.of(d("0.5"), d("0.5")), QuantileMethod.DEFAULT.quantile(sorted, d("0.5")).weights());
        assertNumber("4", QuantileMethod.DEFAULT.quantile(sorted, d("1")).value());
    }
}
