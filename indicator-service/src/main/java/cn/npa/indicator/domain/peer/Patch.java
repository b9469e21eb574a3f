package cn.npa.indicator.domain.peer;

import cn.npa.indicator.domain.indicator.IndicatorValue;
import java.util.ArrayList;
import java.util.List;

/** {@link MemberOrder#patched}: an earlier order with its changed members taken out and put back in their new places. */
final class Patch {

    private final MemberOrder earlier;
    private final List<IndicatorValue> values;
    private final List<String> members;
    private final boolean[] changed;
    private final double[] approx;

    Patch(MemberOrder earlier, List<IndicatorValue> earlierValues, List<IndicatorValue> values, List<String> members) {
        this.earlier = earlier;
        this.values = values;
        this.members = members;
        this.changed = new boolean[values.size()];
        this.approx = earlier.approx().clone();
        for (int i = 0; i < changed.length; i++) {
            changed[i] = values.get(i) != earlierValues.get(i);
        }
    }

    MemberOrder apply() {
        // The changed members with a value, sorted among themselves (their doubles come with the sort).
        List<Integer> moved = new ArrayList<>();
        List<String> movedCodes = new ArrayList<>();
        List<IndicatorValue> movedValues = new ArrayList<>();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                approx[i] = Double.NaN;
                if (values.get(i).isDefined()) {
                    moved.add(i);
                    movedCodes.add(members.get(i));
                    movedValues.add(values.get(i));
                }
            }
        }
        MemberOrder inserted = MemberOrder.sort(movedCodes, movedValues);
        for (int j = 0; j < moved.size(); j++) {
            approx[moved.get(j)] = inserted.approx()[j];
        }
        // The earlier order without the changed members, each remembering its earlier place.
        int[] was = earlier.ascending();
        int[] kept = new int[was.length];
        int[] keptAt = new int[was.length];
        int b = 0;
        for (int k = 0; k < was.length; k++) {
            if (!changed[was[k]]) {
                kept[b] = was[k];
                keptAt[b++] = k;
            }
        }
        int n = b + inserted.size();
        int[] out = new int[n];
        int[] outAt = new int[n];
        int o = 0;
        int from = 0;
        for (int j : inserted.ascending()) {
            int x = moved.get(j);
            int to = firstAbove(kept, from, b, x);
            for (int k = from; k < to; k++, o++) {
                out[o] = kept[k];
                outAt[o] = keptAt[k];
            }
            out[o] = x;
            outAt[o++] = -1;
            from = to;
        }
        for (int k = from; k < b; k++, o++) {
            out[o] = kept[k];
            outAt[o] = keptAt[k];
        }
        boolean[] tied = new boolean[n];
        boolean[] wasTied = earlier.tied();
        for (int k = 1; k < n; k++) {
            // Neighbours before as now keep their tie; anywhere else the values are compared.
            boolean neighbours = outAt[k - 1] >= 0 && outAt[k] == outAt[k - 1] + 1;
            tied[k] = neighbours ? wasTied[outAt[k]] : values.get(out[k - 1]).value().compareTo(values.get(out[k]).value()) == 0;
        }
        return new MemberOrder(out, tied, approx);
    }

    /** The first position in kept[from, to) whose member comes after member x (kept is ascending). */
    private int firstAbove(int[] kept, int from, int to, int x) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(kept[mid], x) > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** By value, then by unit code: doubles first, the exact values only when the doubles are too close to tell. */
    private int compare(int a, int b) {
        double x = approx[a];
        double y = approx[b];
        if (!ExactOrder.close(x, y)) {
            return x < y ? -1 : 1;
        }
        int c = values.get(a).value().compareTo(values.get(b).value());
        return c != 0 ? c : members.get(a).compareTo(members.get(b));
    }
}
