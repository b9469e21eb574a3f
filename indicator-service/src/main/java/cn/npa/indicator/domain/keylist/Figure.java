package cn.npa.indicator.domain.keylist;

import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.UndefinedReason;
import java.math.BigDecimal;

/** A named figure behind a key-list entry: a value, or the reason it is undefined. */
public record Figure(String name, BigDecimal value, UndefinedReason reason) {

    public static Figure of(String name, BigDecimal value) {
        return new Figure(name, value, null);
    }

    /** An indicator as a figure, named by formula id, class and base, e.g. {@code I2 LOAN YEAR_START}. */
    public static Figure of(IndicatorValue v) {
        String name = v.formulaId() + " " + v.assetClass() + (v.base() == null ? "" : " " + v.base());
        return new Figure(name, v.value(), v.reason());
    }
}
