package cn.npa.report.domain.assessment;

import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.AnalysisInputs;
import cn.npa.report.domain.analysis.InputVersion;
import cn.npa.report.domain.rollup.Coverage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a regulator's quarterly assessment report (Art. 12-14) is built from: the indicator service's run of the
 * quarter (its assessments of the banks in the jurisdiction, peer statistics and key lists), the rollup's coverage, the
 * obligation statuses of the quarter, the amendments and their reasons, and the regulator's own filing.
 *
 * @param levels       the levels of the regulator's maximal nodes, the banks assessed (the CBRC: BANK_HEAD_OFFICE)
 * @param run          the assessment run read; empty when the indicator service has none for the quarter
 * @param explanations amendment reason ({@code header.amendmentReason}) per amending version's ref
 * @param own          the regulator's own {@code BUREAU_QUARTERLY_ASSESSMENT} narrative, when filed
 */
public record AssessmentInputs(AnalysisDocument.Subject node, String period, LocalDate registerDate, long registerVersion,
                               boolean registerStale, Coverage coverage, Map<String, String> names, List<String> levels, Optional<Run> run,
                               List<Bank> banks, List<PeerStatistic> peerStatistics, List<KeyEntry> keyEntries,
                               List<FilerStatus> statuses, List<AnalysisInputs.Amendment> amendments,
                               Map<String, String> explanations, Optional<AnalysisInputs.FilerNarrative> own,
                               List<InputVersion> versions) {

    /** The run read (R6): which one, its status, its inputs' fingerprint, and why it was chosen. */
    public record Run(long id, String regulatorCode, String status, String fingerprint, String resultsSha256, String choice) {
    }

    /** A bank node of the jurisdiction as the run assessed it, on each basis. */
    public record Bank(String code, String kind, String peerGroup, String supervisorCode, List<Sheet> bases) {
    }

    /** The indicators, ranks and progress degrees of one basis (AS_FIRST_REPORTED or RESTATED). */
    public record Sheet(String basis, List<Indicator> indicators, List<Rank> ranks, List<Progress> progress) {
    }

    /** One indicator value; no value and a reason when undefined. */
    public record Indicator(String formula, String indicator, boolean variant, String assetClass, String base, String unit,
                            BigDecimal value, String reason) {
    }

    /** A place in the peer group at the node's level: 1 is best; percentile 100 best. */
    public record Rank(String ranking, String formula, String base, Integer rank, int rankedCount, BigDecimal percentile,
                       String reason) {
    }

    /** The progress degree against one base. */
    public record Progress(String base, BigDecimal composite, String reason) {
    }

    /** The statistics of one indicator in one peer group at one level. */
    public record PeerStatistic(String basis, String peerGroup, String kind, String formula, String assetClass, String base,
                                int memberCount, BigDecimal aggregate, BigDecimal median, List<String> warnings) {
    }

    /** A key institution (type INSTITUTION) or key client or group, with each rule that put it there and why. */
    public record KeyEntry(String type, String code, String name, List<String> rules, List<Reason> reasons, List<String> filers) {
    }

    /** Why one rule selected an entry: the rule and the indicator service's note with the figures looked at. */
    public record Reason(String rule, String note) {
    }

    /** The obligation status of a filing of the quarter (Art. 20, 23), as the submission service last reported it. */
    public record FilerStatus(String institutionCode, String reportType, String status, LocalDate dueDate, int daysLate) {
    }
}
