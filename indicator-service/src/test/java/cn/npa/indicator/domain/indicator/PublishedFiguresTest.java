package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.Fixtures.d;
import static cn.npa.indicator.domain.figures.AssetClass.LOAN;
import static cn.npa.indicator.domain.figures.ComparisonBase.YEAR_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CBRC's published 2010 figures (RMB 100 million): five bank types as five units whose loans are NPL ÷ ratio;
 * the national ratio, computed from the summed amounts, must give the published 1.58 % -> 1.14 %, -680.3, -13.68 %, -0.44 pp.
 */
class PublishedFiguresTest {

    private static final String[][] Y2009 = {
        {"LARGE", "3627.3", "1.80"}, {"JOINT", "637.2", "0.95"}, {"CITY", "376.9", "1.30"}, {"RURAL", "270.1", "2.76"}, {"FOREIGN", "61.8", "0.85"}};
    private static final String[][] Y2010 = {
        {"LARGE", "3081.0", "1.31"}, {"JOINT", "565.1", "0.70"}, {"CITY", "325.6", "0.91"}, {"RURAL", "272.7", "1.95"}, {"FOREIGN", "48.6", "0.53"}};

    private static UnitFigures bankType(String code, String period, String npl, String ratioPercent) {
        BigDecimal loans = Decimals.divide(d(npl).multiply(Decimals.HUNDRED), d(ratioPercent));
        return new UnitFigures(code, InstitutionKind.BANK_HEAD_OFFICE, PeerGroup.LARGE_COMMERCIAL, null, Period.parse(period),
                LoanFigures.of(loans, d(npl)), null, null);
    }

    /** The five types, 2010Q4 against 2009Q4, with each type's ratio shifted by {@code shift} percentage points. */
    private static List<UnitHistory> bankTypes(String shift) {
        List<UnitHistory> types = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String r2010 = d(Y2010[i][2]).add(d(shift)).toPlainString();
            String r2009 = d(Y2009[i][2]).add(d(shift)).toPlainString();
            types.add(UnitHistory.of(bankType(Y2010[i][0], "2010-Q4", Y2010[i][1], r2010))
                    .withYearStart(bankType(Y2009[i][0], "2009-Q4", Y2009[i][1], r2009)));
        }
        return types;
    }

    // The five types all sit in one group here, so the group aggregate is the national figure.
    private static final PeerGroup NATIONAL = PeerGroup.LARGE_COMMERCIAL;

    @Test
    void nationalNplRatioAndItsChangeFrom2009To2010_I1_I2_I3_I4() {
        List<UnitHistory> types = bankTypes("0");
        PeerAggregate i2 = PeerAggregate.of(NATIONAL, FormulaId.I2, LOAN, YEAR_START, types);
        IndicatorValue ratio2009 = Indicators.ratio(UnitHistory.of(i2.figures().yearStart()), LOAN);
        IndicatorValue ratio2010 = PeerAggregate.of(NATIONAL, FormulaId.I1, LOAN, null, types).value();
        IndicatorValue change = PeerAggregate.of(NATIONAL, FormulaId.I3, LOAN, YEAR_START, types).value();
        IndicatorValue rate = PeerAggregate.of(NATIONAL, FormulaId.I4, LOAN, YEAR_START, types).value();

        assertEquals(5, i2.unitsUsed().size());
        assertEquals(0, d("4973.3").compareTo(i2.figures().yearStart().loan().npl()));
        assertEquals(d("1.58"), ratio2009.rounded(2).orElseThrow());
        assertEquals(0, d("-680.3").compareTo(change.value()));
        assertEquals(d("-13.68"), rate.rounded(2).orElseThrow());
        assertEquals(d("-0.44"), i2.value().rounded(2).orElseThrow());
        // 2010: the loans implied by ratios rounded to 0.01 give 1.14525 %, just over the HALF_UP boundary (1.15),
        // while the CBRC, from the true loans, published 1.14. So assert the published figure lies within the range
        // the input rounding allows (each type's ratio anywhere in r ± 0.005), and the central estimate within 0.01 of it.
        assertEquals(d("1.15"), ratio2010.rounded(2).orElseThrow());
        assertTrue(ratio2010.value().subtract(d("1.14")).abs().compareTo(d("0.01")) < 0);
        BigDecimal lowest = PeerAggregate.of(NATIONAL, FormulaId.I1, LOAN, null, bankTypes("-0.005")).value().value();
        BigDecimal highest = PeerAggregate.of(NATIONAL, FormulaId.I1, LOAN, null, bankTypes("0.005")).value().value();
        assertTrue(lowest.compareTo(d("1.145")) < 0 && highest.compareTo(d("1.135")) >= 0,
                () -> "published 1.14 outside [" + lowest + ", " + highest + "]");
    }
}
