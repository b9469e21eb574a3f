package cn.npa.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Banks that report from their outlets up: parents are the exact sums of their children, and everything reconciles. */
class BankTreeFilingsTest {

    static final long SEED = FilingGeneratorTest.SEED;
    static final List<InstitutionRow> REGISTER = FilingGeneratorTest.REGISTER;

    @Test
    void everyParentReportsTheExactSumOfItsChildren() {
        BankTreeFilings bank = BankTreeFilings.of(REGISTER, "JS0002", SEED);
        assertEquals(1 + 3 * 7, bank.units().size(), "head office, three grade-one branches of seven units each");
        for (String period : List.of("2026-09", "2026-Q3")) {
            Map<String, Map<String, Object>> reports = bank.reports(period);
            assertEquals(bank.units().size(), reports.size());
            for (InstitutionRow unit : bank.units()) {
                Map<String, Object> doc = reports.get(unit.code());
                String what = unit.code() + " " + period;
                Doc.checkLoans(doc, what);
                String type = (String) Doc.map(doc, "header").get("reportType");
                assertEquals((unit.kind().equals("BANK_HEAD_OFFICE") ? "BANK_" : "BRANCH_") + (period.contains("Q") ? "QUARTERLY_NPA" : "MONTHLY_NPL"),
                        type, what);
                if (period.contains("Q")) {
                    Doc.checkQuarterSections(doc, what);
                }
                List<Map<String, Object>> kids = REGISTER.stream().filter(r -> unit.code().equals(r.parentCode()))
                        .map(r -> reports.get(r.code())).toList();
                assertEquals(kids.isEmpty(), bank.isLeaf(unit.code()), what);
                if (kids.isEmpty()) {
                    continue;
                }
                assertSum(kids, doc, d -> Doc.totalLoans(d), what + " total loans");
                assertSum(kids, doc, Doc::npl, what + " NPL");
                assertSum(kids, doc, d -> Doc.amount(Doc.map(d, "loans.movements"), "newNpl"), what + " new NPL");
                assertSum(kids, doc, d -> Doc.amount(Doc.list(d, "loans.byIndustry").get(0), "npl"), what + " industry C");
                if (period.contains("Q")) {
                    assertSum(kids, doc, d -> Doc.amount(Doc.map(d, "nonCredit.total"), "npa"), what + " non-credit NPA");
                    assertSum(kids, doc, d -> Doc.amount(Doc.map(d, "offBalanceSheet.totals"), "outstanding"), what + " OBS");
                }
            }
        }
    }

    @Test
    void monthsAndQuartersReconcileAtEveryLevel() {
        BankTreeFilings bank = BankTreeFilings.of(REGISTER, "CC0001", SEED);
        Map<String, Map<String, Object>> previous = null;
        for (YearMonth m = YearMonth.parse("2025-10"); !m.isAfter(YearMonth.parse("2026-10")); m = m.plusMonths(1)) {
            Map<String, Map<String, Object>> reports = bank.reports(m.toString());
            for (InstitutionRow unit : bank.units()) {
                if (previous != null) {
                    Doc.assertFollows(previous.get(unit.code()), reports.get(unit.code()), unit.code() + " " + m);
                }
                if (m.getMonthValue() % 3 == 0) {
                    Map<String, Object> q = bank.reports(m.getYear() + "-Q" + m.getMonthValue() / 3).get(unit.code());
                    assertEquals(0, Doc.totalLoans(q).compareTo(Doc.totalLoans(reports.get(unit.code()))), unit.code() + " Q6");
                    assertEquals(0, Doc.npl(q).compareTo(Doc.npl(reports.get(unit.code()))), unit.code() + " Q6");
                }
            }
            previous = reports;
        }
    }

    @Test
    void theOutletsOfEveryBankAddUpToAboutItsHeadOffice() {
        for (InstitutionRow ho : REGISTER.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).toList()) {
            BigDecimal outlets = Doc.totalLoans(BankTreeFilings.of(REGISTER, ho.code(), SEED).reports("2026-10").get(ho.code()));
            BigDecimal own = Doc.totalLoans(FilingGenerator.monthlyDocument(ho, "2026-10", SEED, Shape.forFiler(ho)));
            double ratio = outlets.doubleValue() / own.doubleValue();
            assertTrue(ratio > 0.6 && ratio < 1.4, ho.code() + ": outlets " + outlets + " vs head office " + own);
        }
        Map<String, Map<String, Object>> lc = BankTreeFilings.of(REGISTER, "LC0001", SEED).reports("2026-10");
        assertTrue(Doc.totalLoans(lc.get("LC0001-440000-01-001")).compareTo(Doc.totalLoans(lc.get("LC0001-440000-01"))) < 0);
        assertTrue(Doc.totalLoans(lc.get("LC0001-440000-01")).compareTo(Doc.totalLoans(lc.get("LC0001-440000"))) < 0);
    }

    @Test
    void anAmendmentMovesTheOutletAndEveryUnitAboveItByTheSameAmount() {
        BankTreeFilings bank = BankTreeFilings.of(REGISTER, "JS0002", SEED);
        String leaf = "JS0002-440000-01-001";
        for (String period : List.of("2026-10", "2026-Q3")) {
            Map<String, Map<String, Object>> before = bank.reports(period);
            Map<String, Map<String, Object>> after = bank.amended(period, leaf, 0.4, "Loans of one client were misclassified");
            assertEquals(List.of(leaf, "JS0002-440000-01", "JS0002-440000", "JS0002"), List.copyOf(after.keySet()));
            BigDecimal moved = Doc.npl(after.get(leaf)).subtract(Doc.npl(before.get(leaf)));
            assertTrue(moved.signum() > 0, "NPL rises");
            for (Map.Entry<String, Map<String, Object>> e : after.entrySet()) {
                Map<String, Object> doc = e.getValue();
                String what = e.getKey() + " " + period + " amended";
                Doc.checkLoans(doc, what);
                if (period.contains("Q")) {
                    Doc.checkQuarterSections(doc, what);
                }
                assertEquals("Loans of one client were misclassified", Doc.map(doc, "header").get("amendmentReason"));
                assertEquals(0, Doc.totalLoans(doc).compareTo(Doc.totalLoans(before.get(e.getKey()))), what + " loans unchanged");
                assertEquals(0, Doc.npl(doc).subtract(Doc.npl(before.get(e.getKey()))).compareTo(moved), what + " NPL moved");
            }
        }
        Map<String, Object> september = bank.reports("2026-09").get(leaf);
        Doc.assertFollows(september, bank.amended("2026-10", leaf, 0.4, "r").get(leaf), "the amended month still follows the last");
        assertThrows(IllegalArgumentException.class, () -> bank.amended("2026-10", "JS0002-440000-01", 0.4, "r"));
    }

    private static void assertSum(List<Map<String, Object>> children, Map<String, Object> parent,
                                  Function<Map<String, Object>, BigDecimal> figure, String what) {
        BigDecimal sum = children.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(figure.apply(parent)), what + ": children " + sum + ", parent " + figure.apply(parent));
    }
}
