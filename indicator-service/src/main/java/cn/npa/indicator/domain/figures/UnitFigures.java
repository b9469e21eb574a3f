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
        // Field by field into running totals: a national peer group sums 100,000 units, one allocation per field each.
        BigDecimal[] t = null;
        for (UnitFigures u : units) {
            if (!u.period.equals(period)) {
                throw new IllegalArgumentException(u.unitCode + " is for " + u.period + ", not " + period);
            }
            BigDecimal[] fields = switch (assetClass) {
                case LOAN -> new BigDecimal[] {u.loan.totalLoans(), u.loan.npl(), u.loan.cashCollected(), u.loan.cashCollectedYtd()};
                case NON_CREDIT -> new BigDecimal[] {u.nonCredit.totalAssets(), u.nonCredit.npa(), u.nonCredit.estimatedLosses()};
                case OBS -> new BigDecimal[] {u.obs.balance(), u.obs.advances()};
            };
            if (t == null) {
                t = fields;
            } else {
                for (int k = 0; k < t.length; k++) {
                    t[k] = t[k].add(fields[k]);
                }
            }
        }
        LoanFigures loan = null;
        NonCreditFigures nonCredit = null;
        ObsFigures obs = null;
        if (t != null) {
            switch (assetClass) {
                case LOAN -> loan = new LoanFigures(t[0], t[1], t[2], t[3]);
                case NON_CREDIT -> nonCredit = new NonCreditFigures(t[0], t[1], t[2]);
                case OBS -> obs = new ObsFigures(t[0], t[1]);
            }
        }
        return new UnitFigures(code, InstitutionKind.AGGREGATE, group, null, period, loan, nonCredit, obs);
    }
}
