package cn.npa.indicator.domain.snapshot;

import cn.npa.indicator.domain.assessment.HistoryBuilder;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.intake.FigureSections;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.ClientExposure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The population of a run from the snapshots of its loads: the nodes of the current load (all, or those supervised by
 * one of the given regulators and the regulators themselves), joined by code with every other load in one merge pass
 * each (all are in code order), one task per distinct load. The same population the COPY read gives.
 */
public final class SnapshotJoin {

    /** The figures of a node absent from a load: none on either basis (shared, never written to). */
    private static final FigureSections[] ABSENT = new FigureSections[2];

    private SnapshotJoin() {
    }

    /**
     * @param slots       the snapshot of each slot that has a load (slots reading the same load share one snapshot)
     * @param supervisors null for every node, else the regulators whose nodes (and themselves) are read
     */
    public static Population population(Period t, Map<InputSlot, Snapshot> slots, Set<String> supervisors,
                                        Supplier<List<ClientExposure>> exposures, Executor pool) {
        Snapshot current = slots.get(InputSlot.CURRENT);
        List<NodeLinks> nodes = new ArrayList<>(current.size());
        int[] selected = select(current, supervisors, nodes);
        Map<Snapshot, CompletableFuture<FigureSections[][]>> aligned = new IdentityHashMap<>();
        for (Snapshot s : slots.values()) {
            aligned.computeIfAbsent(s, load -> CompletableFuture.supplyAsync(() -> align(current, selected, load), pool));
        }
        try {
            HistoryBuilder builder = new HistoryBuilder(t, nodes);
            slots.forEach((slot, s) -> builder.slot(slot, aligned.get(s).join()));
            return new Population(t, nodes, builder.build(), exposures.get());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The indices of the current load's nodes read, their links added to {@code nodes} in the same order. */
    static int[] select(Snapshot current, Set<String> supervisors, List<NodeLinks> nodes) {
        int[] selected = new int[current.size()];
        int n = 0;
        for (int i = 0; i < current.size(); i++) {
            NodeLinks l = current.links(i);
            if (supervisors == null || supervisors.contains(l.code())
                    || (l.supervisorCode() != null && supervisors.contains(l.supervisorCode()))) {
                nodes.add(l);
                selected[n++] = i;
            }
        }
        return Arrays.copyOf(selected, n);
    }

    /** One load's figures of the selected nodes of the current load, matched by code in one merge pass. */
    static FigureSections[][] align(Snapshot current, int[] selected, Snapshot load) {
        FigureSections[][] out = new FigureSections[selected.length][];
        if (load == current) {
            for (int k = 0; k < selected.length; k++) {
                out[k] = current.figures(selected[k]);
            }
            return out;
        }
        int j = 0;
        for (int k = 0; k < selected.length; k++) {
            int i = selected[k];
            int c = -1;
            while (j < load.size() && (c = load.compareCode(j, current, i)) < 0) {
                j++;
            }
            if (j < load.size() && c == 0) {
                out[k] = load.figures(j++);
            } else {
                out[k] = ABSENT;
            }
        }
        return out;
    }
}
