package cn.npa.indicator.domain.keylist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return ClientBook.of(exposures).select(i -> true);
    }

    /** A client's entry from its sums per filer (in filer order: loans, NPL), if K5 or K7 selects it. */
    static Optional<KeyClient> client(String client, String name, Map<String, BigDecimal[]> byFiler) {
        List<KeyEvidence> evidence = new ArrayList<>();
        k5(byFiler).ifPresent(evidence::add);
        k7(byFiler).ifPresent(evidence::add);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyClient(KeyClient.Kind.CLIENT, client, name, evidence.stream().map(KeyEvidence::rule).toList(), evidence,
                List.copyOf(byFiler.keySet())));
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

    /** A group's entry (K6) from its distinct affiliates, filers (in order) and summed loans, if it qualifies. */
    static Optional<KeyClient> group(String group, int affiliates, Set<String> filers, BigDecimal loans) {
        if (affiliates < MIN_AFFILIATES || loans.compareTo(HUNDRED_MILLION) < 0) {
            return Optional.empty();
        }
        KeyEvidence evidence = KeyEvidence.of(KeyRule.K6, affiliates + " affiliated clients at " + filers.size() + " filer(s)",
                List.of(Figure.of("affiliated clients", BigDecimal.valueOf(affiliates)), Figure.of("loans, all filers", loans)));
        return Optional.of(new KeyClient(KeyClient.Kind.GROUP, group, group, List.of(KeyRule.K6), List.of(evidence), List.copyOf(filers)));
    }
}
