package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.intake.NodeLinks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisory tree of one period's nodes (domain §1): which regulators lie under which, which bank nodes form a
 * regulator's jurisdiction (supervised by it or by a regulator below it) and which of them are maximal there (their
 * parent lies outside). Built once per run in one pass; every question is then a lookup.
 */
public final class Jurisdictions {

    /** Supervisor chains longer than this are taken to loop (the intake refuses loops; this is a second guard). */
    private static final int MAX_DEPTH = 16;

    private final List<NodeLinks> nodes;
    private final Map<String, Integer> index;
    /** For every node, the regulators above it: its supervisor, that one's supervisor, ... (a regulator: itself first). */
    private final int[][] chains;
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    /** Each node's parent among the nodes, or -1. */
    private final int[] parent;

    public Jurisdictions(List<NodeLinks> nodes) {
        this.nodes = List.copyOf(nodes);
        this.index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).code(), i);
        }
        this.chains = new int[nodes.size()][];
        this.parent = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            String p = nodes.get(i).parentCode();
            parent[i] = p == null ? -1 : indexOf(p);
            chains[i] = chain(i);
            if (nodes.get(i).kind().isBank()) {
                for (int r : chains[i]) {
                    members.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    private int[] chain(int i) {
        NodeLinks n = nodes.get(i);
        int[] out = new int[4];
        int size = 0;
        Integer at = n.kind().isRegulator() ? Integer.valueOf(i) : index.get(n.supervisorCode());
        while (at != null && size < MAX_DEPTH) {
            if (!nodes.get(at).kind().isRegulator() || contains(out, size, at)) {
                break;
            }
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = at;
            at = index.get(nodes.get(at).supervisorCode());
        }
        return Arrays.copyOf(out, size);
    }

    private static boolean contains(int[] a, int size, int v) {
        for (int k = 0; k < size; k++) {
            if (a[k] == v) {
                return true;
            }
        }
        return false;
    }

    public List<NodeLinks> nodes() {
        return nodes;
    }

    /** The position of a code among the nodes, or -1. */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    public NodeLinks node(int i) {
        return nodes.get(i);
    }

    /** The regulators over node i: its supervisor, that one's, ... (a regulator: itself first); node i is under each. */
    public int[] regulatorsOver(int i) {
        return chains[i].clone();
    }

    /** Whether node i lies in the jurisdiction of regulator r (for a regulator node: whether it is r or lies below it). */
    public boolean isUnder(int i, int r) {
        return contains(chains[i], chains[i].length, r);
    }

    /** The bank nodes of a regulator's jurisdiction, in code order (empty for an unknown code). */
    public List<Integer> jurisdiction(String regulator) {
        int r = indexOf(regulator);
        return r < 0 ? List.of() : members.getOrDefault(r, List.of());
    }

    /** The regulator and every regulator below it, in code order. */
    public List<String> regulatorsUnder(String regulator) {
        return regulators(regulator, Integer.MAX_VALUE);
    }

    /** The regulator and the regulators it supervises directly (the CBRC: the bureaus), in code order. */
    public List<String> regulatorAndDirectlyUnder(String regulator) {
        return regulators(regulator, 1);
    }

    /** The regulator and the regulators at most {@code depth} supervisory steps below it, in code order. */
    private List<String> regulators(String regulator, int depth) {
        int r = indexOf(regulator);
        List<String> out = new ArrayList<>();
        if (r < 0 || !nodes.get(r).kind().isRegulator()) {
            return out;
        }
        for (int i = 0; i < nodes.size(); i++) {
            // a regulator's chain starts with itself, then its supervisor, ...: r at position k is k steps above
            if (nodes.get(i).kind().isRegulator()) {
                int[] chain = chains[i];
                for (int k = 0; k < chain.length && k <= depth; k++) {
                    if (chain[k] == r) {
                        out.add(nodes.get(i).code());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The units K1–K4 look at: the maximal nodes of the jurisdiction, or its nodes of one bank-tree level. */
    public List<Integer> units(String regulator, Level level) {
        int r = indexOf(regulator);
        List<Integer> out = new ArrayList<>();
        for (int i : jurisdiction(regulator)) {
            NodeLinks n = nodes.get(i);
            if (level == Level.DEFAULT ? isMaximal(i, r) : n.kind() == level.kind()) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean isMaximal(int i, int r) {
        return parent[i] < 0 || !isUnder(parent[i], r);
    }

    /** Whether the code names the national regulator, whose jurisdiction is every bank node. */
    public boolean isNational(String regulator) {
        int r = indexOf(regulator);
        return r >= 0 && nodes.get(r).kind() == InstitutionKind.REGULATOR_NATIONAL;
    }
}
