package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.ComparisonBase.PREVIOUS_PERIOD;
import static cn.npa.indicator.domain.figures.ComparisonBase.YEAR_START;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Peer aggregates sharing one summation per date (a run's first-reported basis) are exactly those summed on their own,
 * for I1–I4 on both bases, also where a member lacks a date and so is left out of some formulas only.
 */
class SlotSumsTest {

    private static List<UnitHistory> units(boolean oneWithoutPreviousPeriod) {
        List<UnitHistory> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = "U" + (100 + i);
            boolean missing = oneWithoutPreviousPeriod && i == 4;
            out.add(new UnitHistory(loans(code, CITY_COMMERCIAL, "2026-06", (1000 + 13 * i) + ".25", (20 + i % 7) + ".10"),
                    missing ? null : loans(code, CITY_COMMERCIAL, "2026-05", (990 + 11 * i) + ".5", (18 + i % 5) + ".05"),
                    loans(code, CITY_COMMERCIAL, "2025-12", "900.00", (30 + i % 3) + ".00"), null, null));
        }
        return out;
    }

    @Test
    void sharedSumsAreTheSumsOfEachFormula_I1_I2_I3_I4() {
        for (boolean missing : new boolean[] {false, true}) {
            List<UnitHistory> units = units(missing);
            SlotSums sums = new SlotSums();
            for (FormulaId f : List.of(FormulaId.I1, FormulaId.I2, FormulaId.I3, FormulaId.I4)) {
                for (ComparisonBase b : List.of(PREVIOUS_PERIOD, YEAR_START)) {
                    assertEquals(PeerAggregate.of(CITY_COMMERCIAL, f, LOAN, b, units), PeerAggregate.of(CITY_COMMERCIAL, f, LOAN, b, units, sums),
                            f.id() + " " + b + (missing ? ", one unit without t-1" : ""));
                }
            }
        }
    }

    @Test
    void theSameMembersShareOneSumOfTAndOtherMembersGetTheirOwn_I1_I2() {
        List<UnitHistory> units = units(true);
        SlotSums sums = new SlotSums();
        PeerAggregate i1 = PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I1, LOAN, null, units, sums);
        PeerAggregate i2YearStart = PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I2, LOAN, YEAR_START, units, sums);
        assertSame(i1.figures().current(), i2YearStart.figures().current(), "every unit has t and the year start: one sum of t");
        PeerAggregate i2Previous = PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I2, LOAN, PREVIOUS_PERIOD, units, sums);
        assertNotSame(i1.figures().current(), i2Previous.figures().current(), "U104 has no t-1: left out, so t is summed again");
        assertEquals(29, i2Previous.unitsUsed().size());
    }
}
