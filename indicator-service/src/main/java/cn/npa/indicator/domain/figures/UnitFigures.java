package cn.npa.indicator.domain.figures;

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
        LoanFigures loan = null;
        NonCreditFigures nonCredit = null;
        ObsFigures obs = null;
        for (UnitFigures u : units) {
            if (!u.period.equals(period)) {
                throw new IllegalArgumentException(u.unitCode + " is for " + u.period + ", not " + period);
            }
            switch (assetClass) {
                case LOAN -> loan = loan == null ? u.loan : loan.plus(u.loan);
                case NON_CREDIT -> nonCredit = nonCredit == null ? u.nonCredit : nonCredit.plus(u.nonCredit);
                case OBS -> obs = obs == null ? u.obs : obs.plus(u.obs);
            }
        }
        return new UnitFigures(code, InstitutionKind.AGGREGATE, group, null, period, loan, nonCredit, obs);
    }
}
