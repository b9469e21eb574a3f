package cn.npa.indicator.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** The non-credit section (Art. 9) of one unit's figures for one period, in yuan. */
public record NonCreditFigures(BigDecimal totalAssets, BigDecimal npa, BigDecimal estimatedLosses) {

    public NonCreditFigures {
        Objects.requireNonNull(totalAssets, "totalAssets");
        Objects.requireNonNull(npa, "npa");
        Objects.requireNonNull(estimatedLosses, "estimatedLosses");
    }

    NonCreditFigures plus(NonCreditFigures o) {
        return new NonCreditFigures(totalAssets.add(o.totalAssets), npa.add(o.npa), estimatedLosses.add(o.estimatedLosses));
    }
}
