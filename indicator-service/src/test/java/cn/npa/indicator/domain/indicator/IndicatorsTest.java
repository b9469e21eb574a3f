package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.Fixtures.all;
import static cn.npa.indicator.domain.Fixtures.d;
import static cn.npa.indicator.domain.Fixtures.loans;
import static cn.npa.indicator.domain.Fixtures.loansWithCash;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.AssetClass.NON_CREDIT;
import static cn.npa.indicator.domain.figures.AssetClass.OBS;
import static cn.npa.indicator.domain.figures.ComparisonBase.PREVIOUS_PERIOD;
import static cn.npa.indicator.domain.figures.ComparisonBase.YEAR_START;
import static cn.npa.indicator.domain.figures.PeerGroup.CITY_COMMERCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.npa.indicator.domain.figures.UnitHistory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of I1–I8 and the variants (domain §6); ratios in percent, changes in percentage points. */
class IndicatorsTest {

    // t = 2026-06: loans 1,000, NPL 30 (3 %); previous 2026-05: loans 800, NPL 20 (2.5 %); year start 2025-12: 500 / 25 (5 %).
    private final UnitHistory unit = UnitHistory.of(loans("A", CITY_COMMERCIAL, "2026-06", "1000", "30"))
            .withPrevious(loans("A", CITY_COMMERCIAL, "2026-05", "800", "20"))
            .withYearStart(loans("A", CITY_COMMERCIAL, "2025-12", "500", "25"));

    private static void assertValue(String expected, IndicatorValue v) {
        assertEquals(0, d(expected).compareTo(v.value()), () -> v.formulaId() + " was " + v.value());
    }

    @Test
    void ratioIsBadOverBaseInPercent_I1() {
        IndicatorValue v = Indicators.ratio(unit, LOAN);
        assertValue("3", v);
        assertEquals(MeasureUnit.PERCENT, v.unit());
        assertEquals("I1", v.formulaId());
        assertEquals(1, v.version());
    }

    @Test
    void ratioChangeIsInPercentagePoints_I2() {
        assertValue("0.5", Indicators.compute(FormulaId.I2, LOAN, PREVIOUS_PERIOD, unit, null));
        assertValue("-2", Indicators.compute(FormulaId.I2, LOAN, YEAR_START, unit, null));
        assertEquals(MeasureUnit.PERCENTAGE_POINTS, FormulaId.I2.unit());
    }

    @Test
    void balanceChangeIsInYuan_I3() {
        assertValue("10", Indicators.compute(FormulaId.I3, LOAN, PREVIOUS_PERIOD, unit, null));
        assertValue("5", Indicators.compute(FormulaId.I3, LOAN, YEAR_START, unit, null));
    }

    @Test
    void balanceChangeRateIsRelativeToTheBaseBalance_I4() {
        assertValue("50", Indicators.compute(FormulaId.I4, LOAN, PREVIOUS_PERIOD, unit, null));
        assertValue("20", Indicators.compute(FormulaId.I4, LOAN, YEAR_START, unit, null));
    }

    @Test
    void balanceChangeRateIsUndefinedOnAZeroBase_I4() {
        UnitHistory h = UnitHistory.of(loans("A", CITY_COMMERCIAL, "2026-06", "1000", "30"))
                .withPrevious(loans("A", CITY_COMMERCIAL, "2026-05", "800", "0"));
        IndicatorValue v = Indicators.compute(FormulaId.I4, LOAN, PREVIOUS_PERIOD, h, null);
        assertNull(v.value());
        assertEquals(UndefinedReason.ZERO_BASE, v.reason());
        // The balance change itself is still defined.
        assertValue("30", Indicators.compute(FormulaId.I3, LOAN, PREVIOUS_PERIOD, h, null));
    }

    @Test
    void ratioIsUndefinedWithoutLoans_I1() {
        IndicatorValue v = Indicators.ratio(UnitHistory.of(loans("A", CITY_COMMERCIAL, "2026-06", "0", "0")), LOAN);
        assertEquals(UndefinedReason.ZERO_BASE, v.reason());
        assertFalse(v.isDefined());
    }

    @Test
    void aUnitWithoutAPreviousPeriodHasNoChange_I2_I3_I4() {
        UnitHistory h = UnitHistory.of(loans("NEW", CITY_COMMERCIAL, "2026-06", "1000", "30"));
        for (FormulaId f : List.of(FormulaId.I2, FormulaId.I3, FormulaId.I4, FormulaId.I5_PRIME, FormulaId.I6_PRIME)) {
            IndicatorValue v = Indicators.compute(f, LOAN, PREVIOUS_PERIOD, h, null);
            assertEquals(UndefinedReason.NO_PREVIOUS_PERIOD, v.reason(), f.id());
            assertEquals(UndefinedReason.NO_YEAR_START, Indicators.compute(f, LOAN, YEAR_START, h, null).reason(), f.id());
        }
        assertValue("3", Indicators.ratio(h, LOAN));
    }

    @Test
    void variantAndDefaultSideBySide_I5_I5prime() {
        // Peer: A (above) and B: t 3000 / 60, previous 3000 / 60 -> aggregate NPL 80 -> 90, I4 = 12.5 %.
        UnitHistory b = UnitHistory.of(loans("B", CITY_COMMERCIAL, "2026-06", "3000", "60"))
                .withPrevious(loans("B", CITY_COMMERCIAL, "2026-05", "3000", "60"));
        PeerAggregate peer = PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I4, LOAN, PREVIOUS_PERIOD, List.of(unit, b));
        assertValue("12.5", peer.value());
        assertEquals(List.of("A", "B"), peer.unitsUsed());
        IndicatorValue i5 = Indicators.compute(FormulaId.I5, LOAN, PREVIOUS_PERIOD, unit, peer);
        IndicatorValue i5prime = Indicators.compute(FormulaId.I5_PRIME, LOAN, PREVIOUS_PERIOD, unit, null);
        assertValue("37.5", i5);            // 50 % - 12.5 %
        assertValue("1", i5prime);          // (30 - 20) / 1000
        assertEquals("I5", i5.formulaId());
        assertEquals("I5'", i5prime.formulaId());
        assertEquals("I5", i5prime.formula().indicator());
        assertFalse(i5prime.formula().isDefault());
    }

    @Test
    void ratioChangeExtentAgainstThePeerAggregateOfSums_I6_I6prime() {
        // B: 2 % -> 2 %. Aggregate previous (800+3000, 20+60) = 80/3800; t (4000, 90) = 2.25 %.
        UnitHistory b = UnitHistory.of(loans("B", CITY_COMMERCIAL, "2026-06", "3000", "60"))
                .withPrevious(loans("B", CITY_COMMERCIAL, "2026-05", "3000", "60"));
        PeerAggregate peer = PeerAggregate.of(CITY_COMMERCIAL, FormulaId.I2, LOAN, PREVIOUS_PERIOD, List.of(unit, b));
        BigDecimal aggregateChange = d("2.25").subtract(d("8000").divide(d("3800"), Decimals.DIVISION));
        assertEquals(0, aggregateChange.compareTo(peer.value().value()));
        IndicatorValue i6 = Indicators.compute(FormulaId.I6, LOAN, PREVIOUS_PERIOD, unit, peer);
        assertEquals(0, d("0.5").subtract(aggregateChange).compareTo(i6.value()));
        assertValue("20", Indicators.compute(FormulaId.I6_PRIME, LOAN, PREVIOUS_PERIOD, unit, null)); // 0.5 / 2.5
    }

    @Test
    void peerComparisonIsUndefinedWithoutAPeerAggregate_I5() {
        assertEquals(UndefinedReason.NO_PEER_GROUP, Indicators.compute(FormulaId.I5, LOAN, PREVIOUS_PERIOD, unit, null).reason());
    }

    @Test
    void cashProgressComparesWithTheSamePeriodLastYear_I7_I7prime() {
        // Year start NPL 25, cash YTD 5 -> 20 %; last year: year start NPL 40, cash YTD 4 -> 10 %. Progress 10 pp.
        UnitHistory h = UnitHistory.of(loansWithCash("A", "2026-06", "1000", "30", "5"))
                .withYearStart(loansWithCash("A", "2025-12", "500", "25", "9"))
                .withLastYear(loansWithCash("A", "2025-06", "900", "35", "4"), loansWithCash("A", "2024-12", "800", "40", "7"));
        assertValue("10", Indicators.compute(FormulaId.I7, LOAN, null, h, null));
        assertValue("25", Indicators.compute(FormulaId.I7_PRIME, LOAN, null, h, null)); // (5 - 4) / 4
        assertEquals(UndefinedReason.NOT_APPLICABLE, Indicators.compute(FormulaId.I7, OBS, null, h, null).reason());
        UnitHistory noLastYear = UnitHistory.of(h.current()).withYearStart(h.yearStart());
        assertEquals(UndefinedReason.NO_SAME_PERIOD_LAST_YEAR, Indicators.compute(FormulaId.I7, LOAN, null, noLastYear, null).reason());
    }

    @Test
    void estimatedLossRatioAndTheOtherClasses_I8_I1() {
        UnitHistory h = UnitHistory.of(all("A", CITY_COMMERCIAL, "2026-Q2", "1000", "30", "200", "50", "20", "400", "6"));
        assertValue("10", Indicators.compute(FormulaId.I8, NON_CREDIT, null, h, null));
        assertValue("25", Indicators.ratio(h, NON_CREDIT));
        assertValue("1.5", Indicators.ratio(h, OBS));
        assertEquals(UndefinedReason.NOT_APPLICABLE, Indicators.compute(FormulaId.I8, LOAN, null, h, null).reason());
        // A monthly report carries no non-credit section.
        assertEquals(UndefinedReason.NOT_REPORTED, Indicators.ratio(unit, NON_CREDIT).reason());
    }

    @Test
    void displayRoundsHalfUp() {
        assertEquals(d("1.59"), Decimals.display(d("1.585"), 2));
        assertEquals(d("-0.44"), Decimals.display(d("-0.435"), 2));
    }
}
