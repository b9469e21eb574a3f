package cn.npa.report.domain.top10;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.KeyFigure;
import cn.npa.report.domain.figures.LoanFigures;
import cn.npa.report.domain.figures.NonCreditAmounts;
import java.math.BigDecimal;

/** The figures a branch row of a top-N table shows; {@code null} where the branch's figures lack the section. */
public record UnitRow(String code, BigDecimal totalLoans, BigDecimal npl, BigDecimal nplRatio, BigDecimal nonCreditAssets,
                      BigDecimal nonCreditNpa, BigDecimal estimatedLoss, BigDecimal estimatedLossRatio,
                      BigDecimal obsOutstanding, BigDecimal obsAdvances) {

    public static UnitRow of(String code, Figures f) {
        return new UnitRow(code, get(KeyFigure.TOTAL_LOANS, f), get(KeyFigure.NPL, f),
                f.loans().map(LoanFigures::nplRatio).orElse(null), get(KeyFigure.NON_CREDIT_ASSETS, f),
                get(KeyFigure.NON_CREDIT_NPA, f), get(KeyFigure.NON_CREDIT_ESTIMATED_LOSS, f),
                f.nonCredit().map(n -> n.total()).map(NonCreditAmounts::estimatedLossRatio).orElse(null),
                get(KeyFigure.OBS_OUTSTANDING, f), get(KeyFigure.OBS_ADVANCES, f));
    }

    private static BigDecimal get(KeyFigure k, Figures f) {
        return k.of(f).orElse(null);
    }
}
