package cn.npa.indicator.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** The loan section of one unit's figures for one period, in yuan. */
public record LoanFigures(BigDecimal totalLoans, BigDecimal npl, BigDecimal cashCollected, BigDecimal cashCollectedYtd) {

    public LoanFigures {
        Objects.requireNonNull(totalLoans, "totalLoans");
        Objects.requireNonNull(npl, "npl");
        Objects.requireNonNull(cashCollected, "cashCollected");
        Objects.requireNonNull(cashCollectedYtd, "cashCollectedYtd");
    }

    /** Loans without cash-collection figures (zero collected), for tests and ratio-only uses. */
    public static LoanFigures of(BigDecimal totalLoans, BigDecimal npl) {
        return new LoanFigures(totalLoans, npl, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    LoanFigures plus(LoanFigures o) {
        return new LoanFigures(totalLoans.add(o.totalLoans), npl.add(o.npl), cashCollected.add(o.cashCollected),
                cashCollectedYtd.add(o.cashCollectedYtd));
    }
}
