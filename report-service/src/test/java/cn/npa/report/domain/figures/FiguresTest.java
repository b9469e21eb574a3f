package cn.npa.report.domain.figures;

import static cn.npa.report.domain.FiguresBuilder.loans;
import static cn.npa.report.domain.FiguresBuilder.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.FiguresBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void plusSumsEveryAmountExactlyAndMergesMapsByKey_R1() {
        Figures a = loans("800.10", "100.01").industry("C").region("440300").newNpl("5.00")
                .client("91440300MA5F000007", "Client 0", "100.00", "10.00").nonCredit("50.00", "5.00", "1.00")
                .obs("300.00", "3.00").build();
        Figures b = loans("199.90", "0.99").industry("F").region("440300").newNpl("2.50")
                .client("91440300MA5F000007", "Client 0", "20.00", "2.00")
                .client("91440300MA5F00001A", "Client 1", "30.00", "0.00").build();

        Figures sum = a.plus(b);

        LoanFigures l = sum.loans().orElseThrow();
        assertEquals(m("1101.00"), l.total());
        assertEquals(m("101.00"), l.npl());
        assertEquals(new TotalAndNpl(m("900.11"), m("100.01")), l.byIndustry().get("C"));
        assertEquals(new TotalAndNpl(m("200.89"), m("0.99")), l.byIndustry().get("F"));
        assertEquals(new TotalAndNpl(m("1101.00"), m("101.00")), l.byRegion().get("440300"));
        assertEquals(m("7.50"), l.movements().newNpl());
        assertEquals(m("7.50"), l.causes().get(NplCause.DEBT_EVASION));
        assertEquals(m("120.00"), l.clients().get("91440300MA5F000007").loanBalance());
        assertEquals(m("12.00"), l.clients().get("91440300MA5F000007").nplBalance());
        assertEquals(2, l.clients().size());
        // b has no non-credit or OBS section: the sum keeps a's, it does not invent zeros for b
        assertEquals(m("50.00"), sum.nonCredit().orElseThrow().total().assets());
        assertEquals(m("300.00"), sum.offBalanceSheet().orElseThrow().totals().outstanding());
    }

    @Test
    void zeroIsTheIdentity() {
        Figures a = loans("800.00", "200.00").nonCredit("1.00", "0.50", "0.10").build();
        assertEquals(a, Figures.ZERO.plus(a));
        assertEquals(a, a.plus(Figures.ZERO));
        assertEquals(Figures.ZERO, Figures.sum(List.of()));
    }

    @Test
    void monthWithoutNonCreditSectionsHasNoNonCreditFigure_R1() {
        Figures month = Figures.sum(List.of(loans("800.00", "200.00").build(), loans("100.00", "0.00").build()));
        assertTrue(month.nonCredit().isEmpty(), "absent, not zero");
        assertTrue(month.offBalanceSheet().isEmpty());
        assertTrue(KeyFigure.NON_CREDIT_NPA.of(month).isEmpty());
        assertEquals(m("1100.00"), month.totalLoans().orElseThrow());
    }

    @Test
    void ratiosAreRecomputedFromSumsNeverAveraged_R1() {
        // 10% and 50% do not average to 30%: (10 + 50) / (100 + 100) = 30%, but (10 + 1) / (100 + 2) is not 30%
        Figures sum = loans("90.00", "10.00").build().plus(loans("1.00", "1.00").build());
        assertEquals(new BigDecimal("11.00").divide(new BigDecimal("102.00"), Money.RATIO), sum.nplRatio().orElseThrow());
    }

    @Test
    void ratioIsNullWhenTheBaseIsZeroAndCarries34Digits() {
        assertNull(loans("0.00", "0.00").build().nplRatio().orElse(null));
        BigDecimal third = loans("2.00", "1.00").build().nplRatio().orElseThrow();
        assertEquals(34, third.precision());
        assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), third);
    }

    @Test
    void clientNameIsTheSameWhateverTheOrderOfFilers() {
        Figures x = loans("10.00", "0.00").client("91440300MA5F000007", "ACME Ltd", "1.00", "0.00").build();
        Figures y = loans("10.00", "0.00").client("91440300MA5F000007", "ACME Limited", "2.00", "0.00").build();
        assertEquals(x.plus(y), y.plus(x));
    }

    @Test
    void regionDefaultsToTheFilersOwnWhenNotBrokenDown_R2() {
        Figures branch = FiguresBuilder.loans("90.00", "10.00").build().withRegionIfMissing("440300");
        assertEquals(new TotalAndNpl(m("100.00"), m("10.00")), branch.loans().orElseThrow().byRegion().get("440300"));
    }
}
