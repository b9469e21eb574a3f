package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.indicator.PeerAggregate;
import cn.npa.indicator.domain.indicator.Ratios;
import cn.npa.indicator.domain.indicator.SlotSums;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import cn.npa.indicator.domain.indicator.Indicators;
import cn.npa.indicator.domain.peer.MemberOrder;
import cn.npa.indicator.domain.peer.PeerDistribution;
import cn.npa.indicator.domain.peer.PeerStatistics;
import cn.npa.indicator.domain.peer.QuantileMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One assessment run (domain §6–§7) over a population: for every node in the regulator's scope and both bases, every
 * indicator of the run's formulas; for every universe (peer group × level) the peer statistics of every column and
 * the ranks of the progress degree; and K1–K7 for the regulator and the regulators directly below it. Each value is computed
 * once, column by column over a universe, and its statistics and ranks are taken from it; the work is split into
 * (basis, universe, column) tasks that run in parallel and are folded back in a fixed order, so the result and its
 * fingerprint do not depend on the number of cores.
 */
public final class AssessmentEngine {

    private AssessmentEngine() {
    }

    /**
     * @param regulator the regulator whose jurisdiction is assessed (the CBRC: every node)
     * @param formulas  the formulas computed: the defaults and the regulator's chosen variants
     * @param flags     the K4 flags in force
     */
    public static AssessmentResult run(Population pop, String regulator, Set<FormulaId> formulas, QuantileMethod method,
                                       List<SupervisorFlag> flags) {
        Jurisdictions tree = new Jurisdictions(pop.nodes());
        int root = tree.indexOf(regulator);
        if (root < 0 || !tree.node(root).kind().isRegulator()) {
            throw new IllegalArgumentException("no regulator " + regulator + " among the nodes of " + pop.period());
        }
        Set<FormulaId> set = EnumSet.copyOf(formulas);
        RankColumnsNeed.addTo(set);
        List<Column> columns = Column.of(set);
        List<Integer> scope = scope(tree, regulator);
        Map<Universe, List<Integer>> universes = new TreeMap<>();
        List<Integer> unranked = new ArrayList<>();
        for (int i : scope) {
            NodeLinks n = tree.node(i);
            if (n.isRanked()) {
                universes.computeIfAbsent(new Universe(n.peerGroup(), n.kind()), k -> new ArrayList<>()).add(i);
            } else {
                unranked.add(i);
            }
        }
        Set<AssetClass> classes = EnumSet.noneOf(AssetClass.class);
        List<Task> tasks = new ArrayList<>();
        for (Map.Entry<Universe, List<Integer>> u : universes.entrySet()) {
            Group first = new Group(Basis.AS_FIRST_REPORTED, u.getKey(), u.getValue(), pop.histories(Basis.AS_FIRST_REPORTED), null);
            Group restated = new Group(Basis.RESTATED, u.getKey(), u.getValue(), pop.histories(Basis.RESTATED), first);
            Set<AssetClass> reported = EnumSet.noneOf(AssetClass.class);
            reported.addAll(first.reported);
            reported.addAll(restated.reported);
            classes.addAll(reported);
            for (AssetClass c : reported) {
                tasks.add(new Task(first, restated, columns.stream().filter(col -> col.assetClass() == c).toList(), method));
            }
        }
        List<Done> done = tasks.parallelStream().flatMap(t -> t.run().stream()).toList();

        Map<Basis, int[][]> ranks = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            ranks.put(b, new int[RankColumn.values().length][pop.nodes().size()]);
        }
        Fingerprint fp = new Fingerprint();
        long count = 0;
        List<PeerSummary> summaries = new ArrayList<>(done.size());
        for (Done d : done) {
            summaries.add(d.summary);
            fp.add(d.fingerprint);
            count += d.group.members.size();
            if (d.ranks != null) {
                int[] target = ranks.get(d.group.basis)[RankColumn.of(d.column).ordinal()];
                List<Integer> members = d.group.members;
                for (int k = 0; k < members.size(); k++) {
                    target[members.get(k)] = d.ranks[k];
                }
            }
        }
        // Regulators and peer-group nodes: no peer group of their own, so no I5/I6 and no rank, but every other value.
        for (int i : unranked) {
            UnitHistory f = pop.histories(Basis.AS_FIRST_REPORTED).get(i);
            UnitHistory r = pop.histories(Basis.RESTATED).get(i);
            for (Column c : columns) {
                IndicatorValue v = NodeSheet.value(c, f, PeerLookup.NONE);
                fp.add(v);
                fp.add(r == f ? v : NodeSheet.value(c, r, PeerLookup.NONE));
                count += 2;
            }
        }
        // K1–K7 of the regulator and of the regulators directly below it (the CBRC's run: the 36 bureaus), not of every
        // regulator further down: the 332 sub-bureaus' lists of a national run were most of its stored bytes and a tenth
        // of its time. A deeper list is computed on request from the run's stored inputs (KeyListService), the same way.
        KeyLists lists = new KeyLists(tree, pop.histories(Basis.RESTATED), pop.exposures(), flags);
        Map<String, KeyList> keyLists = tree.regulatorAndDirectlyUnder(regulator).parallelStream()
                .collect(Collectors.toMap(r -> r, r -> lists.of(r, Level.DEFAULT), (a, b) -> a, TreeMap::new));
        // The key lists' full content is in the stored results and their SHA-256; here who is listed and why.
        keyLists.values().forEach(k -> {
            fp.add(k.regulatorCode()).add(k.unitsConsidered());
            k.institutions().forEach(e -> fp.add(e.unitCode()).add(e.rules().toString()));
            k.clients().forEach(e -> fp.add(e.id()).add(e.rules().toString()));
        });
        return new AssessmentResult(regulator, scope, set, classes, summaries, ranks, keyLists, fp.value(), count);
    }

    /** Every node for the CBRC; otherwise the jurisdiction's bank nodes and the regulators at or below the regulator. */
    static List<Integer> scope(Jurisdictions tree, String regulator) {
        List<Integer> out = new ArrayList<>();
        if (tree.isNational(regulator)) {
            for (int i = 0; i < tree.nodes().size(); i++) {
                out.add(i);
            }
            return out;
        }
        int r = tree.indexOf(regulator);
        for (int i = 0; i < tree.nodes().size(); i++) {
            NodeLinks n = tree.node(i);
            if ((n.kind().isBank() || n.kind().isRegulator()) && tree.isUnder(i, r)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The progress degree ranks on I1, I2, I4 and I7: they are computed whatever variants the regulator chose. */
    private static final class RankColumnsNeed {
        static void addTo(Set<FormulaId> set) {
            for (RankColumn r : RankColumn.values()) {
                set.add(r.column().formula());
            }
        }
    }

    /** One universe on one basis: its members, their histories, the classes they carry at t, and their summed amounts. */
    private static final class Group {
        final Basis basis;
        final Universe universe;
        final List<Integer> members;
        final List<UnitHistory> histories;
        final List<String> codes;
        final Set<AssetClass> reported = EnumSet.noneOf(AssetClass.class);
        private final Map<String, PeerAggregate> aggregates = new ConcurrentHashMap<>();
        /** Sums of a date over the same members, shared between formulas reading that date. */
        private final SlotSums sums = new SlotSums();
        /** The same universe on the first-reported basis, whose sums this one's move from (null: this is that one). */
        private final Group firstReported;

        Group(Basis basis, Universe universe, List<Integer> members, List<UnitHistory> all, Group firstReported) {
            this.basis = basis;
            this.firstReported = firstReported;
            this.universe = universe;
            this.members = members;
            this.histories = new ArrayList<>(members.size());
            this.codes = new ArrayList<>(members.size());
            for (int i : members) {
                UnitHistory h = all.get(i);
                histories.add(h);
                codes.add(h.unitCode());
                for (AssetClass c : AssetClass.values()) {
                    if (c.isReportedIn(h.current())) {
                        reported.add(c);
                    }
                }
            }
        }

        /** The group's aggregate of a column; formulas reading the same dates share one summation. */
        PeerAggregate aggregate(Column c) {
            String key = c.assetClass() + "/" + c.formula().slots() + "/" + c.base();
            // The restated basis differs from the first-reported one only at units with an amended filing (about 1 % a
            // month): its sums are the first-reported ones moved by those units, not summed again.
            PeerAggregate a = aggregates.computeIfAbsent(key, k -> firstReported == null
                    ? PeerAggregate.of(universe.group(), c.formula(), c.assetClass(), c.base(), histories, sums)
                    : PeerAggregate.of(universe.group(), c.formula(), c.assetClass(), c.base(), histories, firstReported.aggregate(c),
                            firstReported.histories));
            return a.formula() == c.formula() ? a : a.as(c.formula());
        }

        PeerAggregate compared(Column c) {
            return aggregate(new Column(NodeSheet.compared(c.formula()), c.assetClass(), c.base()));
        }
    }

    /**
     * The columns of one class in one universe on both bases, in order. I5 and I6 reuse the I4 and I2 values computed
     * before them; a unit whose restated history is its first-reported one (no filing behind it amended) reuses its
     * first-reported value on the restated basis, except I5 and I6, whose peer aggregates differ by basis.
     */
    private record Task(Group first, Group restated, List<Column> columns, QuantileMethod method) {
        List<Done> run() {
            List<Column> direct = columns.stream().filter(c -> !c.formula().isPeerRelative()).toList();
            Map<Column, List<IndicatorValue>> ownFirst = direct(first, direct, null);
            Map<Column, List<IndicatorValue>> ownRestated = direct(restated, direct, ownFirst);
            List<Done> out = new ArrayList<>(2 * columns.size());
            // One exact sort per column: the restated order is the first-reported one patched at the amended units, and
            // I5 / I6 keep the order of the I4 / I2 they are shifted from (columns come in formula order: I2, I4 first).
            Map<Column, MemberOrder> firstOrders = new HashMap<>();
            Map<Column, MemberOrder> restatedOrders = new HashMap<>();
            for (Column column : columns) {
                boolean relative = column.formula().isPeerRelative();
                List<IndicatorValue> f = relative ? relative(first, column, ownFirst) : ownFirst.get(column);
                List<IndicatorValue> r = relative ? relative(restated, column, ownRestated) : ownRestated.get(column);
                MemberOrder fo;
                MemberOrder ro;
                if (relative) {
                    Column compared = new Column(NodeSheet.compared(column.formula()), column.assetClass(), column.base());
                    fo = MemberOrder.shifted(firstOrders.get(compared), first.codes, f);
                    ro = MemberOrder.shifted(restatedOrders.get(compared), restated.codes, r);
                } else {
                    fo = MemberOrder.sort(first.codes, f);
                    ro = MemberOrder.patched(fo, f, r, restated.codes);
                }
                firstOrders.put(column, fo);
                restatedOrders.put(column, ro);
                out.add(summarise(first, column, f, fo));
                out.add(summarise(restated, column, r, ro));
            }
            return out;
        }

        /**
         * The columns that need no peer aggregate, unit by unit (a unit's columns one after the other, so the ratios its
         * I1, I2 and I6' share are divided once); a restated history that is the first-reported one reuses its values.
         */
        private Map<Column, List<IndicatorValue>> direct(Group g, List<Column> direct, Map<Column, List<IndicatorValue>> firstReported) {
            int n = g.histories.size();
            List<List<IndicatorValue>> lists = new ArrayList<>(direct.size());
            List<List<IndicatorValue>> reused = new ArrayList<>(direct.size());
            for (Column column : direct) {
                lists.add(new ArrayList<>(n));
                reused.add(firstReported == null ? null : firstReported.get(column));
            }
            Ratios.Recent ratios = Ratios.recent();
            for (int i = 0; i < n; i++) {
                UnitHistory h = g.histories.get(i);
                boolean same = firstReported != null && h == first.histories.get(i);
                ratios.forget();
                for (int k = 0; k < direct.size(); k++) {
                    lists.get(k).add(same ? reused.get(k).get(i) : NodeSheet.value(direct.get(k), h, PeerLookup.NONE, ratios));
                }
            }
            Map<Column, List<IndicatorValue>> own = new HashMap<>();
            for (int k = 0; k < direct.size(); k++) {
                own.put(direct.get(k), lists.get(k));
            }
            return own;
        }

        /** I5 / I6 from the unit's own I4 / I2 and the group's aggregate of it. */
        private List<IndicatorValue> relative(Group g, Column column, Map<Column, List<IndicatorValue>> own) {
            List<IndicatorValue> compared = own.get(new Column(NodeSheet.compared(column.formula()), column.assetClass(), column.base()));
            PeerAggregate peer = g.compared(column);
            BigDecimal minusPeer = peer.value().isDefined() ? peer.value().value().negate() : null;
            List<IndicatorValue> values = new ArrayList<>(compared.size());
            for (IndicatorValue o : compared) {
                values.add(Indicators.relativeToPeer(column.formula(), o, peer, minusPeer));
            }
            return values;
        }

        private Done summarise(Group g, Column column, List<IndicatorValue> values, MemberOrder order) {
            Fingerprint fp = new Fingerprint();
            values.forEach(fp::add);
            PeerAggregate aggregate = column.formula().isPeerRelative() ? null : g.aggregate(column);
            PeerDistribution d = PeerDistribution.of(column.formula(), g.codes, values, method, PeerStatistics.DEFAULT_LEVELS, PeerSummary.LISTED,
                    order);
            int[] ranks = RankColumn.of(column) == null ? null : d.ranks();
            return new Done(g, column, PeerSummary.of(g.basis, g.universe, column, method.name(), d, aggregate), ranks, fp.value());
        }
    }

    private record Done(Group group, Column column, PeerSummary summary, int[] ranks, long fingerprint) {
    }
}
