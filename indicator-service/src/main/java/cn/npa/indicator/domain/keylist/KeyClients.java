package cn.npa.indicator.domain.keylist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Selects the key clients K5, K7 and key group clients K6 of domain §7 from the client exposures of all filers of a
 * jurisdiction for one period. Clients come first (by credit code), then groups (by group id); each listed once.
 */
public final class KeyClients {

    /** RMB 100 million; "亿元以上" includes the bound. */
    public static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

    /** Affiliated enterprises (distinct client ids) a group needs for K6. */
    public static final int MIN_AFFILIATES = 5;

    private KeyClients() {
    }

    public static List<KeyClient> select(List<ClientExposure> exposures) {
        // One filer's exposures to one client are summed first (a valid report has one line per client anyway).
        Map<String, Map<String, BigDecimal[]>> byClient = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (ClientExposure e : exposures) {
            BigDecimal[] sums = byClient.computeIfAbsent(e.clientCode(), k -> new TreeMap<>())
                    .computeIfAbsent(e.filerCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(e.loanBalance());
            sums[1] = sums[1].add(e.nplBalance());
            names.putIfAbsent(e.clientCode(), e.name());
        }
        List<KeyClient> list = new ArrayList<>();
        byClient.forEach((client, byFiler) -> {
            List<KeyEvidence> evidence = new ArrayList<>();
            k5(byFiler).ifPresent(evidence::add);
            k7(byFiler).ifPresent(evidence::add);
            if (!evidence.isEmpty()) {
                list.add(new KeyClient(KeyClient.Kind.CLIENT, client, names.get(client),
                        evidence.stream().map(KeyEvidence::rule).toList(), evidence, List.copyOf(byFiler.keySet())));
            }
        });
        list.addAll(k6(exposures));
        return list;
    }

    private static Optional<KeyEvidence> k5(Map<String, BigDecimal[]> byFiler) {
        BigDecimal npl = byFiler.values().stream().map(s -> s[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (npl.compareTo(HUNDRED_MILLION) < 0) {
            return Optional.empty();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("NPL, all filers", npl));
        byFiler.forEach((filer, s) -> figures.add(Figure.of("NPL at " + filer, s[1])));
        return Optional.of(KeyEvidence.of(KeyRule.K5, "NPL >= 100,000,000 summed over " + byFiler.size() + " filer(s)", figures));
    }

    /** K7: non-performing (NPL > 0) at one filer, performing (loans > 0, NPL = 0) at another. */
    private static Optional<KeyEvidence> k7(Map<String, BigDecimal[]> byFiler) {
        List<String> bad = new ArrayList<>();
        List<String> performing = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        byFiler.forEach((filer, s) -> {
            if (s[1].signum() > 0) {
                bad.add(filer);
                figures.add(Figure.of("NPL at " + filer, s[1]));
            } else if (s[0].signum() > 0) {
                performing.add(filer);
                figures.add(Figure.of("performing loans at " + filer, s[0]));
            }
        });
        if (bad.isEmpty() || performing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(KeyEvidence.of(KeyRule.K7,
                "non-performing at " + String.join(", ", bad) + "; performing at " + String.join(", ", performing), figures));
    }

    private static List<KeyClient> k6(List<ClientExposure> exposures) {
        Map<String, List<ClientExposure>> byGroup = new TreeMap<>();
        exposures.stream().filter(e -> e.groupId() != null)
                .forEach(e -> byGroup.computeIfAbsent(e.groupId(), k -> new ArrayList<>()).add(e));
        List<KeyClient> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            Set<String> affiliates = new HashSet<>();
            Set<String> filers = new TreeSet<>();
            BigDecimal loans = BigDecimal.ZERO;
            for (ClientExposure e : members) {
                affiliates.add(e.clientCode());
                filers.add(e.filerCode());
                loans = loans.add(e.loanBalance());
            }
            if (affiliates.size() >= MIN_AFFILIATES && loans.compareTo(HUNDRED_MILLION) >= 0) {
                KeyEvidence evidence = KeyEvidence.of(KeyRule.K6,
                        affiliates.size() + " affiliated clients at " + filers.size() + " filer(s)",
                        List.of(Figure.of("affiliated clients", BigDecimal.valueOf(affiliates.size())), Figure.of("loans, all filers", loans)));
                groups.add(new KeyClient(KeyClient.Kind.GROUP, group, group, List.of(KeyRule.K6), List.of(evidence), List.copyOf(filers)));
            }
        });
        return groups;
    }
}
