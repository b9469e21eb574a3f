package cn.npa.indicator.domain.keylist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The client exposures of one period sorted once by credit code and by group id, so the key clients K5–K7 of many
 * jurisdictions (a national run: the CBRC and 36 bureaus) are each one filtered pass over the same order instead of a
 * fresh grouping of their exposures. {@link #select} gives exactly {@link KeyClients#select} of the included exposures
 * taken in the order given.
 */
public final class ClientBook {

    private final List<ClientExposure> lines;
    /** Positions by client code, then filer code, then position. */
    private final int[] byClient;
    /** Positions of the lines with a group id, by group id, then position. */
    private final int[] byGroup;
    /** Where each client's (group's) lines start in byClient (byGroup), and one past the last. */
    private final int[] clientStarts;
    private final int[] groupStarts;
    /** Each line's tags (by position) and the union of its client's (group's) lines' tags; null when untagged. */
    private final int[][] lineTags;
    private final int[][] clientTags;
    private final int[][] groupTags;

    private ClientBook(List<ClientExposure> lines, int[][] tags) {
        this.lines = List.copyOf(lines);
        Integer[] order = new Integer[lines.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> lines.get(i).clientCode())
                .thenComparing(i -> lines.get(i).filerCode()).thenComparing(i -> i));
        this.byClient = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        this.byGroup = Arrays.stream(order).filter(i -> lines.get(i).groupId() != null)
                .sorted(Comparator.<Integer, String>comparing(i -> lines.get(i).groupId()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.clientStarts = starts(byClient, ClientExposure::clientCode);
        this.groupStarts = starts(byGroup, ClientExposure::groupId);
        this.lineTags = tags;
        this.clientTags = tags == null ? null : union(byClient, clientStarts, tags);
        this.groupTags = tags == null ? null : union(byGroup, groupStarts, tags);
    }

    public static ClientBook of(List<ClientExposure> exposures) {
        return new ClientBook(exposures, null);
    }

    /**
     * A book whose exposures carry tags ({@code tags[k]} for the k-th: a key list's, the regulators over its filer), so
     * that {@link #select(int)} skips, without looking at their lines, the clients and groups none of whose exposures
     * carry the tag: most of the country's for a bureau.
     */
    public static ClientBook tagged(List<ClientExposure> exposures, int[][] tags) {
        if (tags.length != exposures.size()) {
            throw new IllegalArgumentException(tags.length + " tags for " + exposures.size() + " exposures");
        }
        return new ClientBook(exposures, tags);
    }

    /** K5, K7 by credit code, then K6 by group id, over the exposures whose position {@code included} accepts. */
    public List<KeyClient> select(IntPredicate included) {
        return select(null, included);
    }

    /** {@link #select(IntPredicate)} over the exposures carrying the tag (a tagged book). */
    public List<KeyClient> select(int tag) {
        if (lineTags == null) {
            throw new IllegalStateException("an untagged book");
        }
        return select(tag, k -> contains(lineTags[k], tag));
    }

    private List<KeyClient> select(Integer tag, IntPredicate included) {
        List<KeyClient> list = new ArrayList<>();
        for (int b = 0; b + 1 < clientStarts.length; b++) {
            if (tag == null || contains(clientTags[b], tag)) {
                client(lines.get(byClient[clientStarts[b]]).clientCode(), clientStarts[b], clientStarts[b + 1], included, list);
            }
        }
        for (int b = 0; b + 1 < groupStarts.length; b++) {
            if (tag == null || contains(groupTags[b], tag)) {
                group(lines.get(byGroup[groupStarts[b]]).groupId(), groupStarts[b], groupStarts[b + 1], included, list);
            }
        }
        return list;
    }

    /** The starts of the runs of equal keys in {@code order}, and its length. */
    private int[] starts(int[] order, Function<ClientExposure, String> key) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            if (k == 0 || !key.apply(lines.get(order[k])).equals(key.apply(lines.get(order[k - 1])))) {
                out.add(k);
            }
        }
        out.add(order.length);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[][] union(int[] order, int[] starts, int[][] tags) {
        int[][] out = new int[starts.length - 1][];
        for (int b = 0; b + 1 < starts.length; b++) {
            out[b] = Arrays.stream(order, starts[b], starts[b + 1]).flatMap(k -> Arrays.stream(tags[k])).distinct().toArray();
        }
        return out;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private void client(String client, int start, int end, IntPredicate included, List<KeyClient> list) {
        // One filer's exposures to one client are summed first (a valid report has one line per client anyway).
        Map<String, BigDecimal[]> byFiler = null;
        int first = Integer.MAX_VALUE;
        for (int k = start; k < end; k++) {
            int at = byClient[k];
            if (!included.test(at)) {
                continue;
            }
            if (byFiler == null) {
                // made only for a client of the jurisdiction: a bureau's pass skips most of the country's clients
                byFiler = new LinkedHashMap<>();
            }
            ClientExposure e = lines.get(at);
            BigDecimal[] sums = byFiler.computeIfAbsent(e.filerCode(), f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(e.loanBalance());
            sums[1] = sums[1].add(e.nplBalance());
            first = Math.min(first, at);
        }
        if (byFiler == null) {
            return;
        }
        KeyClients.client(client, lines.get(first).name(), byFiler).ifPresent(list::add);
    }

    private void group(String group, int start, int end, IntPredicate included, List<KeyClient> list) {
        Set<String> affiliates = new HashSet<>();
        Set<String> filers = new TreeSet<>();
        BigDecimal loans = BigDecimal.ZERO;
        for (int k = start; k < end; k++) {
            int at = byGroup[k];
            if (included.test(at)) {
                ClientExposure e = lines.get(at);
                affiliates.add(e.clientCode());
                filers.add(e.filerCode());
                loans = loans.add(e.loanBalance());
            }
        }
        KeyClients.group(group, affiliates.size(), filers, loans).ifPresent(list::add);
    }
}
