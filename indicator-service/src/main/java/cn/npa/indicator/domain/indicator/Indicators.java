package cn.npa.indicator.domain.indicator;

import static cn.npa.indicator.domain.indicator.Decimals.isZero;
import static cn.npa.indicator.domain.indicator.Decimals.percent;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ClassAmounts;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.math.BigDecimal;
import java.util.List;

/**
 * The indicators I1–I8 and the variants I5', I6', I7' of domain §6, as pure functions of a unit's history.
 * Ratios and rates come out in percent, their differences in percentage points, balances in yuan. A missing date,
 * a missing section or a zero denominator gives an undefined value with its reason, never 0 and never an exception.
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * Any formula by id. I5 and I6 need the peer group's aggregate of I4 and I2 respectively (same class and base);
     * pass null for the others, or to get I5/I6 undefined with {@link UndefinedReason#NO_PEER_GROUP}.
     */
    public static IndicatorValue compute(FormulaId f, AssetClass c, ComparisonBase b, UnitHistory h, PeerAggregate peer) {
        return compute(f, c, b, h, peer, Ratios.DIRECT);
    }

    /** {@link #compute} with the ratios of I1, I2 and I6' taken from {@code ratios} (a memo: the same quotients). */
    public static IndicatorValue compute(FormulaId f, AssetClass c, ComparisonBase b, UnitHistory h, PeerAggregate peer, Ratios ratios) {
        if (f.usesBase() && b == null) {
            throw new IllegalArgumentException(f.id() + " needs a comparison base");
        }
        if (!f.assetClasses().contains(c)) {
            return IndicatorValue.undefined(f, c, b, UndefinedReason.NOT_APPLICABLE);
        }
        // Every formula reads the bad/base amounts of its class at each of its slots; report the first one missing.
        List<Slot> slots = f.slots();
        for (int k = 0; k < slots.size(); k++) {
            Slot s = slots.get(k);
            UnitFigures at = s.of(h, b);
            if (at == null) {
                return IndicatorValue.undefined(f, c, b, s.missing(b));
            }
            if (!c.isReportedIn(at)) {
                return IndicatorValue.undefined(f, c, b, UndefinedReason.NOT_REPORTED);
            }
        }
        ClassAmounts t = c.amounts(h.current());
        UnitFigures baseFigures = f.usesBase() ? h.atOrNull(b) : null;
        ClassAmounts base = f.usesBase() ? c.amounts(baseFigures) : null;
        return switch (f) {
            case I1 -> isZero(t.base()) ? IndicatorValue.undefined(f, c, b, UndefinedReason.ZERO_BASE)
                    : IndicatorValue.of(f, c, b, ratios.of(c, h.current(), t));
            case I2 -> ratioChange(c, b, h.current(), t, baseFigures, base, ratios);
            case I3 -> IndicatorValue.of(f, c, b, t.bad().subtract(base.bad()));
            case I4 -> changeRate(c, b, t, base);
            case I5 -> versusPeer(f, c, b, changeRate(c, b, t, base), peer, FormulaId.I4, null);
            case I5_PRIME -> isZero(t.base()) ? IndicatorValue.undefined(f, c, b, UndefinedReason.ZERO_BASE)
                    : IndicatorValue.of(f, c, b, percent(t.bad().subtract(base.bad()), t.base()));
            case I6 -> versusPeer(f, c, b, ratioChange(c, b, h.current(), t, baseFigures, base, ratios), peer, FormulaId.I2, null);
            case I6_PRIME -> relativeRatioChange(c, b, h.current(), t, baseFigures, base, ratios);
            case I7 -> cashProgress(c, h);
            case I7_PRIME -> cashGrowth(c, h);
            case I8 -> estimatedLossRatio(c, h.current());
        };
    }

    /** I1 ratio = bad(t) / base(t), in percent. */
    public static IndicatorValue ratio(UnitHistory h, AssetClass c) {
        return compute(FormulaId.I1, c, null, h, null);
    }

    /** I2 = ratio(t) − ratio(b), in percentage points. */
    private static IndicatorValue ratioChange(AssetClass c, ComparisonBase b, UnitFigures now, ClassAmounts t, UnitFigures then,
                                              ClassAmounts base, Ratios ratios) {
        if (isZero(t.base()) || isZero(base.base())) {
            return IndicatorValue.undefined(FormulaId.I2, c, b, UndefinedReason.ZERO_BASE);
        }
        return IndicatorValue.of(FormulaId.I2, c, b, ratios.of(c, now, t).subtract(ratios.of(c, then, base)));
    }

    /** I4 = (bad(t) − bad(b)) / bad(b), in percent; undefined when bad(b) = 0. */
    private static IndicatorValue changeRate(AssetClass c, ComparisonBase b, ClassAmounts t, ClassAmounts base) {
        return isZero(base.bad()) ? IndicatorValue.undefined(FormulaId.I4, c, b, UndefinedReason.ZERO_BASE)
                : IndicatorValue.of(FormulaId.I4, c, b, percent(t.bad().subtract(base.bad()), base.bad()));
    }

    /** I6' = (ratio(t) − ratio(b)) / ratio(b), in percent; undefined when ratio(b) is 0 or undefined. */
    private static IndicatorValue relativeRatioChange(AssetClass c, ComparisonBase b, UnitFigures now, ClassAmounts t, UnitFigures then,
                                                      ClassAmounts base, Ratios ratios) {
        if (isZero(t.base()) || isZero(base.base()) || isZero(base.bad())) {
            return IndicatorValue.undefined(FormulaId.I6_PRIME, c, b, UndefinedReason.ZERO_BASE);
        }
        BigDecimal rt = ratios.of(c, now, t);
        BigDecimal rb = ratios.of(c, then, base);
        return IndicatorValue.of(FormulaId.I6_PRIME, c, b, percent(rt.subtract(rb), rb));
    }

    /**
     * I5 / I6 from the unit's own I4 / I2 already computed (for the same class, base and history): exactly what
     * {@link #compute} gives for I5 / I6, without computing I4 / I2 a second time. {@code minusPeer} is the peer's value
     * negated once for the many units compared with one peer (null: negated here), since {@code x.add(y.negate())} is
     * exactly {@code x.subtract(y)}, which negates y for every unit.
     */
    public static IndicatorValue relativeToPeer(FormulaId f, IndicatorValue own, PeerAggregate peer, BigDecimal minusPeer) {
        FormulaId compared = switch (f) {
            case I5 -> FormulaId.I4;
            case I6 -> FormulaId.I2;
            default -> throw new IllegalArgumentException(f.id() + " is not relative to its peer group");
        };
        if (own.formula() != compared) {
            throw new IllegalArgumentException(f.id() + " compares " + compared.id() + ", not " + own.formulaId());
        }
        return versusPeer(f, own.assetClass(), own.base(), own, peer, compared, minusPeer);
    }

    /** I5 / I6: the unit's own I4 / I2 minus the peer aggregate's, in percentage points. */
    private static IndicatorValue versusPeer(FormulaId f, AssetClass c, ComparisonBase b, IndicatorValue own,
                                             PeerAggregate peer, FormulaId compared, BigDecimal minusPeer) {
        if (!own.isDefined()) {
            return IndicatorValue.undefined(f, c, b, own.reason());
        }
        if (peer == null) {
            return IndicatorValue.undefined(f, c, b, UndefinedReason.NO_PEER_GROUP);
        }
        if (peer.formula() != compared || peer.assetClass() != c || peer.base() != b) {
            throw new IllegalArgumentException(f.id() + " needs the peer aggregate of " + compared.id() + " " + c + " " + b
                    + ", got " + peer.formula().id() + " " + peer.assetClass() + " " + peer.base());
        }
        if (!peer.value().isDefined()) {
            return IndicatorValue.undefined(f, c, b, UndefinedReason.PEER_AGGREGATE_UNDEFINED);
        }
        return IndicatorValue.of(f, c, b, own.value().add(minusPeer != null ? minusPeer : peer.value().value().negate()));
    }

    /** I7 = cash YTD(t) / NPL at year start − the same for the same period last year, in percentage points. */
    private static IndicatorValue cashProgress(AssetClass c, UnitHistory h) {
        LoanFigures lastYear = h.sameLastYear().loan();
        BigDecimal nplYearStart = h.yearStart().loan().npl();
        BigDecimal nplLastYearStart = h.lastYearStart().loan().npl();
        if (isZero(nplYearStart) || isZero(nplLastYearStart)) {
            return IndicatorValue.undefined(FormulaId.I7, c, null, UndefinedReason.ZERO_BASE);
        }
        BigDecimal now = percent(h.current().loan().cashCollectedYtd(), nplYearStart);
        BigDecimal then = percent(lastYear.cashCollectedYtd(), nplLastYearStart);
        return IndicatorValue.of(FormulaId.I7, c, null, now.subtract(then));
    }

    /** I7' = (cash YTD(t) − cash YTD same period last year) / cash YTD same period last year, in percent. */
    private static IndicatorValue cashGrowth(AssetClass c, UnitHistory h) {
        BigDecimal then = h.sameLastYear().loan().cashCollectedYtd();
        if (isZero(then)) {
            return IndicatorValue.undefined(FormulaId.I7_PRIME, c, null, UndefinedReason.ZERO_BASE);
        }
        return IndicatorValue.of(FormulaId.I7_PRIME, c, null, percent(h.current().loan().cashCollectedYtd().subtract(then), then));
    }

    /** I8 = estimated losses(t) / total non-credit assets(t), in percent. */
    private static IndicatorValue estimatedLossRatio(AssetClass c, UnitFigures t) {
        if (isZero(t.nonCredit().totalAssets())) {
            return IndicatorValue.undefined(FormulaId.I8, c, null, UndefinedReason.ZERO_BASE);
        }
        return IndicatorValue.of(FormulaId.I8, c, null, percent(t.nonCredit().estimatedLosses(), t.nonCredit().totalAssets()));
    }
}
