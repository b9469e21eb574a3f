package cn.npa.indicator.domain.keylist;

import cn.npa.indicator.domain.peer.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The n highest observations, with every observation tied with the n-th included (domain §7: ties at the cut-off). */
final class TopWithTies {

    private TopWithTies() {
    }

    /** Highest first; equal values by unit code. */
    static List<Observation> top(List<Observation> observations, int n) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::value).reversed().thenComparing(Observation::unitCode));
        if (sorted.size() <= n) {
            return sorted;
        }
        Observation cutOff = sorted.get(n - 1);
        return sorted.stream().filter(o -> o.value().compareTo(cutOff.value()) >= 0).toList();
    }

    /** Competition rank of a value among the selected ("1, 2, 2, 4"). */
    static int rank(List<Observation> selected, Observation o) {
        return 1 + (int) selected.stream().filter(x -> x.value().compareTo(o.value()) > 0).count();
    }
}
