package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * R1 over the bank tree for one period and one basis: every node's figure is its own accepted filing when it filed,
 * otherwise the sum of its children's figures. Computed in one bottom-up pass; a basis is only a different input map.
 * During a filing wave a rollup is updated from the previous one: only the units whose filing changed and their
 * ancestors are computed again, which gives the same figures as a full pass (a property test holds it to that).
 */
public final class BankRollup {

    private final Hierarchy hierarchy;
    private final Map<String, Figures> filings;
    private final Map<String, NodeFigure> figures = new HashMap<>();
    private int computedNodes;

    private BankRollup(Hierarchy hierarchy, Map<String, Figures> filings, BankRollup previous) {
        this.hierarchy = hierarchy;
        this.filings = Map.copyOf(filings);
        if (previous == null) {
            for (InstitutionSnapshot node : hierarchy.bankNodesBottomUp()) {
                compute(node).ifPresent(f -> figures.put(node.code(), f));
            }
            computedNodes = hierarchy.bankNodesBottomUp().size();
            return;
        }
        figures.putAll(previous.figures);
        Set<String> dirty = changedWithAncestors(previous.filings);
        computedNodes = dirty.size();
        for (InstitutionSnapshot node : hierarchy.bankNodesBottomUp()) {
            if (dirty.contains(node.code())) {
                figures.remove(node.code());
                compute(node).ifPresent(f -> figures.put(node.code(), f));
            }
        }
    }

    /** Rolls up the accepted filings (filing unit code to its figures) of one basis over the hierarchy of the period end. */
    public static BankRollup of(Hierarchy hierarchy, Map<String, Figures> filings) {
        return new BankRollup(hierarchy, filings, null);
    }

    /**
     * The same rollup as {@link #of}, computed from {@code previous} (a rollup of the same hierarchy over other filings):
     * a filing is unchanged when it is the same {@link Figures} instance, so the caller shares the figures of the
     * versions both have. With another hierarchy (the register changed), everything is computed again.
     */
    public static BankRollup updated(BankRollup previous, Hierarchy hierarchy, Map<String, Figures> filings) {
        return new BankRollup(hierarchy, filings, previous != null && previous.hierarchy == hierarchy ? previous : null);
    }

    /** The units whose filing differs from {@code before} (added, replaced or gone), and every ancestor of theirs. */
    private Set<String> changedWithAncestors(Map<String, Figures> before) {
        Set<String> changed = new HashSet<>();
        filings.forEach((code, f) -> {
            if (before.get(code) != f) {
                changed.add(code);
            }
        });
        before.keySet().forEach(code -> {
            if (!filings.containsKey(code)) {
                changed.add(code);
            }
        });
        Set<String> dirty = new HashSet<>();
        for (String code : changed) {
            Optional<InstitutionSnapshot> node = hierarchy.node(code);
            while (node.isPresent() && dirty.add(node.get().code())) {
                String parent = node.get().parentCode();
                node = parent == null ? Optional.empty() : hierarchy.node(parent);
            }
        }
        return dirty;
    }

    private Optional<NodeFigure> compute(InstitutionSnapshot node) {
        List<NodeFigure> children = new ArrayList<>();
        for (InstitutionSnapshot child : hierarchy.children(node.code())) {
            NodeFigure f = figures.get(child.code());
            if (f != null) {
                children.add(f);
            }
        }
        Figures own = filings.get(node.code());
        if (own != null) {
            // A branch need not break its loans down by region: it lends in its own region (docs/rollups.md).
            Figures filed = own.withRegionIfMissing(node.regionCode());
            Optional<Q4Difference> q4 = children.isEmpty() ? Optional.empty()
                    : Optional.of(Q4Difference.between(filed, children.stream().map(NodeFigure::figures).toList()));
            return Optional.of(new NodeFigure(node.code(), filed, FigureSource.OWN_FILING, 1, q4));
        }
        if (children.isEmpty()) {
            return Optional.empty();
        }
        Figures sum = Figures.sum(children.stream().map(NodeFigure::figures).toList());
        int units = children.stream().mapToInt(NodeFigure::filingUnits).sum();
        return Optional.of(new NodeFigure(node.code(), sum, FigureSource.CHILDREN_SUM, units, Optional.empty()));
    }

    /** How many bank nodes this rollup computed (all of them, or the changed ones and their ancestors). */
    public int computedNodes() {
        return computedNodes;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /** The node's figure; empty when neither it nor anything below it filed. */
    public Optional<NodeFigure> figure(String code) {
        return Optional.ofNullable(figures.get(code));
    }

    /** Whether the unit's own accepted filing is among the inputs. */
    public boolean filed(String code) {
        return filings.containsKey(code);
    }

    /** R6: the filing units whose filings the node's figure sums, listed on demand by walking down to them. */
    public SortedSet<String> contributors(String code) {
        SortedSet<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            NodeFigure f = figures.get(c);
            if (f == null) {
                continue;
            }
            if (f.source() == FigureSource.OWN_FILING) {
                out.add(c);
            } else {
                hierarchy.children(c).forEach(child -> todo.push(child.code()));
            }
        }
        return out;
    }

    /** Filings whose unit is not a bank node of this hierarchy (closed, not yet open, or a regulator): not rolled up. */
    public SortedSet<String> unplacedFilings() {
        SortedSet<String> out = new TreeSet<>();
        filings.keySet().forEach(code -> {
            if (hierarchy.node(code).filter(n -> n.kind().isBank()).isEmpty()) {
                out.add(code);
            }
        });
        return out;
    }
}
