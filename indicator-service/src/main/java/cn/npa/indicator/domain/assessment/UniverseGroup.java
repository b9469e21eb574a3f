package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.indicator.PeerAggregate;
import cn.npa.indicator.domain.indicator.SlotSums;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One universe (peer group × level) of a run on one basis: its members, their histories, the classes they carry at t, and their sums. */
final class UniverseGroup {

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
    private final UniverseGroup firstReported;

    UniverseGroup(Basis basis, Universe universe, List<Integer> members, List<UnitHistory> all, UniverseGroup firstReported) {
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

    /** The aggregate I5 / I6 compare against: the group's I4 / I2 of the same class and base. */
    PeerAggregate compared(Column c) {
        return aggregate(ColumnTask.compared(c));
    }
}
