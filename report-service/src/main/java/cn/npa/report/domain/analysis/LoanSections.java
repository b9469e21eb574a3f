package cn.npa.report.domain.analysis;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.LoanFigures;
import cn.npa.report.domain.figures.NplCause;
import cn.npa.report.domain.figures.NplMovements;
import cn.npa.report.domain.figures.TotalAndNpl;
import cn.npa.report.domain.top10.RankedRow;
import cn.npa.report.domain.figures.ClientExposure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The loan part of an analysis (Art. 8 (1)-(5)), built from the node's rolled-up figures and the comparison bases. */
final class LoanSections {

    private static final Set<NplCause> EXTERNAL = EnumSet.of(NplCause.POOR_MANAGEMENT_OR_BANKRUPTCY, NplCause.DEBT_EVASION,
            NplCause.ENTERPRISE_VIOLATION, NplCause.GOVERNMENT_INTERFERENCE);
    private static final Set<NplCause> INTERNAL = EnumSet.of(NplCause.THREE_CHECKS_VIOLATION, NplCause.AUTHORIZATION_VIOLATION,
            NplCause.EMPLOYEE_MISCONDUCT);

    private LoanSections() {
    }

    /** Art. 8(1): headline figures, regions, industries and the major changes among them. */
    static Sections.BasicFigures basic(AnalysisInputs in, MajorChangeRule rule) {
        List<Sections.FigureRow> figures = List.of(
                Rows.figure("TOTAL_LOANS", in, f -> f.totalLoans().orElse(null), false),
                Rows.figure("NPL", in, f -> f.npl().orElse(null), false),
                Rows.figure("NPL_RATIO", in, f -> f.nplRatio().orElse(null), true),
                Rows.figure("PASS", in, f -> f.loans().map(l -> l.grades().pass()).orElse(null), false),
                Rows.figure("SPECIAL_MENTION", in, f -> f.loans().map(l -> l.grades().specialMention()).orElse(null), false),
                Rows.figure("SUBSTANDARD", in, f -> f.loans().map(l -> l.grades().substandard()).orElse(null), false),
                Rows.figure("DOUBTFUL", in, f -> f.loans().map(l -> l.grades().doubtful()).orElse(null), false),
                Rows.figure("LOSS", in, f -> f.loans().map(l -> l.grades().loss()).orElse(null), false));
        List<Sections.BreakdownRow> regions = breakdown(in, LoanFigures::byRegion);
        List<Sections.BreakdownRow> industries = breakdown(in, LoanFigures::byIndustry);
        List<Sections.MajorChange> major = new ArrayList<>();
        for (Sections.FigureRow r : figures.subList(0, 3)) {
            boolean ratio = r.figure().equals("NPL_RATIO");
            change(major, rule, "OVERALL", "", r.figure(), "PREVIOUS_PERIOD", r.previous(), r.current(), ratio, r.trace());
            change(major, rule, "OVERALL", "", r.figure(), "YEAR_START", r.yearStart(), r.current(), ratio, r.trace());
        }
        for (String scope : List.of("REGION", "INDUSTRY")) {
            for (Sections.BreakdownRow b : scope.equals("REGION") ? regions : industries) {
                change(major, rule, scope, b.key(), "NPL", "PREVIOUS_PERIOD", b.previousNpl(), b.npl(), false, b.trace());
                change(major, rule, scope, b.key(), "NPL", "YEAR_START", b.yearStartNpl(), b.npl(), false, b.trace());
                change(major, rule, scope, b.key(), "NPL_RATIO", "PREVIOUS_PERIOD", b.previousNplRatio(), b.nplRatio(), true, b.trace());
                change(major, rule, scope, b.key(), "NPL_RATIO", "YEAR_START", b.yearStartNplRatio(), b.nplRatio(), true, b.trace());
            }
        }
        String ruleText = "a balance change of more than " + MajorChangeRule.percent(rule.rate()) + " or more than "
                + rule.amount().toPlainString() + " yuan; a ratio change of more than " + MajorChangeRule.points(rule.ratioPoints()) + " pp";
        return new Sections.BasicFigures(figures, regions, industries, ruleText, major);
    }

    private static void change(List<Sections.MajorChange> out, MajorChangeRule rule, String scope, String key, String figure,
                               String base, BigDecimal was, BigDecimal now, boolean ratio, List<String> trace) {
        (ratio ? rule.ratio(was, now) : rule.balance(was, now)).ifPresent(reason ->
                out.add(new Sections.MajorChange(scope, key, figure, base, was, now, now.subtract(was), reason, trace)));
    }

    private static <K> List<Sections.BreakdownRow> breakdown(AnalysisInputs in, Function<LoanFigures, Map<K, TotalAndNpl>> of) {
        Map<K, TotalAndNpl> cur = in.current().flatMap(Figures::loans).map(of).orElse(Map.of());
        Map<K, TotalAndNpl> prev = in.previous().flatMap(Figures::loans).map(of).orElse(Map.of());
        Map<K, TotalAndNpl> ys = in.yearStart().flatMap(Figures::loans).map(of).orElse(Map.of());
        List<Sections.BreakdownRow> rows = new ArrayList<>();
        cur.forEach((k, v) -> {
            TotalAndNpl p = prev.get(k);
            TotalAndNpl y = ys.get(k);
            rows.add(new Sections.BreakdownRow(k.toString(), v.total(), v.npl(), v.nplRatio(), p == null ? null : p.npl(),
                    y == null ? null : y.npl(), p == null ? null : p.nplRatio(), y == null ? null : y.nplRatio(), Rows.periods(in)));
        });
        return rows;
    }

    /** Art. 8(2): the top-N grade-one branches and clients. */
    static Sections.TopLists top(AnalysisInputs in) {
        return new Sections.TopLists(in.topN(), Rows.branches(in.top().branchesByNpl(), in),
                Rows.branches(in.top().branchesByNplRatio(), in), clients(in.top().clientsByLoan(), in),
                clients(in.top().clientsByNpl(), in));
    }

    private static List<Sections.ClientRow> clients(List<RankedRow<ClientExposure>> rows, AnalysisInputs in) {
        return rows.stream().map(r -> new Sections.ClientRow(r.rank(), r.key(), r.row().name(), r.row().groupId(),
                r.row().loanBalance(), r.row().nplBalance(), in.unitsOfClient().getOrDefault(r.key(), List.of()))).toList();
    }

    /** Art. 8(3): new NPL and the reductions by kind and by disposal method. */
    static Sections.Reductions reductions(AnalysisInputs in) {
        NplMovements m = in.current().flatMap(Figures::loans).map(LoanFigures::movements).orElse(NplMovements.ZERO);
        List<String> trace = List.of(in.period());
        Map<String, BigDecimal> kinds = new LinkedHashMap<>();
        kinds.put("CASH_COLLECTED", m.cashCollected());
        kinds.put("WRITTEN_OFF", m.writtenOff());
        kinds.put("DEBT_ASSET_SWAP", m.debtAssetSwap());
        kinds.put("UPGRADED", m.upgraded());
        kinds.put("OTHER_REDUCTION", m.otherReduction());
        return new Sections.Reductions(m.newNpl(), m.reductions(), Rows.amounts(kinds, trace),
                Rows.amounts(m.byDisposalMethod(), trace), trace);
    }

    /** Art. 8(4): loan quality per origination year, and this year's new loans. */
    static Sections.Vintages vintages(AnalysisInputs in) {
        List<Sections.BreakdownRow> rows = breakdown(in, LoanFigures::vintages);
        String year = in.period().substring(0, 4);
        return new Sections.Vintages(rows, rows.stream().filter(r -> r.key().equals(year)).findFirst().orElse(null));
    }

    /** Art. 8(5): causes, external and internal, with the filers' typical cases and analyses. */
    static Sections.Causes causes(AnalysisInputs in) {
        Map<NplCause, BigDecimal> causes = in.current().flatMap(Figures::loans).map(LoanFigures::causes).orElse(Map.of());
        List<String> trace = List.of(in.period());
        Map<NplCause, BigDecimal> ext = new LinkedHashMap<>();
        Map<NplCause, BigDecimal> inn = new LinkedHashMap<>();
        Map<NplCause, BigDecimal> other = new LinkedHashMap<>();
        causes.forEach((c, v) -> (EXTERNAL.contains(c) ? ext : INTERNAL.contains(c) ? inn : other).put(c, v));
        List<Sections.TypicalCase> cases = new ArrayList<>();
        List<Sections.FilerText> analyses = new ArrayList<>();
        for (AnalysisInputs.FilerNarrative n : in.narratives()) {
            n.typicalCases().forEach(c -> cases.add(new Sections.TypicalCase(n.institutionCode(), c.title(), c.amount(), c.cause(),
                    c.text(), List.of(n.ref()))));
            if (n.causeAnalysis() != null) {
                analyses.add(new Sections.FilerText(n.institutionCode(), in.names().get(n.institutionCode()), n.causeAnalysis(), List.of(n.ref())));
            }
        }
        return new Sections.Causes(Rows.amounts(ext, trace), sum(ext), Rows.amounts(inn, trace), sum(inn),
                Rows.amounts(other, trace), cases, analyses);
    }

    private static BigDecimal sum(Map<NplCause, BigDecimal> m) {
        return m.values().stream().reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
