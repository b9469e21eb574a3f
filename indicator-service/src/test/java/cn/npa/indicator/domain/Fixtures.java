package cn.npa.indicator.domain;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;
import java.math.BigDecimal;

/** Small builders for the domain tests: figures from strings, so every amount is an exact decimal. */
public final class Fixtures {

    private Fixtures() {
    }

    public static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** A grade-one branch's loan figures (total loans, NPL) for a period. */
    public static UnitFigures loans(String code, PeerGroup group, String period, String total, String npl) {
        return new UnitFigures(code, InstitutionKind.BRANCH_GRADE_ONE, group, "HO", Period.parse(period),
                LoanFigures.of(d(total), d(npl)), null, null);
    }

    /** Loan figures with the cash collected year-to-date. */
    public static UnitFigures loansWithCash(String code, String period, String total, String npl, String cashYtd) {
        return new UnitFigures(code, InstitutionKind.BRANCH_GRADE_ONE, PeerGroup.CITY_COMMERCIAL, "HO", Period.parse(period),
                new LoanFigures(d(total), d(npl), BigDecimal.ZERO, d(cashYtd)), null, null);
    }

    /** Figures of all three sections. */
    public static UnitFigures all(String code, PeerGroup group, String period, String loans, String npl, String ncTotal,
                                  String ncNpa, String ncLoss, String obs, String advances) {
        return new UnitFigures(code, InstitutionKind.BRANCH_GRADE_ONE, group, "HO", Period.parse(period),
                LoanFigures.of(d(loans), d(npl)), new NonCreditFigures(d(ncTotal), d(ncNpa), d(ncLoss)),
                new ObsFigures(d(obs), d(advances)));
    }
}
