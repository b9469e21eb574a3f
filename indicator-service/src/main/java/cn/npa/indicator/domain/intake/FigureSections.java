package cn.npa.indicator.domain.intake;

import cn.npa.indicator.domain.figures.LoanFigures;
import cn.npa.indicator.domain.figures.NonCreditFigures;
import cn.npa.indicator.domain.figures.ObsFigures;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitFigures;

/** One node's loan, non-credit and off-balance-sheet figures on one basis; a section not carried is null, never zeros. */
public record FigureSections(LoanFigures loan, NonCreditFigures nonCredit, ObsFigures obs) {

    /** No section at all: a node the report service knows in the hierarchy but has no figures for. */
    public static final FigureSections NONE = new FigureSections(null, null, null);

    /** The figures as the indicator formulas read them. */
    public UnitFigures toUnit(NodeLinks links, Period period) {
        return new UnitFigures(links.code(), links.kind(), links.peerGroup(), links.parentCode(), period, loan, nonCredit, obs);
    }
}
