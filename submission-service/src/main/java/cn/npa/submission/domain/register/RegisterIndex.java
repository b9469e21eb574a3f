package cn.npa.submission.domain.register;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole register in memory, indexed for the tree questions of domain spec section 1 at any date: children,
 * subtree, ancestors, jurisdiction and its maximal nodes. Immutable; built from every stored row.
 */
public final class RegisterIndex implements RegisterView {

    private static final Comparator<Institution> BY_CODE = Comparator.comparing(Institution::code);
    private final Map<String, List<Institution>> byCode = new HashMap<>();
    private final Map<String, List<Institution>> byParent = new HashMap<>();
    private final Map<String, List<Institution>> bySupervisor = new HashMap<>();

    public RegisterIndex(List<Institution> rows) {
        for (Institution i : rows) {
            byCode.computeIfAbsent(i.code(), c -> new ArrayList<>()).add(i);
            if (i.parentCode() != null) {
                byParent.computeIfAbsent(i.parentCode(), c -> new ArrayList<>()).add(i);
            }
            if (i.supervisorCode() != null) {
                bySupervisor.computeIfAbsent(i.supervisorCode(), c -> new ArrayList<>()).add(i);
            }
        }
    }

    @Override
    public List<Institution> versions(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    public Optional<Institution> activeOn(String code, LocalDate d) {
        return versions(code).stream().filter(i -> i.activeOn(d)).findFirst();
    }

    /** Direct children on a date, by code. */
    public List<Institution> children(String code, LocalDate d) {
        return active(byParent.get(code), d);
    }

    /** The node and everything below it on a date: level by level, each level by code. */
    public List<Institution> subtree(String code, LocalDate d) {
        List<Institution> out = new ArrayList<>();
        activeOn(code, d).ifPresent(out::add);
        int levelStart = 0;
        while (levelStart < out.size()) {
            int levelEnd = out.size();
            List<Institution> next = new ArrayList<>();
            for (int k = levelStart; k < levelEnd; k++) {
                next.addAll(children(out.get(k).code(), d));
            }
            next.sort(BY_CODE);
            out.addAll(next);
            levelStart = levelEnd;
        }
        return out;
    }

    /** From the parent up to the root on a date, nearest first. */
    public List<Institution> ancestors(String code, LocalDate d) {
        List<Institution> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<Institution> current = activeOn(code, d);
        while (current.isPresent() && current.get().parentCode() != null && seen.add(current.get().code())) {
            current = activeOn(current.get().parentCode(), d);
            current.ifPresent(out::add);
        }
        return out;
    }

    /** True when {@code code} is {@code root} or lies below it on the date. */
    public boolean isWithin(String code, String root, LocalDate d) {
        return code.equals(root) ? activeOn(code, d).isPresent() : ancestors(code, d).stream().anyMatch(i -> i.code().equals(root));
    }

    /** The regulator and the regulators below it on a date. */
    public Set<String> regulatorsUnder(String regulator, LocalDate d) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        activeOn(regulator, d).filter(i -> i.kind().isRegulator()).ifPresent(i -> todo.add(i.code()));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (out.add(r)) {
                children(r, d).stream().filter(i -> i.kind().isRegulator()).forEach(i -> todo.add(i.code()));
            }
        }
        return out;
    }

    /** The bank nodes supervised by the regulator or a regulator below it on a date, by code. */
    public List<Institution> jurisdiction(String regulator, LocalDate d) {
        List<Institution> out = new ArrayList<>();
        for (String r : regulatorsUnder(regulator, d)) {
            for (Institution i : active(bySupervisor.get(r), d)) {
                if (i.kind().isBank()) {
                    out.add(i);
                }
            }
        }
        out.sort(BY_CODE);
        return out;
    }

    /** The jurisdiction's nodes whose parent lies outside it: the ones a rollup sums, so nothing counts twice. */
    public List<Institution> maximalNodes(String regulator, LocalDate d) {
        List<Institution> all = jurisdiction(regulator, d);
        Set<String> inside = new HashSet<>();
        all.forEach(i -> inside.add(i.code()));
        return all.stream().filter(i -> i.parentCode() == null || !inside.contains(i.parentCode())).toList();
    }

    /** True when the bank node is in the regulator's jurisdiction on the date. */
    public boolean inJurisdiction(String code, String regulator, LocalDate d) {
        Optional<Institution> node = activeOn(code, d);
        return node.isPresent() && node.get().kind().isBank() && node.get().supervisorCode() != null
                && regulatorsUnder(regulator, d).contains(node.get().supervisorCode());
    }

    /** Every institution valid on a date, by code (obligation generation walks the whole register once per period). */
    public List<Institution> allActiveOn(LocalDate d) {
        List<Institution> out = new ArrayList<>();
        for (List<Institution> rows : byCode.values()) {
            for (Institution i : rows) {
                if (i.activeOn(d)) {
                    out.add(i);
                }
            }
        }
        out.sort(BY_CODE);
        return out;
    }

    public int size() {
        return byCode.values().stream().mapToInt(List::size).sum();
    }

    private static List<Institution> active(List<Institution> rows, LocalDate d) {
        if (rows == null) {
            return List.of();
        }
        List<Institution> out = new ArrayList<>();
        for (Institution i : rows) {
            if (i.activeOn(d)) {
                out.add(i);
            }
        }
        out.sort(BY_CODE);
        return out;
    }
}
