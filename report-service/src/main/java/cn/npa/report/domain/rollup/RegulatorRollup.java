package cn.npa.report.domain.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * R1 and R2 for regulators: a regulator's figure sums the rolled-up figures of the maximal nodes of its jurisdiction,
 * so a sub-branch supervised by a sub-bureau is counted once, inside its grade-one branch, in the bureau's figure.
 */
public final class RegulatorRollup {

    private RegulatorRollup() {
    }

    public static RegulatorFigure of(BankRollup rollup, String regulatorCode) {
        List<Figures> parts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int units = 0;
        for (InstitutionSnapshot m : rollup.hierarchy().maximalNodes(regulatorCode)) {
            Optional<NodeFigure> f = rollup.figure(m.code());
            if (f.isPresent()) {
                parts.add(f.get().figures());
                codes.add(m.code());
                units += f.get().filingUnits();
            }
        }
        return new RegulatorFigure(regulatorCode, Figures.sum(parts), codes, units);
    }

    /**
     * The peer-group breakdown (R2): maximal nodes summed by their head office's peer group. A node whose head office
     * has no peer group in the register is left out rather than guessed (the register requires one for banks).
     */
    public static Map<PeerGroup, Figures> byPeerGroup(BankRollup rollup, String regulatorCode) {
        Map<PeerGroup, List<Figures>> parts = new EnumMap<>(PeerGroup.class);
        for (InstitutionSnapshot m : rollup.hierarchy().maximalNodes(regulatorCode)) {
            Optional<PeerGroup> group = rollup.hierarchy().peerGroupOf(m.code());
            Optional<NodeFigure> f = rollup.figure(m.code());
            if (group.isPresent() && f.isPresent()) {
                parts.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(f.get().figures());
            }
        }
        Map<PeerGroup, Figures> out = new EnumMap<>(PeerGroup.class);
        parts.forEach((g, list) -> out.put(g, Figures.sum(list)));
        return out;
    }

    /** R6: the filing units behind the regulator's figure. */
    public static SortedSet<String> contributors(BankRollup rollup, String regulatorCode) {
        SortedSet<String> out = new TreeSet<>();
        rollup.hierarchy().maximalNodes(regulatorCode).forEach(m -> out.addAll(rollup.contributors(m.code())));
        return out;
    }
}
