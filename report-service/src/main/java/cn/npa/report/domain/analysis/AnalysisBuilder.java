package cn.npa.report.domain.analysis;

import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.projection.Projection;
import cn.npa.report.domain.projection.ProjectionMethod;
import cn.npa.report.domain.projection.Quantity;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.MissingUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds an analysis document (R4) from its inputs: a pure function, so the same inputs give the same document (R6).
 * The monthly NPL analysis follows Art. 8 (1)-(6); the quarterly NPA analysis adds Art. 9 and 10.
 */
public final class AnalysisBuilder {

    /** §5: an amendment moving NPL or non-credit NPA by more than this share of the replaced figure is major. */
    public static final BigDecimal MAJOR_ADJUSTMENT = new BigDecimal("0.05");

    /** The figures projected (R5) and how each is written back. */
    private static final Map<String, Quantity> PROJECTED = Map.of("NPL", Quantity.BALANCE, "NPL_RATIO", Quantity.RATIO,
            "NON_CREDIT_NPA", Quantity.BALANCE, "OBS_ADVANCES", Quantity.BALANCE);

    private final MajorChangeRule rule;
    private final ProjectionMethod method;

    public AnalysisBuilder(MajorChangeRule rule, ProjectionMethod method) {
        this.rule = rule;
        this.method = method;
    }

    public AnalysisDocument build(AnalysisInputs in) {
        boolean quarterly = in.kind() == ReportKind.QUARTERLY_NPA_ANALYSIS;
        Coverage c = in.coverage();
        List<AnalysisDocument.Missing> missing = c.missing().stream().map(m -> new AnalysisDocument.Missing(m.code(),
                in.names().get(m.code()), m.kind().name(), m.status() == null ? null : m.status().name())).toList();
        AnalysisDocument.CoverageSummary coverage = new AnalysisDocument.CoverageSummary(c.expectedUnits(), c.filedUnits(),
                c.unitShare(), c.loanShare(), missing);
        List<String> periods = new ArrayList<>(List.of(in.period(), in.previousPeriod()));
        if (!in.yearStartPeriod().equals(in.previousPeriod())) {
            periods.add(in.yearStartPeriod());
        }
        AnalysisDocument.Inputs inputs = new AnalysisDocument.Inputs(in.registerDate(), in.registerVersion(), in.registerStale(),
                "RESTATED", periods, in.versions());
        return new AnalysisDocument(notice(in, c), AnalysisDocument.SCHEMA, in.kind(), in.node(), in.period(), in.previousPeriod(),
                in.yearStartPeriod(), c.provisional(), coverage, inputs, LoanSections.basic(in, rule), LoanSections.top(in),
                LoanSections.reductions(in), LoanSections.vintages(in), LoanSections.causes(in), projections(in, quarterly),
                opinions(in), majorAdjustments(in), quarterly ? QuarterlySections.nonCredit(in) : null,
                quarterly ? QuarterlySections.offBalanceSheet(in) : null);
    }

    /** The first line: provisional with its coverage and missing filers, or final. */
    static String notice(AnalysisInputs in, Coverage c) {
        return notice(c);
    }

    /** The first line of any document of a node (analysis or assessment): provisional with its coverage, or final. */
    public static String notice(Coverage c) {
        if (!c.provisional()) {
            return "FINAL: every expected filer in scope has filed (" + c.filedUnits() + " of " + c.expectedUnits() + ").";
        }
        String missing = c.missing().stream().map(AnalysisBuilder::missing).collect(Collectors.joining(", "));
        return "PROVISIONAL: " + c.filedUnits() + " of " + c.expectedUnits() + " expected filing units have filed ("
                + percent(c.unitShare()) + " of units, " + percent(c.loanShare()) + " of the previous period's loans); missing: "
                + missing + ".";
    }

    private static String missing(MissingUnit m) {
        return m.code() + " (" + m.kind() + (m.status() == null ? "" : ", " + m.status()) + ")";
    }

    private static String percent(BigDecimal share) {
        return share == null ? "unknown" : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private Sections.Projections projections(AnalysisInputs in, boolean quarterly) {
        Map<String, Projection> out = new LinkedHashMap<>();
        List<String> figures = quarterly ? List.of("NPL", "NPL_RATIO", "NON_CREDIT_NPA", "OBS_ADVANCES") : List.of("NPL", "NPL_RATIO");
        for (String f : figures) {
            out.put(f, method.project(in.histories().getOrDefault(f, List.of()), in.nextStep(), PROJECTED.get(f)));
        }
        List<Sections.FilerProjection> filers = in.narratives().stream()
                .filter(n -> n.trendText() != null || n.projectedNplRatio() != null)
                .map(n -> new Sections.FilerProjection(n.institutionCode(), n.projectedNplRatio(), n.trendText(), List.of(n.ref())))
                .toList();
        return new Sections.Projections(in.nextPeriod(), out, filers);
    }

    private static Sections.Opinions opinions(AnalysisInputs in) {
        List<Sections.FilerText> measures = new ArrayList<>();
        List<Sections.FilerText> evaluations = new ArrayList<>();
        for (AnalysisInputs.FilerNarrative n : in.narratives()) {
            String name = in.names().get(n.institutionCode());
            if (n.measures() != null) {
                measures.add(new Sections.FilerText(n.institutionCode(), name, n.measures(), List.of(n.ref())));
            }
            if (n.evaluation() != null) {
                evaluations.add(new Sections.FilerText(n.institutionCode(), name, n.evaluation(), List.of(n.ref())));
            }
        }
        return new Sections.Opinions(measures, evaluations);
    }

    /** §5: the amendments that moved NPL or non-credit NPA by more than 5% (strictly; away from 0 always). */
    static List<Sections.MajorAdjustment> majorAdjustments(AnalysisInputs in) {
        return majorAdjustments(in.amendments());
    }

    /** §5 for any document: the amendments among {@code amendments} that are major. */
    public static List<Sections.MajorAdjustment> majorAdjustments(List<AnalysisInputs.Amendment> amendments) {
        List<Sections.MajorAdjustment> out = new ArrayList<>();
        for (AnalysisInputs.Amendment a : amendments) {
            adjustment(a, "NPL", a.nplBefore(), a.nplAfter(), out);
            adjustment(a, "NON_CREDIT_NPA", a.npaBefore(), a.npaAfter(), out);
        }
        return out;
    }

    private static void adjustment(AnalysisInputs.Amendment a, String figure, BigDecimal before, BigDecimal after,
                                   List<Sections.MajorAdjustment> out) {
        if (before == null || after == null) {
            return;
        }
        BigDecimal change = after.subtract(before);
        boolean major = before.signum() == 0 ? change.signum() != 0
                : change.abs().compareTo(before.multiply(MAJOR_ADJUSTMENT)) > 0;
        if (major) {
            out.add(new Sections.MajorAdjustment(a.institutionCode(), a.reportType(), a.period(), a.replacedVersion(), a.version(),
                    figure, before, after, change, Money.ratio(change, before),
                    "version " + a.version() + " moved " + figure + " by more than 5% of version " + a.replacedVersion(),
                    List.of(a.replacedRef(), a.ref())));
        }
    }
}
