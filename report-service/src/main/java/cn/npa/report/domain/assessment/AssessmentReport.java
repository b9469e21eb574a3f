package cn.npa.report.domain.assessment;

import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.InputVersion;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.analysis.Sections;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A regulator's quarterly assessment report (Art. 12-14) as JSON readers see it, schema {@link #SCHEMA}: {@code notice}
 * first (provisional with its coverage, as every document), then the indicators, peer statistics, ranks and progress
 * degrees of each bank of the jurisdiction, the key institutions and clients with their rules, the late and missing
 * filers, the major adjustments with their explanations and the regulator's own narrative and evaluation. A function
 * of {@code inputs} (R6): it names the assessment run read and every submission version read.
 */
public record AssessmentReport(String notice, String schema, ReportKind kind, AnalysisDocument.Subject node, String period,
                               boolean provisional, AnalysisDocument.CoverageSummary coverage, Inputs inputs, String level,
                               List<BankRow> banks, List<AssessmentInputs.PeerStatistic> peerStatistics,
                               List<KeyRow> keyInstitutions, List<KeyRow> keyClients, Filers filers,
                               List<Adjustment> majorAdjustments, OwnAssessment ownAssessment) {

    /** The JSON schema version of this document. */
    public static final String SCHEMA = "npa-assessment/1";

    /** What the report was built from: the register copy, the indicator service's run, the submission versions. */
    public record Inputs(LocalDate registerDate, long registerVersion, boolean registerStale, AssessmentInputs.Run run,
                         List<InputVersion> versions) {
    }

    /** A bank node of the jurisdiction: its indicators, ranks and progress per basis. */
    public record BankRow(String code, String name, String kind, String peerGroup, List<AssessmentInputs.Sheet> bases,
                          List<String> keyRules) {
    }

    /** A key institution or client with the rules that put it there. */
    public record KeyRow(String type, String code, String name, List<String> rules, List<AssessmentInputs.Reason> reasons,
                         List<String> filers) {
    }

    /** Art. 20, 23: the filings of the quarter submitted late or still missing, with their lateness record. */
    public record Filers(List<FilerRow> late, List<FilerRow> missing, int lateCount, int missingCount) {
    }

    /** One filing's obligation: status, due date and days late (0 when on time or unknown). */
    public record FilerRow(String institutionCode, String name, String reportType, String status, LocalDate dueDate, int daysLate) {
    }

    /** §5, Art. 17: a major adjustment with the filer's explanation ({@code header.amendmentReason} of the new version). */
    public record Adjustment(Sections.MajorAdjustment adjustment, String explanation) {
    }

    /** The regulator's own words from its BUREAU_QUARTERLY_ASSESSMENT filing; all null when it has not filed. */
    public record OwnAssessment(boolean filed, String ref, String analysis, String measures, String evaluation,
                                BigDecimal projectedNplRatio) {
    }
}
