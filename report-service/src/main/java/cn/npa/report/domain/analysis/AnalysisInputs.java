package cn.npa.report.domain.analysis;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.projection.Observation;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.top10.R3Tables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an analysis document is built from, gathered by the service from the rollups and the stored filings:
 * the node's figures of the period, the previous period and the beginning of the year, its coverage and top-N tables,
 * the versions read, the filers' narratives, the amendments, and the history of each projected figure.
 *
 * @param unitsOfRow    for each top-N branch code, the refs of the filings its figure sums (R6)
 * @param unitsOfClient for each client credit code in a top-N table, the refs of the filings that report it
 * @param histories     per projected figure (NPL, NPL_RATIO, ...), its observations before the period and of it
 */
public record AnalysisInputs(ReportKind kind, AnalysisDocument.Subject node, String period, String previousPeriod,
                             String yearStartPeriod, String nextPeriod, long nextStep, LocalDate registerDate,
                             long registerVersion, boolean registerStale, Optional<Figures> current,
                             Optional<Figures> previous, Optional<Figures> yearStart, Coverage coverage,
                             Map<String, String> names, R3Tables top, int topN, Map<String, List<String>> unitsOfRow,
                             Map<String, List<String>> unitsOfClient, List<InputVersion> versions,
                             List<FilerNarrative> narratives, List<Amendment> amendments,
                             Map<String, List<Observation>> histories) {

    /** A filer's narrative section (docs/filing-format.md section 6), as filed in the version used. */
    public record FilerNarrative(String institutionCode, String ref, String causeAnalysis, List<Case> typicalCases,
                                 String trendText, BigDecimal projectedNplRatio, String measures, String evaluation) {
    }

    /** A typical case of a narrative. */
    public record Case(String title, BigDecimal amount, String cause, String text) {
    }

    /** A slot whose latest version replaced an earlier one, with the headline figures of both versions. */
    public record Amendment(String institutionCode, String reportType, String period, int replacedVersion, int version,
                            String replacedRef, String ref, BigDecimal nplBefore, BigDecimal nplAfter,
                            BigDecimal npaBefore, BigDecimal npaAfter) {
    }
}
