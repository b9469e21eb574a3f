package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** Non-credit assets, the non-performing part and its estimated losses (Art. 9), in total or for one category. */
public record NonCreditAmounts(BigDecimal assets, BigDecimal npa, BigDecimal estimatedLoss) {

    public static final NonCreditAmounts ZERO = new NonCreditAmounts(Money.ZERO, Money.ZERO, Money.ZERO);

    public NonCreditAmounts {
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(npa, "npa");
        Objects.requireNonNull(estimatedLoss, "estimatedLoss");
    }

    public NonCreditAmounts plus(NonCreditAmounts o) {
        return new NonCreditAmounts(assets.add(o.assets), npa.add(o.npa), estimatedLoss.add(o.estimatedLoss));
    }

    /** NPA / assets; {@code null} when there are no assets. */
    public BigDecimal npaRatio() {
        return Money.ratio(npa, assets);
    }

    /** Estimated losses / assets (I8); {@code null} when there are no assets. */
    public BigDecimal estimatedLossRatio() {
        return Money.ratio(estimatedLoss, assets);
    }
}
