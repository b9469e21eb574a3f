package cn.npa.datagen;

import cn.npa.common.credit.CreditCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads generated document trees in tests and checks the sums of the format's V2-V4 and V7 rules on them. */
final class Doc {

    private Doc() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> doc, String path) {
        Map<String, Object> at = doc;
        for (String part : path.split("\\.")) {
            at = (Map<String, Object>) at.get(part);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> doc, String path) {
        int dot = path.lastIndexOf('.');
        Map<String, Object> parent = dot < 0 ? doc : map(doc, path.substring(0, dot));
        return (List<Map<String, Object>>) parent.get(path.substring(dot + 1));
    }

    static BigDecimal amount(Map<String, Object> m, String key) {
        return (BigDecimal) m.get(key);
    }

    static BigDecimal sum(List<Map<String, Object>> lines, String key) {
        return lines.stream().map(l -> amount(l, key)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal totalLoans(Map<String, Object> doc) {
        return amount(map(doc, "loans"), "totalLoans");
    }

    static BigDecimal npl(Map<String, Object> doc) {
        Map<String, Object> g = map(doc, "loans.grades");
        return amount(g, "substandard").add(amount(g, "doubtful")).add(amount(g, "loss"));
    }

    static void checkLoans(Map<String, Object> doc, String what) {
        Map<String, Object> g = map(doc, "loans.grades");
        BigDecimal total = totalLoans(doc);
        BigDecimal npl = npl(doc);
        assertEquals(0, total.compareTo(npl.add(amount(g, "pass")).add(amount(g, "specialMention"))), what + " V2");
        for (String[] b : new String[][] {{"byIndustry", "total", "npl"}, {"byRegion", "total", "npl"}, {"vintages", "balance", "npl"}}) {
            List<Map<String, Object>> lines = list(doc, "loans." + b[0]);
            if (lines == null) {
                continue;
            }
            assertEquals(0, sum(lines, b[1]).compareTo(total), what + " " + b[0] + " totals");
            assertEquals(0, sum(lines, b[2]).compareTo(npl), what + " " + b[0] + " NPL");
            lines.forEach(l -> assertTrue(amount(l, b[2]).compareTo(amount(l, b[1])) <= 0, what + " " + l));
        }
        int year = Integer.parseInt(((String) map(doc, "header").get("period")).substring(0, 4));
        list(doc, "loans.vintages").forEach(v -> assertTrue((Integer) v.get("year") <= year, what + " vintage " + v));
        Map<String, Object> m = map(doc, "loans.movements");
        assertEquals(0, sum(list(doc, "loans.newNplCauses"), "amount").compareTo(amount(m, "newNpl")), what + " causes");
        BigDecimal disposals = amount(m, "cashCollected").add(amount(m, "writtenOff")).add(amount(m, "debtAssetSwap"))
                .add(amount(m, "otherReduction"));
        List<Map<String, Object>> methods = list(doc, "loans.movements.byDisposalMethod");
        assertEquals(0, sum(methods, "amount").compareTo(disposals), what + " disposal methods");
        BigDecimal writeOff = methods.stream().filter(l -> l.get("method").equals("WRITE_OFF")).map(l -> amount(l, "amount"))
                .findFirst().orElse(BigDecimal.ZERO);
        assertEquals(0, writeOff.compareTo(amount(m, "writtenOff")), what + " WRITE_OFF");
        List<Map<String, Object>> clients = list(doc, "loans.clients");
        assertTrue(clients.size() >= 10, what + " clients");
        assertTrue(clients.stream().filter(c -> amount(c, "nplBalance").signum() > 0).count() >= 10, what + " NPL clients");
        clients.forEach(c -> assertTrue(CreditCodes.isValid((String) c.get("clientId")) && amount(c, "nplBalance").compareTo(amount(c, "loanBalance")) <= 0));
        assertTrue(sum(clients, "loanBalance").compareTo(total) <= 0 && sum(clients, "nplBalance").compareTo(npl) <= 0, what);
    }

    static void checkQuarterSections(Map<String, Object> doc, String what) {
        Map<String, Object> t = map(doc, "nonCredit.total");
        List<Map<String, Object>> cats = list(doc, "nonCredit.byCategory");
        for (String k : List.of("assets", "npa", "estimatedLoss")) {
            assertEquals(0, sum(cats, k).compareTo(amount(t, k)), what + " nonCredit " + k);
        }
        cats.forEach(c -> assertTrue(amount(c, "npa").compareTo(amount(c, "assets")) <= 0
                && amount(c, "estimatedLoss").compareTo(amount(c, "npa")) <= 0, what + " " + c));
        Map<String, Object> totals = map(doc, "offBalanceSheet.totals");
        for (String k : List.of("outstanding", "advances", "newAdvances")) {
            assertEquals(0, sum(list(doc, "offBalanceSheet.byBusinessType"), k).compareTo(amount(totals, k)), what + " OBS " + k);
        }
        assertTrue(map(doc, "narrative").get("causeAnalysis") instanceof String);
    }

    /** Q2 and Q5 to the fen, Q1 and Q3 under their thresholds, month by month and quarter by quarter. */
    static void assertReconciles(InstitutionRow filer, String from, String to, long seed) {
        Shape shape = Shape.forFiler(filer);
        Map<String, Object> previous = null;
        for (java.time.YearMonth m = java.time.YearMonth.parse(from); !m.isAfter(java.time.YearMonth.parse(to)); m = m.plusMonths(1)) {
            Map<String, Object> doc = FilingGenerator.monthlyDocument(filer, m.toString(), seed, shape);
            if (previous != null) {
                assertFollows(previous, doc, filer.code() + " " + m);
            }
            if (m.getMonthValue() % 3 == 0) {
                String quarter = m.getYear() + "-Q" + m.getMonthValue() / 3;
                Map<String, Object> q = FilingGenerator.quarterlyDocument(filer, quarter, seed, shape);
                assertEquals(0, totalLoans(q).compareTo(totalLoans(doc)), quarter + " Q6");
                assertEquals(0, npl(q).compareTo(npl(doc)), quarter + " Q6");
                String before = m.minusMonths(3).getYear() + "-Q" + m.minusMonths(3).getMonthValue() / 3;
                assertFollows(FilingGenerator.quarterlyDocument(filer, before, seed, shape), q, filer.code() + " " + quarter);
            }
            previous = doc;
        }
    }

    static void assertFollows(Map<String, Object> before, Map<String, Object> after, String what) {
        Map<String, Object> mv = map(after, "loans.movements");
        Function<String, BigDecimal> a = k -> amount(mv, k);
        BigDecimal expected = npl(before).add(a.apply("newNpl")).subtract(a.apply("cashCollected")).subtract(a.apply("writtenOff"))
                .subtract(a.apply("debtAssetSwap")).subtract(a.apply("upgraded")).subtract(a.apply("otherReduction"));
        assertEquals(0, expected.compareTo(npl(after)), what + " Q2");
        assertEquals(0, a.apply("openingNpl").compareTo(npl(before)), what + " Q5");
        BigDecimal move = npl(after).multiply(totalLoans(before)).subtract(npl(before).multiply(totalLoans(after))).abs();
        assertTrue(move.compareTo(new BigDecimal("0.02").multiply(totalLoans(before)).multiply(totalLoans(after))) <= 0, what + " Q1");
        BigDecimal growth = totalLoans(after).subtract(totalLoans(before)).abs();
        assertTrue(growth.compareTo(totalLoans(before).multiply(new BigDecimal("0.30"))) <= 0, what + " Q3");
    }
}
