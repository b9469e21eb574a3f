package cn.npa.report.domain.tree;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Both trees at one date (domain spec section 1): the bank tree (children of a bank node) and the supervisory tree
 * (sub-regulators and the bank nodes each regulator supervises directly). Built once with maps of children, so every
 * question costs the size of its answer, not a scan of the ~235,000 nodes. Lists are sorted by code.
 */
public final class Hierarchy {

    private volatile List<InstitutionSnapshot> bottomUp;

    private static final Comparator<InstitutionSnapshot> BY_CODE = Comparator.comparing(InstitutionSnapshot::code);

    private final Map<String, InstitutionSnapshot> nodes = new HashMap<>();
    private final Map<String, List<InstitutionSnapshot>> bankChildren = new HashMap<>();
    private final Map<String, List<InstitutionSnapshot>> subRegulators = new HashMap<>();
    private final Map<String, List<InstitutionSnapshot>> supervised = new HashMap<>();
    private final List<InstitutionSnapshot> headOffices = new ArrayList<>();

    private Hierarchy(Collection<InstitutionSnapshot> snapshots) {
        for (InstitutionSnapshot s : snapshots) {
            if (nodes.put(s.code(), s) != null) {
                throw new IllegalArgumentException("two rows of " + s.code() + " at the same date");
            }
        }
        for (InstitutionSnapshot s : nodes.values()) {
            if (s.kind().isRegulator()) {
                if (s.parentCode() != null) {
                    subRegulators.computeIfAbsent(s.parentCode(), k -> new ArrayList<>()).add(s);
                }
                continue;
            }
            if (s.kind() == InstitutionKind.BANK_HEAD_OFFICE) {
                headOffices.add(s);
            } else if (s.parentCode() != null) {
                bankChildren.computeIfAbsent(s.parentCode(), k -> new ArrayList<>()).add(s);
            }
            if (s.supervisorCode() != null) {
                supervised.computeIfAbsent(s.supervisorCode(), k -> new ArrayList<>()).add(s);
            }
        }
        headOffices.sort(BY_CODE);
        bankChildren.values().forEach(l -> l.sort(BY_CODE));
        subRegulators.values().forEach(l -> l.sort(BY_CODE));
        supervised.values().forEach(l -> l.sort(BY_CODE));
    }

    /** The trees formed by these snapshots (one per code). */
    public static Hierarchy of(Collection<InstitutionSnapshot> snapshots) {
        return new Hierarchy(snapshots);
    }

    /** The trees valid at {@code date} (a period's end date): only the rows whose interval contains it. */
    public static Hierarchy at(LocalDate date, Collection<RegisterRow> rows) {
        return new Hierarchy(rows.stream().filter(r -> r.validAt(date)).map(RegisterRow::institution).toList());
    }

    public Optional<InstitutionSnapshot> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public InstitutionSnapshot require(String code) {
        InstitutionSnapshot s = nodes.get(code);
        if (s == null) {
            throw new IllegalArgumentException("no institution " + code + " in this hierarchy");
        }
        return s;
    }

    public int size() {
        return nodes.size();
    }

    /** Children of a node in the bank tree. */
    public List<InstitutionSnapshot> children(String code) {
        return Collections.unmodifiableList(bankChildren.getOrDefault(code, List.of()));
    }

    /** The regulators directly below a regulator in the supervisory tree. */
    public List<InstitutionSnapshot> subRegulators(String regulatorCode) {
        return Collections.unmodifiableList(subRegulators.getOrDefault(regulatorCode, List.of()));
    }

    /** The bank nodes a regulator supervises itself (not through a sub-regulator). */
    public List<InstitutionSnapshot> supervisedBy(String regulatorCode) {
        return Collections.unmodifiableList(supervised.getOrDefault(regulatorCode, List.of()));
    }

    public List<InstitutionSnapshot> headOffices() {
        return List.copyOf(headOffices);
    }

    /** The bank nodes of the subtree rooted at {@code code}, parents before children. */
    public List<InstitutionSnapshot> subtree(String code) {
        List<InstitutionSnapshot> out = new ArrayList<>();
        Deque<InstitutionSnapshot> todo = new ArrayDeque<>();
        todo.push(require(code));
        while (!todo.isEmpty()) {
            InstitutionSnapshot s = todo.pop();
            out.add(s);
            List<InstitutionSnapshot> kids = children(s.code());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    /** Every bank node, children before parents: the order in which a rollup can be computed in one pass. */
    public List<InstitutionSnapshot> bankNodesBottomUp() {
        List<InstitutionSnapshot> known = bottomUp;
        if (known == null) {
            // the hierarchy never changes, and every rollup of its period walks this order: computed once
            known = List.copyOf(walkBottomUp());
            bottomUp = known;
        }
        return known;
    }

    private List<InstitutionSnapshot> walkBottomUp() {
        List<InstitutionSnapshot> out = new ArrayList<>();
        for (InstitutionSnapshot head : headOffices) {
            List<InstitutionSnapshot> down = subtree(head.code());
            for (int i = down.size() - 1; i >= 0; i--) {
                out.add(down.get(i));
            }
        }
        return out;
    }

    /** The head office above a bank node (itself for a head office); empty when the chain is broken. */
    public Optional<InstitutionSnapshot> headOfficeOf(String code) {
        InstitutionSnapshot s = nodes.get(code);
        for (int steps = 0; s != null && steps <= nodes.size(); steps++) {
            if (s.kind() == InstitutionKind.BANK_HEAD_OFFICE) {
                return Optional.of(s);
            }
            s = s.parentCode() == null ? null : nodes.get(s.parentCode());
        }
        return Optional.empty();
    }

    /** The peer group of a bank node: its head office's. */
    public Optional<PeerGroup> peerGroupOf(String code) {
        return headOfficeOf(code).map(InstitutionSnapshot::peerGroup);
    }

    /** The regulator and every regulator below it in the supervisory tree. */
    public Set<String> regulatorAndDescendants(String regulatorCode) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(regulatorCode));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (out.add(r)) {
                subRegulators.getOrDefault(r, List.of()).forEach(s -> todo.push(s.code()));
            }
        }
        return out;
    }

    /** A regulator's jurisdiction: the bank nodes supervised by it or one of its descendant regulators. */
    public Set<String> jurisdiction(String regulatorCode) {
        Set<String> out = new HashSet<>();
        for (String r : regulatorAndDescendants(regulatorCode)) {
            supervised.getOrDefault(r, List.of()).forEach(s -> out.add(s.code()));
        }
        return out;
    }

    /**
     * The nodes of the jurisdiction whose bank-tree parent is outside it: summing these counts nothing twice. For the
     * CBRC these are the head offices (R1), taken directly rather than through a jurisdiction of every bank node.
     */
    public List<InstitutionSnapshot> maximalNodes(String regulatorCode) {
        if (require(regulatorCode).kind() == InstitutionKind.REGULATOR_NATIONAL) {
            return headOffices();
        }
        Set<String> jurisdiction = jurisdiction(regulatorCode);
        return jurisdiction.stream().map(nodes::get)
                .filter(s -> s.parentCode() == null || !jurisdiction.contains(s.parentCode()))
                .sorted(BY_CODE).toList();
    }
}
