package cn.npa.submission.domain.register;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans an all-or-nothing register import: merges the incoming rows into the register, checks every rule on the
 * result, and says which rows are new, changed or unchanged. A row is keyed by (code, validFrom).
 */
public final class ImportPlanner {

    private ImportPlanner() {
    }

    /** An incoming row with the path its problems are reported at. */
    public record Incoming(String path, Institution institution) {
    }

    /** What an import would do; nothing is to be written when {@code errors} is not empty. */
    public record Plan(List<Institution> inserts, List<Institution> updates, int unchanged, List<FieldError> errors) {
    }

    public static Plan plan(List<Institution> existing, List<Incoming> incoming) {
        Map<String, List<Institution>> merged = new HashMap<>();
        Map<Key, Institution> stored = new HashMap<>();
        for (Institution i : existing) {
            merged.computeIfAbsent(i.code(), c -> new ArrayList<>()).add(i);
            stored.put(Key.of(i), i);
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Key, String> seen = new HashMap<>();
        Set<String> changedCodes = new HashSet<>();
        List<Institution> inserts = new ArrayList<>();
        List<Institution> updates = new ArrayList<>();
        int unchanged = 0;
        for (Incoming in : incoming) {
            Institution row = in.institution();
            Key key = Key.of(row);
            String first = seen.putIfAbsent(key, in.path());
            if (first != null) {
                errors.add(new FieldError(RuleId.REG_DUPLICATE, in.path() + ".code", row.code() + " from " + row.validFrom()
                        + " appears twice in the import (first at " + first + ")"));
                continue;
            }
            Institution before = stored.get(key);
            if (before != null && before.sameAs(row)) {
                unchanged++;
                continue;
            }
            List<Institution> versions = merged.computeIfAbsent(row.code(), c -> new ArrayList<>());
            versions.removeIf(v -> v.validFrom().equals(row.validFrom()));
            versions.add(row);
            changedCodes.add(row.code());
            (before == null ? inserts : updates).add(row);
        }
        RegisterView view = code -> merged.getOrDefault(code, List.of());
        for (Incoming in : incoming) {
            if (changedCodes.contains(in.institution().code())) {
                errors.addAll(RegisterRules.check(in.institution(), view, in.path()));
            }
        }
        // A change can break rows that are not in the import: children of a parent that now closes earlier, say.
        Set<Key> incomingKeys = seen.keySet();
        for (Institution dependant : existing) {
            boolean affected = changedCodes.contains(dependant.parentCode()) || changedCodes.contains(dependant.supervisorCode());
            if (affected && !incomingKeys.contains(Key.of(dependant))) {
                for (FieldError e : RegisterRules.check(dependant, view, "register." + dependant.code())) {
                    errors.add(new FieldError(e.rule(), e.path(), e.message() + " (an existing institution the import would break)"));
                }
            }
        }
        return new Plan(inserts, updates, unchanged, errors);
    }

    private record Key(String code, LocalDate validFrom) {
        static Key of(Institution i) {
            return new Key(i.code(), i.validFrom());
        }
    }
}
