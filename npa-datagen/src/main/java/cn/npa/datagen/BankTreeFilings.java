package cn.npa.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of one bank whose figures come from its outlets. Every leaf of the bank's tree (a unit without children:
 * in the demo register a sub-branch) has its own book, an even share of its bank's (the bank's size is the same draw
 * as its head office's, so all the leaves of a bank add up to about the size of the head office's own report); every
 * unit above the leaves reports the exact sum of its children's reports, to the fen: loans with every breakdown, and
 * in a quarter non-credit assets and off-balance-sheet business, with a narrative of its own. A parent's report thus
 * agrees with the sum of its children (Q4 finds no difference), and a rollup that climbs from the leaves gives the
 * figures the parents would have filed. Which of the reports are filed is the caller's choice.
 */
public final class BankTreeFilings {

    private final long seed;
    private final InstitutionRow headOffice;
    /** The bank's units in register order (parents before children), head office first. */
    private final Map<String, InstitutionRow> units = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, BankProfile> leaves = new LinkedHashMap<>();

    private BankTreeFilings(List<InstitutionRow> register, String headOfficeCode, long seed) {
        this.seed = seed;
        for (InstitutionRow r : register) {
            boolean inBank = r.code().equals(headOfficeCode) || (r.parentCode() != null && units.containsKey(r.parentCode()));
            if (inBank) {
                units.put(r.code(), r);
                children.put(r.code(), new ArrayList<>());
                if (r.parentCode() != null) {
                    children.get(r.parentCode()).add(r.code());
                }
            }
        }
        this.headOffice = units.get(headOfficeCode);
        if (headOffice == null || !headOffice.kind().equals("BANK_HEAD_OFFICE")) {
            throw new IllegalArgumentException(headOfficeCode + " is not a head office of the register");
        }
        List<String> leafCodes = units.keySet().stream().filter(c -> children.get(c).isEmpty() && !c.equals(headOfficeCode)).toList();
        if (leafCodes.isEmpty()) {
            throw new IllegalArgumentException(headOfficeCode + " has no outlets in the register");
        }
        for (String leaf : leafCodes) {
            leaves.put(leaf, BankProfile.outlet(units.get(leaf), seed, 1.0 / leafCodes.size()));
        }
    }

    /** The reports of the bank with this head office, in the register and with the seed given. */
    public static BankTreeFilings of(List<InstitutionRow> register, String headOffice, long seed) {
        return new BankTreeFilings(register, headOffice, seed);
    }

    /** The bank's units, head office first, every parent before its children. */
    public List<InstitutionRow> units() {
        return List.copyOf(units.values());
    }

    /** Whether the unit has a book of its own (no children) rather than the sum of its children's. */
    public boolean isLeaf(String code) {
        return leaves.containsKey(code);
    }

    /** Every unit of the bank under {@code code}, itself included, parents first. */
    public List<String> subtree(String code) {
        List<String> out = new ArrayList<>();
        collect(code, out);
        return out;
    }

    /**
     * The report of every unit of the bank for a month ({@code 2026-10}) or a quarter ({@code 2026-Q3}), by institution
     * code, parents before children: the monthly NPL or quarterly NPA report, {@code BANK_} for the head office and
     * {@code BRANCH_} for the others.
     */
    public Map<String, Map<String, Object>> reports(String period) {
        return reports(period, Map.of());
    }

    /**
     * The reports of a period after one leaf corrects a misclassification: {@code fraction} of the performing loans of
     * its client with the largest performing balance become substandard (its NPL and new NPL rise by that amount, and
     * an industry, region and vintage line with them). Returns what must be filed again: the leaf's report and those
     * of all its ancestors, each with {@code header.amendmentReason}.
     */
    public Map<String, Map<String, Object>> amended(String period, String leaf, double fraction, String reason) {
        if (!isLeaf(leaf)) {
            throw new IllegalArgumentException(leaf + " is not an outlet with a book of its own in " + headOffice.code());
        }
        Map<String, Object> corrected = Reclassification.apply(leafReport(leaf, period), fraction);
        Map<String, Map<String, Object>> all = reports(period, Map.of(leaf, corrected));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String code = leaf; code != null; code = units.get(code).parentCode()) {
            Map<String, Object> doc = all.get(code);
            header(doc).put("amendmentReason", reason);
            out.put(code, doc);
        }
        return out;
    }

    private Map<String, Map<String, Object>> reports(String period, Map<String, Map<String, Object>> replaced) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        List<String> bottomUp = new ArrayList<>(units.keySet());
        java.util.Collections.reverse(bottomUp);
        for (String code : bottomUp) {
            if (isLeaf(code)) {
                byCode.put(code, replaced.containsKey(code) ? replaced.get(code) : leafReport(code, period));
            } else if (!children.get(code).isEmpty()) {
                byCode.put(code, sumOfChildren(code, period, byCode));
            }
        }
        Map<String, Map<String, Object>> ordered = new LinkedHashMap<>();
        units.keySet().stream().filter(byCode::containsKey).forEach(c -> ordered.put(c, byCode.get(c)));
        return ordered;
    }

    private Map<String, Object> leafReport(String code, String period) {
        InstitutionRow leaf = units.get(code);
        Shape shape = Shape.forFiler(leaf);
        return isQuarter(period) ? FilingGenerator.quarterlyDocument(leaf, leaves.get(code), period, seed, shape)
                : FilingGenerator.monthlyDocument(leaf, leaves.get(code), period, seed, shape);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sumOfChildren(String code, String period, Map<String, Map<String, Object>> byCode) {
        List<Map<String, Object>> parts = children.get(code).stream().filter(byCode::containsKey).map(byCode::get).toList();
        boolean quarter = isQuarter(period);
        Map<String, Object> doc = FilingGenerator.header(units.get(code), quarter ? "QUARTERLY_NPA" : "MONTHLY_NPL", period);
        for (String section : quarter ? List.of("loans", "nonCredit", "offBalanceSheet") : List.of("loans")) {
            doc.put(section, Sums.of(parts.stream().map(p -> p.get(section)).toList()));
        }
        if (quarter) {
            Map<String, Object> loans = (Map<String, Object>) doc.get("loans");
            doc.put("narrative", narrative(code, FilingGenerator.lastMonthOf(period), loans));
        }
        return doc;
    }

    /** Words for a parent's quarter, from the summed paths of the leaves below it and its summed clients and causes. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> narrative(String code, YearMonth last, Map<String, Object> loans) {
        int i = FilingGenerator.index(last);
        long[] before = new long[2];
        long[] now = new long[2];
        long[] next = new long[2];
        for (String leaf : subtree(code)) {
            if (!isLeaf(leaf)) {
                continue;
            }
            List<Trajectory.Month> path = FilingGenerator.path(leaves.get(leaf), units.get(leaf), seed, last.plusMonths(1));
            add(before, path.get(i >= 3 ? i - 3 : i - 2));
            add(now, path.get(i));
            add(next, path.get(i + 1));
        }
        String topCause = ((List<Map<String, Object>>) loans.get("newNplCauses")).stream()
                .max(Comparator.comparing((Map<String, Object> l) -> (BigDecimal) l.get("amount")))
                .map(l -> (String) l.get("cause")).orElse("OTHER");
        return QuarterSections.narrative(ratio(before), ratio(now), ratio(next), (List<Object>) loans.get("clients"), topCause);
    }

    private void collect(String code, List<String> out) {
        out.add(code);
        children.get(code).forEach(c -> collect(c, out));
    }

    private static void add(long[] loansAndNpl, Trajectory.Month m) {
        loansAndNpl[0] += m.loans();
        loansAndNpl[1] += m.npl();
    }

    private static double ratio(long[] loansAndNpl) {
        return loansAndNpl[0] == 0 ? 0 : (double) loansAndNpl[1] / loansAndNpl[0];
    }

    private static boolean isQuarter(String period) {
        return period.contains("-Q");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(Map<String, Object> doc) {
        return (Map<String, Object>) doc.get("header");
    }

    /** Sums of report sections: amounts added, objects merged by key, list lines merged by their first field (the line's key). */
    static final class Sums {

        private Sums() {
        }

        @SuppressWarnings("unchecked")
        static Object of(List<Object> parts) {
            List<Object> present = parts.stream().filter(p -> p != null).toList();
            if (present.isEmpty()) {
                return null;
            }
            Object first = present.get(0);
            if (first instanceof BigDecimal) {
                return present.stream().map(p -> (BigDecimal) p).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
            }
            if (first instanceof Map<?, ?>) {
                Map<String, List<Object>> byKey = new LinkedHashMap<>();
                present.forEach(p -> ((Map<String, Object>) p).forEach((k, v) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
                Map<String, Object> out = new LinkedHashMap<>();
                byKey.forEach((k, v) -> out.put(k, of(v)));
                return out;
            }
            if (first instanceof List<?>) {
                Map<Object, List<Object>> lines = new LinkedHashMap<>();
                for (Object p : present) {
                    for (Object line : (List<Object>) p) {
                        Object key = ((Map<String, Object>) line).values().iterator().next();
                        lines.computeIfAbsent(key, x -> new ArrayList<>()).add(line);
                    }
                }
                List<Object> out = new ArrayList<>();
                lines.values().forEach(group -> out.add(of(group)));
                return out;
            }
            return first;
        }
    }

    /** A correction of one report: part of a client's performing loans moved to substandard, every breakdown with it. */
    static final class Reclassification {

        private Reclassification() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> apply(Map<String, Object> report, double fraction) {
            Map<String, Object> doc = (Map<String, Object>) copy(report);
            Map<String, Object> loans = (Map<String, Object>) doc.get("loans");
            List<Map<String, Object>> clients = (List<Map<String, Object>>) loans.get("clients");
            Map<String, Object> client = clients.stream().max(Comparator.comparing(Reclassification::performing)).orElseThrow();
            BigDecimal moved = performing(client).multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.DOWN);
            Map<String, Object> grades = (Map<String, Object>) loans.get("grades");
            if (((BigDecimal) grades.get("pass")).compareTo(moved) < 0) {
                throw new IllegalStateException("not enough pass loans to reclassify " + moved);
            }
            add(grades, "pass", moved.negate());
            add(grades, "substandard", moved);
            add(client, "nplBalance", moved);
            add((Map<String, Object>) loans.get("movements"), "newNpl", moved);
            List<Map<String, Object>> causes = (List<Map<String, Object>>) loans.get("newNplCauses");
            Map<String, Object> cause = causes.stream().filter(c -> "POOR_MANAGEMENT_OR_BANKRUPTCY".equals(c.get("cause"))).findFirst()
                    .orElseGet(() -> {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("cause", "POOR_MANAGEMENT_OR_BANKRUPTCY");
                        line.put("amount", BigDecimal.ZERO.setScale(2));
                        causes.add(0, line);
                        return line;
                    });
            add(cause, "amount", moved);
            spread((List<Map<String, Object>>) loans.get("byIndustry"), "total", moved);
            spread((List<Map<String, Object>>) loans.get("byRegion"), "total", moved);
            spread((List<Map<String, Object>>) loans.get("vintages"), "balance", moved);
            return doc;
        }

        private static BigDecimal performing(Map<String, Object> client) {
            return ((BigDecimal) client.get("loanBalance")).subtract((BigDecimal) client.get("nplBalance"));
        }

        /** Adds the amount to the NPL of the lines with the most performing room first, never above a line's total. */
        private static void spread(List<Map<String, Object>> lines, String totalKey, BigDecimal amount) {
            if (lines == null) {
                return;
            }
            BigDecimal left = amount;
            List<Map<String, Object>> byRoom = new ArrayList<>(lines);
            byRoom.sort(Comparator.comparing((Map<String, Object> l) -> room(l, totalKey)).reversed());
            for (Map<String, Object> line : byRoom) {
                BigDecimal take = left.min(room(line, totalKey));
                add(line, "npl", take);
                left = left.subtract(take);
                if (left.signum() == 0) {
                    return;
                }
            }
            throw new IllegalStateException("the lines have less performing room than " + amount);
        }

        private static BigDecimal room(Map<String, Object> line, String totalKey) {
            return ((BigDecimal) line.get(totalKey)).subtract((BigDecimal) line.get("npl"));
        }

        private static void add(Map<String, Object> m, String key, BigDecimal amount) {
            m.put(key, ((BigDecimal) m.get(key)).add(amount));
        }

        @SuppressWarnings("unchecked")
        private static Object copy(Object v) {
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, Object>) m).forEach((k, x) -> out.put(k, copy(x)));
                return out;
            }
            if (v instanceof List<?> l) {
                List<Object> out = new ArrayList<>();
                l.forEach(x -> out.add(copy(x)));
                return out;
            }
            return v;
        }
    }
}
