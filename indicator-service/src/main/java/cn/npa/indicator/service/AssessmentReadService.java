package cn.npa.indicator.service;

import cn.npa.common.db.Replica;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.domain.assessment.Column;
import cn.npa.indicator.domain.assessment.HistoryBuilder;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.NodeAssessment;
import cn.npa.indicator.domain.assessment.NodeScope;
import cn.npa.indicator.domain.assessment.NodeSheet;
import cn.npa.indicator.domain.assessment.PeerLookup;
import cn.npa.indicator.domain.assessment.RankColumn;
import cn.npa.indicator.domain.assessment.RankSet;
import cn.npa.indicator.domain.assessment.Universe;
import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.PeerAggregate;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.peer.PeerRanking;
import cn.npa.indicator.domain.peer.ProgressDegree;
import cn.npa.indicator.domain.peer.ProgressDegrees;
import cn.npa.indicator.domain.peer.UnitRank;
import cn.npa.indicator.repository.NodeQueries;
import cn.npa.indicator.repository.RunRepository;
import cn.npa.indicator.domain.assessment.PeerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of a run's results, scoped to the caller: one node's or a page of nodes' indicators, ranks and progress
 * degrees; peer statistics; rankings. A node's indicators are computed again from the run's own inputs (the loads it
 * read are never changed) with the run's formulas and stored peer aggregates, through the same function the run used,
 * so they are the run's numbers; ranks are read from the run.
 */
@ApplicationScoped
public class AssessmentReadService {

    private final RunRepository runs;
    private final NodeQueries nodes;
    private final AssessmentScope scope;
    private final RunService runService;
    private final AssessmentConfig config;
    private final RankCache rankCache;

    /**
     * {@code runs} and {@code nodes} read from the replica (a run's stored results never change; a run or a load newer
     * than the replication lag shows up that much later); which run a run id names is read from the primary.
     */
    public AssessmentReadService(@Replica RunRepository runs, @Replica NodeQueries nodes, AssessmentScope scope, RunService runService,
                                 AssessmentConfig config, RankCache rankCache) {
        this.rankCache = rankCache;
        this.runs = runs;
        this.nodes = nodes;
        this.scope = scope;
        this.runService = runService;
        this.config = config;
    }

    /** The run a read is about: the one named, or the latest of the period by the regulator (default: national). */
    AssessmentRun run(String periodText, Long runId, String regulator) {
        Period p = Params.period(periodText, "period");
        if (runId != null) {
            AssessmentRun run = runService.visible(runId);
            if (!run.period().equals(p.toString())) {
                throw ProblemException.notFound("Assessment run " + runId + " is not of " + p + ".");
            }
            return run;
        }
        String reg = regulator == null || regulator.isBlank() ? config.nationalRegulator() : regulator;
        AssessmentRun run = runs.latest(p.toString(), reg)
                .orElseThrow(() -> ProblemException.notFound("No assessment run of " + p + " for " + reg + "."));
        return runService.visible(run.id());
    }

    @Transactional
    public NodeAssessment node(String period, String code, Long runId, String regulator, Basis basis) {
        AssessmentRun run = run(period, runId, regulator);
        long load = run.loads().get(InputSlot.CURRENT);
        NodeLinks n = nodes.node(load, code).filter(x -> scope.canRead(scope.of(load), x))
                .orElseThrow(() -> ProblemException.notFound("No node '" + code + "' in the assessment of " + period + "."));
        return assess(run, List.of(n), basis).get(0);
    }

    /**
     * A page of the assessments the caller may see; {@code jurisdiction} (a regulator's code, or null) keeps the nodes that
     * regulator or one below it supervises, so a bureau's report reads its own banks rather than the country's.
     */
    @Transactional
    public Page<NodeAssessment> page(String period, Long runId, String regulator, String jurisdiction, InstitutionKind kind, PeerGroup group,
                                     Basis basis, PageRequest page) {
        AssessmentRun run = run(period, runId, regulator);
        long load = run.loads().get(InputSlot.CURRENT);
        NodeScope s = scope.of(load);
        List<String> within = jurisdiction == null || jurisdiction.isBlank() ? null : scope.regulatorsUnder(load, jurisdiction);
        List<NodeLinks> list = nodes.page(load, s, within, kind, group, page.offset(), page.size());
        return new Page<>(assess(run, list, basis), page.page(), page.size(), nodes.count(load, s, within, kind, group));
    }

    /** The assessments of some nodes of a run, each from its inputs, the run's peer aggregates and its stored ranks. */
    private List<NodeAssessment> assess(AssessmentRun run, List<NodeLinks> list, Basis only) {
        if (list.isEmpty()) {
            return List.of();
        }
        Period t = Period.parse(run.period());
        List<String> codes = list.stream().map(NodeLinks::code).toList();
        Map<InputSlot, Map<String, FigureSections[]>> figures = nodes.figures(run.loads(), codes);
        HistoryBuilder builder = new HistoryBuilder(t, list);
        figures.forEach((slot, byCode) -> {
            FigureSections[][] target = builder.slot(slot);
            for (int i = 0; i < list.size(); i++) {
                FigureSections[] f = byCode.get(list.get(i).code());
                if (f != null) {
                    target[i] = f;
                }
            }
        });
        Map<Basis, List<UnitHistory>> histories = builder.build();
        List<Universe> universes = list.stream().filter(NodeLinks::isRanked).map(n -> new Universe(n.peerGroup(), n.kind())).distinct().toList();
        Map<String, PeerSummary> stats = new HashMap<>();
        for (PeerSummary s : runs.comparisons(run.id(), universes)) {
            stats.put(key(s.basis(), s.universe(), s.column()), s);
        }
        Map<Universe, RankSet> ranks = new HashMap<>();
        universes.forEach(u -> rankCache.get(run.id(), u).ifPresent(r -> ranks.put(u, r)));
        List<Column> columns = Column.of(RunService.formulaIds(run.formulas()));
        List<NodeAssessment> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NodeLinks n = list.get(i);
            List<NodeAssessment.Sheet> sheets = new ArrayList<>();
            for (Basis b : Basis.values()) {
                if (only != null && only != b) {
                    continue;
                }
                RankSet set = n.isRanked() ? ranks.get(new Universe(n.peerGroup(), n.kind())) : null;
                sheets.add(sheet(run, n, b, histories.get(b).get(i), columns, stats, set));
            }
            out.add(new NodeAssessment(run, n, sheets));
        }
        return out;
    }

    private static NodeAssessment.Sheet sheet(AssessmentRun run, NodeLinks n, Basis b, UnitHistory h, List<Column> columns,
                                              Map<String, PeerSummary> stats, RankSet ranks) {
        Universe u = n.isRanked() ? new Universe(n.peerGroup(), n.kind()) : null;
        PeerLookup peers = u == null ? PeerLookup.NONE : c -> {
            FormulaId compared = NodeSheet.compared(c.formula());
            PeerSummary s = stats.get(key(b, u, new Column(compared, c.assetClass(), c.base())));
            return s == null || s.aggregate() == null ? null
                    : new PeerAggregate(u.group(), compared, c.assetClass(), c.base(), null, List.of(), List.of(), s.aggregate());
        };
        List<IndicatorValue> values = NodeSheet.values(columns, h, peers);
        if (u == null) {
            return new NodeAssessment.Sheet(b, values, List.of(), List.of());
        }
        List<UnitRank> unitRanks = new ArrayList<>();
        for (RankColumn rc : RankColumn.values()) {
            IndicatorValue v = values.get(columns.indexOf(rc.column()));
            PeerSummary s = stats.get(key(b, u, rc.column()));
            int rank = ranks == null ? 0 : ranks.rank(n.code(), b, rc);
            unitRanks.add(PeerRanking.ranked(n.code(), v, rank, s == null ? 0 : s.observationCount()));
        }
        List<ProgressDegree> progress = new ArrayList<>();
        for (ComparisonBase base : ComparisonBase.values()) {
            List<UnitRank> four = RankColumn.forBase(base).stream().map(rc -> unitRanks.get(rc.ordinal())).toList();
            progress.add(ProgressDegrees.composite(n.code(), n.peerGroup(), base, four, run.weights()));
        }
        return new NodeAssessment.Sheet(b, values, unitRanks, progress);
    }

    private static String key(Basis b, Universe u, Column c) {
        return b + "/" + u.group() + "/" + u.kind() + "/" + c;
    }

    /** Peer statistics of a run; a bank reads only its own peer group's (403 for another). */
    @Transactional
    public Page<PeerSummary> peerStatistics(String period, Long runId, String regulator, PeerGroup group, InstitutionKind kind,
                                               FormulaId formula, AssetClass assetClass, ComparisonBase base, Basis basis, PageRequest page) {
        AssessmentRun run = run(period, runId, regulator);
        PeerGroup g = ownGroupFor(run, group);
        return new Page<>(runs.peerStats(run.id(), basis, g, kind, formula, assetClass, base, page.offset(), page.size()), page.page(),
                page.size(), runs.countPeerStats(run.id(), basis, g, kind, formula, assetClass, base));
    }

    /** A bank's own peer group (the one it asked for must be it); for everyone else the group asked for. */
    private PeerGroup ownGroupFor(AssessmentRun run, PeerGroup asked) {
        NodeScope s = scope.of(run.loads().get(InputSlot.CURRENT));
        if (!s.isBank()) {
            return asked;
        }
        if (s.group() == null || asked != null && asked != s.group()) {
            throw ProblemException.forbidden("A bank reads the statistics of its own peer group only.");
        }
        return s.group();
    }

    /** One ranked unit of a ranking: its rank, the group size and its percentile, with the value ranked. */
    public record RankEntry(NodeLinks node, UnitRank rank) {
    }

    /** A universe's ranking on one of I1, I2, I4, I7, best first, restricted to what the caller may see. */
    @Transactional
    public Page<RankEntry> ranking(String period, Long runId, String regulator, PeerGroup group, InstitutionKind kind, RankColumn column,
                                   Basis basis, PageRequest page) {
        AssessmentRun run = run(period, runId, regulator);
        long load = run.loads().get(InputSlot.CURRENT);
        PeerGroup g = ownGroupFor(run, group);
        if (g == null || kind == null || !kind.isBank()) {
            throw ProblemException.badRequest("Name the peer group and the bank-tree level of the ranking.", List.of(
                    new cn.npa.common.problem.FieldError(cn.npa.common.problem.RuleId.PARAM, g == null ? "peerGroup" : "kind",
                            "a ranking is of one peer group at one level (BANK_HEAD_OFFICE, BRANCH_GRADE_ONE, BRANCH, SUB_BRANCH)")));
        }
        Universe u = new Universe(g, kind);
        NodeScope s = scope.of(load);
        java.util.Set<String> only = s.all() ? null : new java.util.HashSet<>(nodes.page(load, s, kind, g, 0, Integer.MAX_VALUE).stream()
                .map(NodeLinks::code).toList());
        List<String> ordered = rankCache.get(run.id(), u).map(r -> r.ordered(basis, column, only)).orElse(List.of());
        List<NodeLinks> list = new ArrayList<>();
        for (String code : ordered.subList(Math.min(ordered.size(), page.offset()), Math.min(ordered.size(), page.offset() + page.size()))) {
            nodes.node(load, code).ifPresent(list::add);
        }
        List<NodeAssessment> assessed = assess(run, list, basis);
        List<RankEntry> entries = new ArrayList<>();
        for (NodeAssessment a : assessed) {
            entries.add(new RankEntry(a.node(), a.bases().get(0).ranks().get(column.ordinal())));
        }
        return new Page<>(entries, page.page(), page.size(), ordered.size());
    }
}
