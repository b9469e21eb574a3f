package cn.npa.indicator.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** The off-balance-sheet section (Art. 10) of one unit's figures for one period, in yuan. */
public record ObsFigures(BigDecimal balance, BigDecimal advances) {

    public ObsFigures {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(advances, "advances");
    }

    ObsFigures plus(ObsFigures o) {
        return new ObsFigures(balance.add(o.balance), advances.add(o.advances));
    }
}
