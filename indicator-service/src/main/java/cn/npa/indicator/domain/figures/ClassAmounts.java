package cn.npa.indicator.domain.figures;

import java.math.BigDecimal;
import java.util.Objects;

/** The bad amount and its base for one asset class at one date, in yuan (e.g. NPL and total loans). */
public record ClassAmounts(BigDecimal bad, BigDecimal base) {

    public ClassAmounts {
        Objects.requireNonNull(bad, "bad");
        Objects.requireNonNull(base, "base");
    }
}
