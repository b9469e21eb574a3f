package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.keylist.ClientExposure;
import cn.npa.indicator.domain.keylist.ClientBook;
import cn.npa.indicator.domain.keylist.KeyInstitutions;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * K1–K7 (domain §7) for one regulator's jurisdiction: K1–K3 over the units of the chosen level, K4 over the active
 * flags on any unit of the jurisdiction, K5–K7 over the client exposures of every filer in it.
 */
public final class KeyLists {

    private final Jurisdictions tree;
    private final List<UnitHistory> histories;
    /** The exposures of filers among the nodes, in node order (then as given): the order a jurisdiction's are taken in. */
    private final ClientBook clients;
    private final List<SupervisorFlag> flags;

    /**
     * @param histories one history per node of the tree, in the tree's order (null for a node without figures)
     * @param flags     the flags in force when the list is made
     */
    public KeyLists(Jurisdictions tree, List<UnitHistory> histories, List<ClientExposure> exposures, List<SupervisorFlag> flags) {
        this.tree = tree;
        this.histories = histories;
        this.flags = List.copyOf(flags);
        List<List<ClientExposure>> byNode = new ArrayList<>(tree.nodes().size());
        for (int i = 0; i < tree.nodes().size(); i++) {
            byNode.add(null);
        }
        int known = 0;
        for (ClientExposure e : exposures) {
            int i = tree.indexOf(e.filerCode());
            if (i >= 0) {
                if (byNode.get(i) == null) {
                    byNode.set(i, new ArrayList<>(4));
                }
                byNode.get(i).add(e);
                known++;
            }
        }
        List<ClientExposure> ordered = new ArrayList<>(known);
        int[] filerNode = new int[known];
        for (int i = 0; i < byNode.size(); i++) {
            if (byNode.get(i) != null) {
                for (ClientExposure e : byNode.get(i)) {
                    filerNode[ordered.size()] = i;
                    ordered.add(e);
                }
            }
        }
        // Each exposure tagged with the regulators whose jurisdiction its filer is in (a bank node's supervisory chain).
        int[][] tags = new int[known][];
        for (int k = 0; k < known; k++) {
            tags[k] = tree.node(filerNode[k]).kind().isBank() ? tree.regulatorsOver(filerNode[k]) : new int[0];
        }
        this.clients = ClientBook.tagged(ordered, tags);
    }

    public KeyList of(String regulator, Level level) {
        int r = tree.indexOf(regulator);
        List<UnitHistory> units = new ArrayList<>();
        for (int i : tree.units(regulator, level)) {
            if (histories.get(i) != null) {
                units.add(histories.get(i));
            }
        }
        List<SupervisorFlag> inJurisdiction = new ArrayList<>();
        for (SupervisorFlag f : flags) {
            int u = tree.indexOf(f.unitCode());
            if (u >= 0 && r >= 0 && tree.node(u).kind().isBank() && tree.isUnder(u, r)) {
                inJurisdiction.add(f);
            }
        }
        // The exposures of the jurisdiction's filers: its bank nodes (the same test as Jurisdictions#jurisdiction).
        return new KeyList(regulator, level, units.size(), KeyInstitutions.select(units, inJurisdiction),
                r < 0 ? List.of() : clients.select(r));
    }
}
