package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/** The headline amounts compared between a parent and its children (Q4) and shown in top-10 rows. */
public enum KeyFigure {
    TOTAL_LOANS(f -> f.loans().map(LoanFigures::total)),
    NPL(f -> f.loans().map(LoanFigures::npl)),
    NON_CREDIT_ASSETS(f -> f.nonCredit().map(n -> n.total().assets())),
    NON_CREDIT_NPA(f -> f.nonCredit().map(n -> n.total().npa())),
    NON_CREDIT_ESTIMATED_LOSS(f -> f.nonCredit().map(n -> n.total().estimatedLoss())),
    OBS_OUTSTANDING(f -> f.offBalanceSheet().map(o -> o.totals().outstanding())),
    OBS_ADVANCES(f -> f.offBalanceSheet().map(o -> o.totals().advances()));

    private final Function<Figures, Optional<BigDecimal>> read;

    KeyFigure(Function<Figures, Optional<BigDecimal>> read) {
        this.read = read;
    }

    /** The amount, or empty when the figures lack the section that carries it. */
    public Optional<BigDecimal> of(Figures figures) {
        return read.apply(figures);
    }
}
