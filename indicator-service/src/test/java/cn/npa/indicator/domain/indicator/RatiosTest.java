package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.ComparisonBase.PREVIOUS_PERIOD;
import static cn.npa.indicator.domain.figures.ComparisonBase.YEAR_START;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ClassAmounts;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratio memo of a run: I1, I2 and I6' with remembered ratios are the values computed directly, digit for digit. */
class RatiosTest {

    @Test
    void rememberedRatiosGiveTheDirectValuesAndDivideOncePerDate_I1_I2_I6prime() {
        // January: the previous period and the beginning of the year are one December, read from one load (one section).
        UnitFigures december = loans("A", CITY_COMMERCIAL, "2025-12", "700", "21");
        UnitHistory h = new UnitHistory(loans("A", CITY_COMMERCIAL, "2026-01", "1000", "33.3"), december, december, null, null);
        List<UnitFigures> divided = new ArrayList<>();
        Ratios.Recent memo = Ratios.recent((c, at, amounts) -> {
            divided.add(at);
            return Ratios.DIRECT.of(c, at, amounts);
        });
        List<FormulaId> formulas = List.of(FormulaId.I1, FormulaId.I2, FormulaId.I6_PRIME);
        for (FormulaId f : formulas) {
            for (ComparisonBase b : f.usesBase() ? List.of(PREVIOUS_PERIOD, YEAR_START) : java.util.Collections.<ComparisonBase>singletonList(null)) {
                IndicatorValue direct = Indicators.compute(f, LOAN, b, h, null);
                IndicatorValue remembered = Indicators.compute(f, LOAN, b, h, null, memo);
                // equals: the same digits and the same scale, not merely compareTo
                assertEquals(direct, remembered, f.id() + " " + b);
            }
        }
        // five ratios read (I1; I2 and I6' against both bases), two divisions: t and December
        assertEquals(List.of(h.current(), december), divided);
        // another unit's figures are other objects: after forget() they are divided again, never mixed up
        memo.forget();
        UnitHistory other = UnitHistory.of(loans("B", CITY_COMMERCIAL, "2026-01", "1000", "33.3"));
        assertEquals(Indicators.compute(FormulaId.I1, LOAN, null, other, null), Indicators.compute(FormulaId.I1, LOAN, null, other, null, memo));
        assertEquals(3, divided.size());
    }
}
