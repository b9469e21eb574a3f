package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.ComparisonBase.PREVIOUS_PERIOD;
import static cn.npa.indicator.domain.figures.ComparisonBase.YEAR_START;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static cn.npa.indicator.domain.figures.PeerGroup.RURAL_COMMERCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run's restated peer aggregates are its first-reported ones moved by the amended units: exactly what summing the
 * restated histories afresh gives (amounts and their scales, members used and left out), for I1, I2, I4 on both bases.
 */
class PeerAggregateRebasedTest {

    private static UnitHistory unit(String code, String total, String npl, String previousNpl) {
        return new UnitHistory(loans(code, CITY_COMMERCIAL, "2026-06", total, npl), loans(code, CITY_COMMERCIAL, "2026-05", total, previousNpl),
                loans(code, CITY_COMMERCIAL, "2025-12", "900.00", "30.00"), null, null);
    }

    private static List<UnitHistory> first() {
        List<UnitHistory> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(unit("U" + (100 + i), (1000 + 17 * i) + ".25", (20 + i % 7) + ".10", (18 + i % 5) + ".05"));
        }
        return out;
    }

    private static void assertMovedIsSummedAfresh(List<UnitHistory> first, List<UnitHistory> restated) {
        for (FormulaId f : List.of(FormulaId.I1, FormulaId.I2, FormulaId.I3, FormulaId.I4)) {
            for (ComparisonBase b : List.of(PREVIOUS_PERIOD, YEAR_START)) {
                PeerAggregate same = PeerAggregate.of(CITY_COMMERCIAL, f, LOAN, b, first);
                assertEquals(PeerAggregate.of(CITY_COMMERCIAL, f, LOAN, b, restated),
                        PeerAggregate.of(CITY_COMMERCIAL, f, LOAN, b, restated, same, first), f.id() + " " + b);
            }
        }
    }

    @Test
    void amendedUnitsMoveTheSums_I1_I2_I4() {
        List<UnitHistory> first = first();
        List<UnitHistory> restated = new ArrayList<>(first);
        restated.set(3, unit("U103", "1051.25", "99.99", "18.05"));
        restated.set(17, unit("U117", "1289.25", "20.10", "0.01"));
        assertMovedIsSummedAfresh(first, restated);
        // nothing amended: the very same sums
        PeerAggregate same = PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I2, LOAN, PREVIOUS_PERIOD, first);
        assertSame(same.figures(), PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I2, LOAN, PREVIOUS_PERIOD, new ArrayList<>(first), same, first).figures());
    }

    @Test
    void aChangedMembershipOrALargerScaleIsSummedAfresh_I2() {
        List<UnitHistory> first = first();
        List<UnitHistory> restated = new ArrayList<>(first);
        // U105 has no previous period once amended (left out of I2/I4 against it); U106 moves to another group
        restated.set(5, new UnitHistory(loans("U105", CITY_COMMERCIAL, "2026-06", "1085.25", "25.10"), null,
                loans("U105", CITY_COMMERCIAL, "2025-12", "900.00", "30.00"), null, null));
        restated.set(6, new UnitHistory(loans("U106", RURAL_COMMERCIAL, "2026-06", "1102.25", "26.10"), null, null, null, null));
        assertMovedIsSummedAfresh(first, restated);
        // a first-reported amount of scale 3 replaced by scale 2: moving the sum would keep scale 3, afresh gives 2
        List<UnitHistory> fine = first();
        fine.set(0, unit("U100", "1000.250", "20.100", "18.050"));
        List<UnitHistory> coarse = new ArrayList<>(fine);
        coarse.set(0, unit("U100", "1000.25", "20.20", "18.05"));
        assertMovedIsSummedAfresh(fine, coarse);
    }
}
