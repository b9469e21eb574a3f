package cn.npa.report.domain.assessment;

import cn.npa.report.domain.analysis.AnalysisBuilder;
import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.analysis.Sections;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.MissingUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a regulator's quarterly assessment report (Art. 12-14) from its inputs: a pure function, so the same inputs
 * (the same run, the same versions, the same statuses) give the same document (R6).
 */
public final class AssessmentBuilder {

    /** Statuses of a filing that was filed after its due date, or is overdue (Art. 20, 23). */
    private static final Set<String> LATE = Set.of("SUBMITTED_LATE");
    private static final Set<String> NOT_FILED = Set.of("OVERDUE", "OPEN");

    public AssessmentReport build(AssessmentInputs in) {
        Coverage c = in.coverage();
        List<AnalysisDocument.Missing> missing = c.missing().stream().map(m -> new AnalysisDocument.Missing(m.code(),
                in.names().get(m.code()), m.kind().name(), m.status() == null ? null : m.status().name())).toList();
        AnalysisDocument.CoverageSummary coverage = new AnalysisDocument.CoverageSummary(c.expectedUnits(), c.filedUnits(),
                c.unitShare(), c.loanShare(), missing);
        AssessmentReport.Inputs inputs = new AssessmentReport.Inputs(in.registerDate(), in.registerVersion(), in.registerStale(),
                in.run().orElse(null), in.versions());
        List<AssessmentReport.KeyRow> institutions = new ArrayList<>();
        List<AssessmentReport.KeyRow> clients = new ArrayList<>();
        Map<String, List<String>> rulesOf = new TreeMap<>();
        for (AssessmentInputs.KeyEntry k : in.keyEntries()) {
            AssessmentReport.KeyRow row = new AssessmentReport.KeyRow(k.type(), k.code(),
                    k.name() != null ? k.name() : in.names().get(k.code()), k.rules(), k.reasons(), k.filers());
            if ("INSTITUTION".equals(k.type())) {
                institutions.add(row);
                rulesOf.put(k.code(), k.rules());
            } else {
                clients.add(row);
            }
        }
        List<AssessmentReport.BankRow> banks = in.banks().stream().sorted(Comparator.comparing(AssessmentInputs.Bank::code))
                .map(b -> new AssessmentReport.BankRow(b.code(), in.names().get(b.code()), b.kind(), b.peerGroup(), b.bases(),
                        rulesOf.getOrDefault(b.code(), List.of()))).toList();
        return new AssessmentReport(notice(in, c), AssessmentReport.SCHEMA, ReportKind.QUARTERLY_ASSESSMENT, in.node(), in.period(),
                c.provisional(), coverage, inputs, String.join(", ", in.levels()), banks, in.peerStatistics(), institutions, clients, filers(in),
                adjustments(in), own(in));
    }

    /** The coverage line of every document, and a second sentence when no assessment run of the quarter exists. */
    static String notice(AssessmentInputs in, Coverage c) {
        String line = AnalysisBuilder.notice(c);
        return in.run().isPresent() ? line : line + " No assessment run of " + in.period() + " yet: indicators, ranks and key lists are empty.";
    }

    /** Art. 20, 23: late filings (filed after the due date) and missing ones (the rollup's missing units and overdue slots). */
    static AssessmentReport.Filers filers(AssessmentInputs in) {
        List<AssessmentReport.FilerRow> late = new ArrayList<>();
        List<AssessmentReport.FilerRow> missing = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AssessmentInputs.FilerStatus s : sorted(in.statuses())) {
            if (LATE.contains(s.status())) {
                late.add(row(in, s));
            } else if (NOT_FILED.contains(s.status()) && (s.status().equals("OVERDUE") || missingUnit(in, s.institutionCode()))) {
                missing.add(row(in, s));
                seen.add(s.institutionCode());
            }
        }
        for (MissingUnit m : in.coverage().missing()) {
            if (seen.add(m.code())) {
                missing.add(new AssessmentReport.FilerRow(m.code(), in.names().get(m.code()), null,
                        m.status() == null ? null : m.status().name(), null, 0));
            }
        }
        missing.sort(Comparator.comparing(AssessmentReport.FilerRow::institutionCode));
        return new AssessmentReport.Filers(late, missing, late.size(), missing.size());
    }

    private static boolean missingUnit(AssessmentInputs in, String code) {
        return in.coverage().missing().stream().anyMatch(m -> m.code().equals(code));
    }

    private static List<AssessmentInputs.FilerStatus> sorted(List<AssessmentInputs.FilerStatus> statuses) {
        return statuses.stream().sorted(Comparator.comparing(AssessmentInputs.FilerStatus::institutionCode)
                .thenComparing(AssessmentInputs.FilerStatus::reportType)).toList();
    }

    private static AssessmentReport.FilerRow row(AssessmentInputs in, AssessmentInputs.FilerStatus s) {
        return new AssessmentReport.FilerRow(s.institutionCode(), in.names().get(s.institutionCode()), s.reportType(), s.status(),
                s.dueDate(), s.daysLate());
    }

    /** §5 with Art. 17: the major adjustments (the analysis documents' rule) and the reason filed with each amendment. */
    static List<AssessmentReport.Adjustment> adjustments(AssessmentInputs in) {
        List<AssessmentReport.Adjustment> out = new ArrayList<>();
        for (Sections.MajorAdjustment a : AnalysisBuilder.majorAdjustments(in.amendments())) {
            String ref = a.trace().get(a.trace().size() - 1);
            out.add(new AssessmentReport.Adjustment(a, in.explanations().get(ref)));
        }
        return out;
    }

    static AssessmentReport.OwnAssessment own(AssessmentInputs in) {
        Optional<cn.npa.report.domain.analysis.AnalysisInputs.FilerNarrative> n = in.own();
        return n.map(f -> new AssessmentReport.OwnAssessment(true, f.ref(), f.causeAnalysis(), f.measures(), f.evaluation(),
                f.projectedNplRatio())).orElse(new AssessmentReport.OwnAssessment(false, null, null, null, null, null));
    }
}
