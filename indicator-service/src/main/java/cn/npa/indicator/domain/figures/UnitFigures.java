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
}
