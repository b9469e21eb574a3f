package cn.npa.report.domain.top10;

import cn.npa.report.domain.figures.ClientExposure;
import java.util.List;

/** The top-N tables of R3 for one node and period, each row with its figures. */
public record R3Tables(List<RankedRow<UnitRow>> branchesByNpl, List<RankedRow<UnitRow>> branchesByNplRatio,
                       List<RankedRow<ClientExposure>> clientsByLoan, List<RankedRow<ClientExposure>> clientsByNpl,
                       List<RankedRow<UnitRow>> branchesByNonCreditNpa, List<RankedRow<UnitRow>> branchesByEstimatedLoss,
                       List<RankedRow<ObsGrowthRow>> branchesByObsGrowth, List<RankedRow<UnitRow>> branchesByAdvances) {
}
