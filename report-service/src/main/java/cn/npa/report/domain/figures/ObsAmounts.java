package cn.npa.report.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** Off-balance-sheet outstanding balance, advances balance (垫款) and new advances, in total or for one business type. */
public record ObsAmounts(BigDecimal outstanding, BigDecimal advances, BigDecimal newAdvances) {

    public static final ObsAmounts ZERO = new ObsAmounts(Money.ZERO, Money.ZERO, Money.ZERO);

    public ObsAmounts {
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(advances, "advances");
        Objects.requireNonNull(newAdvances, "newAdvances");
    }

    public ObsAmounts plus(ObsAmounts o) {
        return new ObsAmounts(outstanding.add(o.outstanding), advances.add(o.advances), newAdvances.add(o.newAdvances));
    }

    /** Advances / outstanding (the OBS "bad ratio" of spec section 6); {@code null} when nothing is outstanding. */
    public BigDecimal advancesRatio() {
        return Money.ratio(advances, outstanding);
    }
}
