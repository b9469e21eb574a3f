package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** One breakdown line (industry, region or vintage): a loan balance and the NPL inside it. */
public record TotalAndNpl(BigDecimal total, BigDecimal npl) {

    public static final TotalAndNpl ZERO = new TotalAndNpl(Money.ZERO, Money.ZERO);

    public TotalAndNpl {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(npl, "npl");
    }

    public TotalAndNpl plus(TotalAndNpl other) {
        return new TotalAndNpl(total.add(other.total), npl.add(other.npl));
    }

    /** NPL / total, recomputed from the sums; {@code null} when the total is zero. */
    public BigDecimal nplRatio() {
        return Money.ratio(npl, total);
    }
}
