package cn.npa.indicator.domain.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One unit's figures for one period: who it is (code, kind, peer group, parent) and its loan, non-credit and
 * off-balance-sheet sections, each null when the report for that period does not carry it (a monthly NPL report has
 * only the loan section).
 */
public record UnitFigures(String unitCode, InstitutionKind kind, PeerGroup peerGroup, String parentCode, Period period,
                          LoanFigures loan, NonCreditFigures nonCredit, ObsFigures obs) {

    public UnitFigures {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The sum of the sections of the given class over units of one period, as one synthetic unit: aggregates are
     * computed from summed amounts (domain §6), never from ratios. Every unit must carry the section.
     */
    public static UnitFigures sum(String code, PeerGroup group, Period period, AssetClass assetClass, List<UnitFigures> units) {
        // Running totals, one loop per class and no allocation per unit: a national peer group sums 100,000 units.
        for (UnitFigures u : units) {
            if (!u.period.equals(period)) {
                throw new IllegalArgumentException(u.unitCode + " is for " + u.period + ", not " + period);
            }
        }
        LoanFigures loan = null;
        NonCreditFigures nonCredit = null;
        ObsFigures obs = null;
        if (!units.isEmpty()) {
            switch (assetClass) {
                case LOAN -> {
                    BigDecimal total = BigDecimal.ZERO, npl = BigDecimal.ZERO, cash = BigDecimal.ZERO, ytd = BigDecimal.ZERO;
                    for (UnitFigures u : units) {
                        total = total.add(u.loan.totalLoans());
                        npl = npl.add(u.loan.npl());
                        cash = cash.add(u.loan.cashCollected());
                        ytd = ytd.add(u.loan.cashCollectedYtd());
                    }
                    loan = new LoanFigures(total, npl, cash, ytd);
                }
                case NON_CREDIT -> {
                    BigDecimal total = BigDecimal.ZERO, npa = BigDecimal.ZERO, losses = BigDecimal.ZERO;
                    for (UnitFigures u : units) {
                        total = total.add(u.nonCredit.totalAssets());
                        npa = npa.add(u.nonCredit.npa());
                        losses = losses.add(u.nonCredit.estimatedLosses());
                    }
                    nonCredit = new NonCreditFigures(total, npa, losses);
                }
                case OBS -> {
                    BigDecimal balance = BigDecimal.ZERO, advances = BigDecimal.ZERO;
                    for (UnitFigures u : units) {
                        balance = balance.add(u.obs.balance());
                        advances = advances.add(u.obs.advances());
                    }
                    obs = new ObsFigures(balance, advances);
                }
            }
        }
        return new UnitFigures(code, InstitutionKind.AGGREGATE, group, null, period, loan, nonCredit, obs);
    }

    /**
     * A {@link #sum} moved to other members: {@code total} minus the class's section of each of {@code removed}, plus that
     * of each of {@code added}. Decimal addition is exact, so its amounts are those of summing the new members afresh;
     * so are their scales (the largest of the terms') unless a removed amount has a larger scale than every added one,
     * and then this answers null and the caller sums afresh.
     */
    public static UnitFigures moved(UnitFigures total, AssetClass assetClass, List<UnitFigures> removed, List<UnitFigures> added) {
        BigDecimal[] acc = amounts(total, assetClass);
        int[] removedScale = new int[acc.length];
        int[] addedScale = new int[acc.length];
        java.util.Arrays.fill(removedScale, Integer.MIN_VALUE);
        for (UnitFigures u : removed) {
            BigDecimal[] v = amounts(u, assetClass);
            for (int k = 0; k < acc.length; k++) {
                removedScale[k] = Math.max(removedScale[k], v[k].scale());
                acc[k] = acc[k].subtract(v[k]);
            }
        }
        for (UnitFigures u : added) {
            BigDecimal[] v = amounts(u, assetClass);
            for (int k = 0; k < acc.length; k++) {
                addedScale[k] = Math.max(addedScale[k], v[k].scale());
                acc[k] = acc[k].add(v[k]);
            }
        }
        for (int k = 0; k < acc.length; k++) {
            if (removedScale[k] > addedScale[k]) {
                return null;
            }
        }
        return switch (assetClass) {
            case LOAN -> new UnitFigures(total.unitCode, total.kind, total.peerGroup, null, total.period,
                    new LoanFigures(acc[0], acc[1], acc[2], acc[3]), null, null);
            case NON_CREDIT -> new UnitFigures(total.unitCode, total.kind, total.peerGroup, null, total.period, null,
                    new NonCreditFigures(acc[0], acc[1], acc[2]), null);
            case OBS -> new UnitFigures(total.unitCode, total.kind, total.peerGroup, null, total.period, null, null,
                    new ObsFigures(acc[0], acc[1]));
        };
    }

    /** The amounts of one section in the order {@link #sum} builds it. */
    private static BigDecimal[] amounts(UnitFigures u, AssetClass c) {
        return switch (c) {
            case LOAN -> new BigDecimal[] {u.loan.totalLoans(), u.loan.npl(), u.loan.cashCollected(), u.loan.cashCollectedYtd()};
            case NON_CREDIT -> new BigDecimal[] {u.nonCredit.totalAssets(), u.nonCredit.npa(), u.nonCredit.estimatedLosses()};
            case OBS -> new BigDecimal[] {u.obs.balance(), u.obs.advances()};
        };
    }
}
