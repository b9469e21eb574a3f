package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every amount a filing carries, by section, summable. A section the filing does not carry (a monthly report has no
 * non-credit or off-balance-sheet section) is empty, not zero: a rollup of a month then has no non-credit figure
 * instead of claiming RMB 0 of non-credit assets. Adding keeps a section when either side has it, so {@link #ZERO}
 * (no section at all) is the identity of {@link #plus}.
 */
public record Figures(Optional<LoanFigures> loans, Optional<NonCreditFigures> nonCredit, Optional<ObsFigures> offBalanceSheet) {

    public static final Figures ZERO = new Figures(Optional.empty(), Optional.empty(), Optional.empty());

    public Figures {
        Objects.requireNonNull(loans, "loans");
        Objects.requireNonNull(nonCredit, "nonCredit");
        Objects.requireNonNull(offBalanceSheet, "offBalanceSheet");
    }

    /** Figures from nullable sections, as a reader at the edge produces them. */
    public static Figures of(LoanFigures loans, NonCreditFigures nonCredit, ObsFigures offBalanceSheet) {
        return new Figures(Optional.ofNullable(loans), Optional.ofNullable(nonCredit), Optional.ofNullable(offBalanceSheet));
    }

    /** The exact sum of two figures; maps are merged by key. */
    public Figures plus(Figures other) {
        return sum(List.of(this, other));
    }

    /** The exact sum of many figures in one pass (cheaper than folding {@link #plus} over thousands of children). */
    public static Figures sum(Iterable<Figures> parts) {
        FiguresSum sum = new FiguresSum();
        parts.forEach(sum::add);
        return sum.result();
    }

    /** Total loans, or empty when there is no loan section. */
    public Optional<BigDecimal> totalLoans() {
        return loans.map(LoanFigures::total);
    }

    public Optional<BigDecimal> npl() {
        return loans.map(LoanFigures::npl);
    }

    /** NPL ratio recomputed from the summed grades; empty without loan section or when total loans are zero. */
    public Optional<BigDecimal> nplRatio() {
        return loans.map(LoanFigures::nplRatio);
    }

    /** The figures with loans put in {@code regionCode} when no regional breakdown was filed (branches need not file one). */
    public Figures withRegionIfMissing(String regionCode) {
        return loans.isEmpty() ? this : new Figures(loans.map(l -> l.withRegionIfMissing(regionCode)), nonCredit, offBalanceSheet);
    }
}
