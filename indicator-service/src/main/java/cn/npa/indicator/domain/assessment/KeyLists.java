package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.keylist.ClientExposure;
import cn.npa.indicator.domain.keylist.KeyClients;
import cn.npa.indicator.domain.keylist.KeyInstitutions;
import cn.npa.indicator.domain.keylist.SupervisorFlag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * K1–K7 (domain §7) for one regulator's jurisdiction: K1–K3 over the units of the chosen level, K4 over the active
 * flags on any unit of the jurisdiction, K5–K7 over the client exposures of every filer in it.
 */
public final class KeyLists {

    private final Jurisdictions tree;
    private final List<UnitHistory> histories;
    private final Map<String, List<ClientExposure>> exposuresByFiler = new HashMap<>();
    private final List<SupervisorFlag> flags;

    /**
     * @param histories one history per node of the tree, in the tree's order (null for a node without figures)
     * @param flags     the flags in force when the list is made
     */
    public KeyLists(Jurisdictions tree, List<UnitHistory> histories, List<ClientExposure> exposures, List<SupervisorFlag> flags) {
        this.tree = tree;
        this.histories = histories;
        this.flags = List.copyOf(flags);
        for (ClientExposure e : exposures) {
            exposuresByFiler.computeIfAbsent(e.filerCode(), k -> new ArrayList<>()).add(e);
        }
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
        List<ClientExposure> exposures = new ArrayList<>();
        for (int i : tree.jurisdiction(regulator)) {
            exposures.addAll(exposuresByFiler.getOrDefault(tree.node(i).code(), List.of()));
        }
        return new KeyList(regulator, level, units.size(), KeyInstitutions.select(units, inJurisdiction), KeyClients.select(exposures));
    }
}
