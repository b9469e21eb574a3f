package cn.npa.indicator.domain.indicator;

import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.figures.UnitFigures;
import cn.npa.indicator.domain.figures.UnitHistory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A peer group's sums at each date, kept while a run computes the group's aggregates: formulas that read the same date
 * over the very same members (I1, I2, I4 and I7 all read t) share one summation of it instead of adding it up again.
 */
public final class SlotSums {

    private record Key(AssetClass assetClass, Slot date) {
    }

    private record Entry(List<UnitHistory> used, UnitFigures total) {
    }

    private final Map<Key, Entry> sums = new ConcurrentHashMap<>();

    /** The sum of the class's section at slot s over {@code used}, from an earlier summation of the same members if any. */
    UnitFigures sum(PeerGroup group, AssetClass c, Slot s, ComparisonBase b, List<UnitHistory> used) {
        // The base slot on the year-start base is the year-start date.
        Key key = new Key(c, s == Slot.BASE && b == ComparisonBase.YEAR_START ? Slot.YEAR_START : s);
        Entry e = sums.get(key);
        if (e != null && same(e.used, used)) {
            return e.total;
        }
        List<UnitFigures> at = used.stream().map(u -> s.of(u, b)).toList();
        UnitFigures total = UnitFigures.sum("PEER:" + group, group, at.get(0).period(), c, at);
        sums.put(key, new Entry(used, total));
        return total;
    }

    /** The same members in the same order (the very same history objects). */
    private static boolean same(List<UnitHistory> a, List<UnitHistory> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
