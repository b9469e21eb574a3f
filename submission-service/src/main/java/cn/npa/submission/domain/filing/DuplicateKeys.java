package cn.npa.submission.domain.filing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** V7: a list keyed by industry, region, client and so on may name each key once, or its sums would count twice. */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Reports the second and later occurrences of a key, each at its own key field. */
    static <T, K> void check(Cursor at, List<T> rows, String field, String keyField, Function<T, K> key) {
        if (rows == null) {
            return;
        }
        Map<K, Integer> first = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            K k = key.apply(rows.get(i));
            if (k == null) {
                continue;
            }
            Integer seen = first.putIfAbsent(k, i);
            if (seen != null) {
                at.problems().add(Cursor.STRUCTURE, at.path() + "." + field + "[" + i + "]." + keyField,
                        keyField + " " + k + " appears more than once (first at " + field + "[" + seen + "]); give each one line");
            }
        }
    }
}
