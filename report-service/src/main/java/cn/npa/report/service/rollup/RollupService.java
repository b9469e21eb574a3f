package cn.npa.report.service.rollup;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.domain.rollup.NodeFigure;
import cn.npa.report.domain.rollup.RegulatorFigure;
import cn.npa.report.domain.rollup.RegulatorRollup;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of rollups (R1, R2): one node, its children on either tree, its missing filers, its contributing filings. */
@ApplicationScoped
public class RollupService {

    private final RollupCache cache;
    private final Caller caller;

    public RollupService(RollupCache cache, Caller caller) {
        this.cache = cache;
        this.caller = caller;
    }

    /** The period named by a request parameter, or a 400 naming it. */
    public static RollupPeriod period(String text) {
        return RollupPeriod.parse(text).orElseThrow(() -> ProblemException.badRequest("The period cannot be read.",
                List.of(new FieldError(RuleId.PERIOD, "period", "a month (2026-10), a quarter (2026-Q3) or a year (2026) is required"))));
    }

    /** The rollup of a node the caller may read (404 otherwise). */
    public NodeRollup node(String code, RollupPeriod period, Basis basis) {
        PeriodRollup p = cache.get(period, basis);
        InstitutionSnapshot node = RollupScope.require(caller, p.register().hierarchy(), code);
        return rollupOf(p, node);
    }

    /**
     * The children of a node: on the bank tree a bank node's children, or a regulator's maximal nodes (what its figure
     * sums); on the supervisory tree a regulator's sub-regulators and the bank nodes it supervises itself.
     */
    public Page<NodeRollup> children(String code, RollupPeriod period, Basis basis, Tree tree, PageRequest page) {
        PeriodRollup p = cache.get(period, basis);
        Hierarchy h = p.register().hierarchy();
        InstitutionSnapshot node = RollupScope.require(caller, h, code);
        Tree t = tree == null ? (node.kind().isRegulator() ? Tree.SUPERVISORY : Tree.BANK) : tree;
        List<InstitutionSnapshot> all;
        if (t == Tree.BANK) {
            all = node.kind().isRegulator() ? h.maximalNodes(code) : h.children(code);
        } else if (node.kind().isRegulator()) {
            all = new ArrayList<>(h.subRegulators(code));
            all.addAll(h.supervisedBy(code));
        } else {
            throw ProblemException.badRequest("A bank node has no children on the supervisory tree.",
                    List.of(new FieldError(RuleId.PARAM, "tree", "use BANK for a bank node")));
        }
        // a local bank's branches in another province are not the reading bureau's: listed only if it may read them
        List<InstitutionSnapshot> visible = all.stream().filter(c -> RollupScope.sees(caller, h, c)).toList();
        return Page.of(visible, page).map(child -> rollupOf(p, child));
    }

    /** The expected filers in the node's scope that have not filed, by level, with their obligation status. */
    public Page<Missing> missing(String code, RollupPeriod period, PageRequest page) {
        NodeRollup r = node(code, period, Basis.RESTATED);
        Hierarchy h = r.of().register().hierarchy();
        List<MissingUnit> visible = r.coverage().missing().stream()
                .filter(m -> h.node(m.code()).filter(n -> RollupScope.sees(caller, h, n)).isPresent()).toList();
        return Page.of(visible, page).map(m -> new Missing(m, r.of().register().name(m.code())));
    }

    /** A missing unit and its name. */
    public record Missing(MissingUnit unit, String name) {
    }

    /** R6: the filing units (and the version of each) the node's figure sums. */
    public Page<Contributor> contributors(String code, RollupPeriod period, Basis basis, PageRequest page) {
        PeriodRollup p = cache.get(period, basis);
        InstitutionSnapshot node = RollupScope.require(caller, p.register().hierarchy(), code);
        Hierarchy h = p.register().hierarchy();
        List<String> units = (node.kind().isRegulator() ? RegulatorRollup.contributors(p.rollup(), code) : p.rollup().contributors(code))
                .stream().filter(u -> h.node(u).filter(n -> RollupScope.sees(caller, h, n)).isPresent()).toList();
        return Page.of(units, page).map(u -> {
            PeriodRollup.FilingVersion v = p.versions().get(u);
            return new Contributor(u, p.register().name(u), v == null ? null : v.submissionId(), v == null ? 0 : v.version());
        });
    }

    /** A filing unit behind a figure and the submission version used. */
    public record Contributor(String code, String name, String submissionId, int version) {
    }

    /** The two trees of domain section 1. */
    public enum Tree {
        BANK, SUPERVISORY
    }

    static NodeRollup rollupOf(PeriodRollup p, InstitutionSnapshot node) {
        return p.node(node.code(), code -> compute(p, node));
    }

    private static NodeRollup compute(PeriodRollup p, InstitutionSnapshot node) {
        String name = p.register().name(node.code());
        if (node.kind().isRegulator()) {
            RegulatorFigure f = RegulatorRollup.of(p.rollup(), node.code());
            Coverage coverage = p.coverages().ofRegulator(node.code());
            Map<PeerGroup, Figures> peers = RegulatorRollup.byPeerGroup(p.rollup(), node.code());
            boolean any = !f.maximalNodesSummed().isEmpty();
            return new NodeRollup(p, node, name, any ? Optional.of(f.figures()) : Optional.empty(),
                    any ? NodeRollup.Source.MAXIMAL_NODES_SUM : NodeRollup.Source.NONE, f.filingUnits(), Optional.empty(), coverage, peers);
        }
        Optional<NodeFigure> f = p.rollup().figure(node.code());
        Coverage coverage = p.coverages().of(node.code());
        NodeRollup.Source source = f.map(nf -> nf.source() == cn.npa.report.domain.rollup.FigureSource.OWN_FILING
                ? NodeRollup.Source.OWN_FILING : NodeRollup.Source.CHILDREN_SUM).orElse(NodeRollup.Source.NONE);
        return new NodeRollup(p, node, name, f.map(NodeFigure::figures), source, f.map(NodeFigure::filingUnits).orElse(0),
                f.flatMap(NodeFigure::q4), coverage, Map.of());
    }
}
