package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ClassAmounts;
import cn.npa.indicator.domain.figures.UnitFigures;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A unit's ratio bad / base of one class at one date, in percent (I1's value): I1, I2 and I6' all read it, so a run
 * computing them for 235,000 units divides each once. {@link #DIRECT} divides every time; {@link #remembered()} keeps
 * each quotient by the figures' section it was computed from (the section objects of a loaded period are shared by the
 * slots reading that period: January's previous period and beginning of year are one December). The quotient is the
 * same division of the same amounts either way, so the values do not change, only how often they are computed.
 */
public interface Ratios {

    /** The ratio of {@code amounts}, the amounts of class {@code c} in {@code at}; the caller has ruled out a zero base. */
    BigDecimal of(AssetClass c, UnitFigures at, ClassAmounts amounts);

    Ratios DIRECT = (c, at, amounts) -> Decimals.percent(amounts.bad(), amounts.base());

    /** A memo for one thread (an engine task): not safe for concurrent use. */
    static Ratios remembered() {
        return remembered(DIRECT);
    }

    /** A memo in front of {@code compute}, asked once per section. */
    static Ratios remembered(Ratios compute) {
        Map<Object, BigDecimal> known = new IdentityHashMap<>();
        return (c, at, amounts) -> {
            Object section = switch (c) {
                case LOAN -> at.loan();
                case NON_CREDIT -> at.nonCredit();
                case OBS -> at.obs();
            };
            BigDecimal r = known.get(section);
            if (r == null) {
                r = compute.of(c, at, amounts);
                known.put(section, r);
            }
            return r;
        };
    }
}
