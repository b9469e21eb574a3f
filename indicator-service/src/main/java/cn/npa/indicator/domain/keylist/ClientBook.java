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

    private ClientBook(List<ClientExposure> lines) {
        this.lines = List.copyOf(lines);
        Integer[] order = new Integer[lines.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> lines.get(i).clientCode())
                .thenComparing(i -> lines.get(i).filerCode()).thenComparing(i -> i));
        this.byClient = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        this.byGroup = Arrays.stream(order).filter(i -> lines.get(i).groupId() != null)
                .sorted(Comparator.<Integer, String>comparing(i -> lines.get(i).groupId()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    public static ClientBook of(List<ClientExposure> exposures) {
        return new ClientBook(exposures);
    }

    /** K5, K7 by credit code, then K6 by group id, over the exposures whose position {@code included} accepts. */
    public List<KeyClient> select(IntPredicate included) {
        List<KeyClient> list = new ArrayList<>();
        int n = byClient.length;
        for (int start = 0, end; start < n; start = end) {
            String client = lines.get(byClient[start]).clientCode();
            end = start + 1;
            while (end < n && lines.get(byClient[end]).clientCode().equals(client)) {
                end++;
            }
            client(client, start, end, included, list);
        }
        int g = byGroup.length;
        for (int start = 0, end; start < g; start = end) {
            String group = lines.get(byGroup[start]).groupId();
            end = start + 1;
            while (end < g && lines.get(byGroup[end]).groupId().equals(group)) {
                end++;
            }
            group(group, start, end, included, list);
        }
        return list;
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
