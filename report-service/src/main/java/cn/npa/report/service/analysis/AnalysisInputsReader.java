package cn.npa.report.service.analysis;

import cn.npa.report.config.ReportsConfig;
import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.AnalysisInputs;
import cn.npa.report.domain.analysis.InputVersion;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.figures.ClientExposure;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.domain.top10.R3Tables;
import cn.npa.report.domain.top10.RankedRow;
import cn.npa.report.domain.top10.TopTables;
import cn.npa.report.domain.top10.UnitRow;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.service.rollup.PeriodRollup;
import cn.npa.report.service.rollup.RollupCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Gathers the inputs of a node's analysis document from the period's rollups and the stored filings. */
@ApplicationScoped
public class AnalysisInputsReader {

    private static final Logger LOG = Logger.getLogger(AnalysisInputsReader.class);

    private final RollupCache cache;
    private final FilingTexts texts;
    private final ProjectionHistory history;
    private final ReportsConfig config;

    public AnalysisInputsReader(RollupCache cache, FilingTexts texts, ProjectionHistory history, ReportsConfig config) {
        this.cache = cache;
        this.texts = texts;
        this.history = history;
        this.config = config;
    }

    public AnalysisInputs read(String code, RollupPeriod p, ReportKind kind, Map<String, Long> revisions) {
        PeriodRollup cur = cache.get(p, Basis.RESTATED);
        InstitutionSnapshot node = cur.register().hierarchy().require(code);
        Optional<PeriodRollup> prev = rollup(p.previous(), revisions);
        RollupPeriod ys = Periods.yearStart(p);
        Optional<PeriodRollup> start = ys.equals(p.previous()) ? prev : rollup(ys, revisions);
        Optional<Figures> current = NodeFigures.figures(cur, code);
        Optional<Figures> previous = prev.flatMap(r -> NodeFigures.figures(r, code));
        Optional<Figures> yearStart = start.flatMap(r -> NodeFigures.figures(r, code));
        Coverage coverage = NodeFigures.coverage(cur, node);
        R3Tables top = TopTables.of(cur.rollup(), code, current.orElse(Figures.ZERO), previousObs(cur, prev, code), config.topN());

        Map<String, InputVersion> versions = new TreeMap<>();
        for (PeriodRollup r : presentOf(cur, prev, start)) {
            NodeFigures.versions(r, code).forEach(v -> versions.put(v.ref(), v));
        }
        Map<String, String> names = new TreeMap<>();
        names.put(code, cur.register().name(code));
        coverage.missing().stream().map(MissingUnit::code).forEach(c -> names.put(c, cur.register().name(c)));
        Map<String, List<String>> unitsOfRow = new TreeMap<>();
        for (List<RankedRow<UnitRow>> table : List.of(top.branchesByNpl(), top.branchesByNplRatio(), top.branchesByNonCreditNpa(),
                top.branchesByEstimatedLoss(), top.branchesByAdvances())) {
            table.forEach(r -> rowUnits(cur, r.key(), unitsOfRow, names));
        }
        top.branchesByObsGrowth().forEach(r -> rowUnits(cur, r.key(), unitsOfRow, names));
        Map<String, List<String>> unitsOfClient = clientUnits(cur, code, top);

        List<AnalysisInputs.FilerNarrative> narratives = texts.narratives(cur, code, kind, versions);
        narratives.forEach(n -> names.put(n.institutionCode(), cur.register().name(n.institutionCode())));
        List<AnalysisInputs.Amendment> amendments = texts.amendments(cur, prev, code, versions);

        AnalysisDocument.Subject subject = new AnalysisDocument.Subject(code, cur.register().name(code), node.kind().name());
        RollupPeriod next = Periods.next(p);
        return new AnalysisInputs(kind, subject, p.toString(), p.previous().toString(), ys.toString(), next.toString(),
                Periods.step(next), cur.register().asOf(), cur.register().version(), cur.register().stale(), current, previous,
                yearStart, coverage, names, top, config.topN(), unitsOfRow, unitsOfClient, List.copyOf(versions.values()),
                narratives, amendments, history.of(code, p, current, revisions));
    }

    /** The rollup of a comparison period; none when nothing was ever filed for it (no register copy is fetched then). */
    private Optional<PeriodRollup> rollup(RollupPeriod p, Map<String, Long> revisions) {
        if (revisions.getOrDefault(p.toString(), 0L) == 0L) {
            return Optional.empty();
        }
        try {
            return Optional.of(cache.get(p, Basis.RESTATED));
        } catch (RuntimeException e) {
            // no register copy of that period end: the comparison is shown as unavailable, not guessed
            LOG.debugf("no rollup of %s for a document: %s", p, e.getMessage());
            return Optional.empty();
        }
    }

    @SafeVarargs
    private static List<PeriodRollup> presentOf(PeriodRollup cur, Optional<PeriodRollup>... others) {
        List<PeriodRollup> out = new ArrayList<>(List.of(cur));
        for (Optional<PeriodRollup> o : others) {
            o.filter(r -> !out.contains(r)).ifPresent(out::add);
        }
        return out;
    }

    private static void rowUnits(PeriodRollup cur, String branch, Map<String, List<String>> out, Map<String, String> names) {
        names.put(branch, cur.register().name(branch));
        out.computeIfAbsent(branch, b -> NodeFigures.contributors(cur, b).stream()
                .map(u -> InputVersion.ref(cur.period().toString(), u)).toList());
    }

    /** R6 for client rows: the filings (of the node's contributors) that report each listed client. */
    private static Map<String, List<String>> clientUnits(PeriodRollup cur, String code, R3Tables top) {
        TreeSet<String> clients = new TreeSet<>();
        top.clientsByLoan().forEach(r -> clients.add(r.key()));
        top.clientsByNpl().forEach(r -> clients.add(r.key()));
        Map<String, List<String>> out = new TreeMap<>();
        if (clients.isEmpty()) {
            return out;
        }
        for (String unit : NodeFigures.contributors(cur, code)) {
            Map<String, ClientExposure> filed = cur.rollup().figure(unit).flatMap(f -> f.figures().loans())
                    .map(l -> l.clients()).orElse(Map.of());
            for (String c : clients) {
                if (filed.containsKey(c)) {
                    out.computeIfAbsent(c, k -> new ArrayList<>()).add(InputVersion.ref(cur.period().toString(), unit));
                }
            }
        }
        return out;
    }

    /** Each grade-one branch's OBS outstanding in the previous period (growth of Art. 10(2)); none for months. */
    private static Map<String, BigDecimal> previousObs(PeriodRollup cur, Optional<PeriodRollup> prev, String code) {
        if (cur.period().grain() == RollupPeriod.Grain.MONTH || prev.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> out = new HashMap<>();
        for (UnitRow row : TopTables.gradeOneBranches(cur.rollup(), code)) {
            prev.get().rollup().figure(row.code()).flatMap(f -> f.figures().offBalanceSheet())
                    .map(o -> o.totals().outstanding()).ifPresent(v -> out.put(row.code(), v));
        }
        return out;
    }
}
