package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Figures;
import java.util.List;

/** A regulator's figure (R1): the sum of the figures of the maximal nodes of its jurisdiction that have one. */
public record RegulatorFigure(String regulatorCode, Figures figures, List<String> maximalNodesSummed, int filingUnits) {

    public RegulatorFigure {
        maximalNodesSummed = List.copyOf(maximalNodesSummed);
    }
}
