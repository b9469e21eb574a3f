package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Figures;
import java.util.Optional;

/**
 * The figure of one bank-tree node for a period and basis (R1): its figures, where they come from, how many filing
 * units they sum (the units themselves are listed on demand by {@link BankRollup#contributors}), and, for a parent that
 * filed beside filing children, its Q4 difference.
 */
public record NodeFigure(String code, Figures figures, FigureSource source, int filingUnits, Optional<Q4Difference> q4) {
}
