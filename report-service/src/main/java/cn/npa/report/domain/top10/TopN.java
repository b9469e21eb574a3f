package cn.npa.report.domain.top10;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The N largest by a value (R3): value descending, then key ascending, so the order never depends on input order.
 * Every item tied with the N-th value is included (a table can be longer than N). Items without a value (an
 * undefined ratio, a missing section) are not ranked. N is the regulator's choice (Art. 8(2)); 10 by default.
 */
public final class TopN {

    public static final int DEFAULT = 10;

    private TopN() {
    }

    public static <T> List<RankedRow<T>> of(Collection<T> items, Function<T, String> key, Function<T, BigDecimal> value, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a top-N table needs N >= 1, got " + n);
        }
        List<RankedRow<T>> candidates = new ArrayList<>();
        for (T item : items) {
            BigDecimal v = value.apply(item);
            if (v != null) {
                candidates.add(new RankedRow<>(0, key.apply(item), v, item));
            }
        }
        candidates.sort(Comparator.comparing((RankedRow<T> r) -> r.value(), Comparator.reverseOrder())
                .thenComparing(RankedRow::key));
        List<RankedRow<T>> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            RankedRow<T> c = candidates.get(i);
            boolean tiedWithPrevious = i > 0 && c.value().compareTo(candidates.get(i - 1).value()) == 0;
            if (i >= n && !tiedWithPrevious) {
                break;
            }
            int rank = tiedWithPrevious ? out.get(i - 1).rank() : i + 1;
            out.add(new RankedRow<>(rank, c.key(), c.value(), c.row()));
        }
        return List.copyOf(out);
    }
}
