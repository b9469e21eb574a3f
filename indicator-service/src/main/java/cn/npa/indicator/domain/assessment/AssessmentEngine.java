package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.domain.indicator.IndicatorValue;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import cn.npa.indicator.domain.peer.QuantileMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One assessment run (domain §6–§7) over a population: for every node in the regulator's scope and both bases, every
 * indicator of the run's formulas; for every universe (peer group × level) the peer statistics of every column and
 * the ranks of the progress degree; and K1–K7 for the regulator and the regulators directly below it. Each value is computed
 * once, column by column over a universe, and its statistics and ranks are taken from it; the work is split into
 * (universe, class) tasks ({@link ColumnTask}) that run in parallel and are folded back in a fixed order, so the result
 * and its fingerprint do not depend on the number of cores.
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
        List<ColumnTask> tasks = new ArrayList<>();
        for (Map.Entry<Universe, List<Integer>> u : universes.entrySet()) {
            UniverseGroup first = new UniverseGroup(Basis.AS_FIRST_REPORTED, u.getKey(), u.getValue(), pop.histories(Basis.AS_FIRST_REPORTED), null);
            UniverseGroup restated = new UniverseGroup(Basis.RESTATED, u.getKey(), u.getValue(), pop.histories(Basis.RESTATED), first);
            Set<AssetClass> reported = EnumSet.noneOf(AssetClass.class);
            reported.addAll(first.reported);
            reported.addAll(restated.reported);
            classes.addAll(reported);
            for (AssetClass c : reported) {
                tasks.add(new ColumnTask(first, restated, columns.stream().filter(col -> col.assetClass() == c).toList(), method));
            }
        }
        List<ColumnTask.Done> done = tasks.parallelStream().flatMap(t -> t.run().stream()).toList();

        Map<Basis, int[][]> ranks = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            ranks.put(b, new int[RankColumn.values().length][pop.nodes().size()]);
        }
        Fingerprint fp = new Fingerprint();
        long count = 0;
        List<PeerSummary> summaries = new ArrayList<>(done.size());
        for (ColumnTask.Done d : done) {
            summaries.add(d.summary());
            fp.add(d.fingerprint());
            count += d.group().members.size();
            if (d.ranks() != null) {
                int[] target = ranks.get(d.group().basis)[RankColumn.of(d.column()).ordinal()];
                List<Integer> members = d.group().members;
                int[] values = d.ranks();
                for (int k = 0; k < members.size(); k++) {
                    target[members.get(k)] = values[k];
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

}
