package cn.npa.datagen;

import cn.npa.common.credit.CreditCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated filings are deterministic, add up, carry valid credit codes and reconcile month after month. */
class FilingGeneratorTest {

    static final long SEED = 2004;
    static final List<InstitutionRow> REGISTER = RegisterGenerator.generate(SEED, RegisterScale.DEMO);

    static List<InstitutionRow> filers() {
        return REGISTER.stream().filter(r -> r.kind().startsWith("BANK") || r.kind().startsWith("BRANCH")
                || r.kind().equals("SUB_BRANCH")).filter(r -> !r.code().endsWith("-001") || r.code().startsWith("LC")).toList();
    }

    static InstitutionRow headOffice(String code) {
        return REGISTER.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameFilings() {
        InstitutionRow bank = headOffice("LC0001");
        assertEquals(FilingGenerator.monthly(bank, "2026-09", SEED), FilingGenerator.monthly(bank, "2026-09", SEED));
        assertEquals(FilingGenerator.quarterly(bank, "2026-Q3", SEED), FilingGenerator.quarterly(bank, "2026-Q3", SEED));
        assertNotEquals(FilingGenerator.monthly(bank, "2026-09", SEED), FilingGenerator.monthly(bank, "2026-09", SEED + 1));
        assertEquals(FilingGenerator.monthly(bank, "2026-09", SEED),
                FilingGenerator.history(bank, "2026-07", "2026-09", SEED).get(2));
    }

    @Test
    void everyBreakdownAddsUpToTheTotals() {
        for (InstitutionRow filer : filers()) {
            for (String period : List.of("2025-01", "2026-03", "2026-10")) {
                Doc.checkLoans(FilingGenerator.monthlyDocument(filer, period, SEED, Shape.forFiler(filer)), filer.code() + " " + period);
            }
            Map<String, Object> q = FilingGenerator.quarterlyDocument(filer, "2026-Q3", SEED, Shape.forFiler(filer));
            Doc.checkLoans(q, filer.code() + " 2026-Q3");
            Doc.checkQuarterSections(q, filer.code());
        }
    }

    @Test
    void aFullHeadOfficeReportCarries36Regions20IndustriesAnd30Clients() {
        Map<String, Object> doc = FilingGenerator.monthlyDocument(headOffice("RC0001"), "2026-10", SEED, Shape.FULL);
        Doc.checkLoans(doc, "full");
        assertEquals(36, Set.copyOf(Doc.list(doc, "loans.byRegion").stream().map(l -> l.get("regionCode")).toList()).size());
        assertEquals(20, Set.copyOf(Doc.list(doc, "loans.byIndustry").stream().map(l -> l.get("industry")).toList()).size());
        assertEquals(30, Doc.list(doc, "loans.clients").size());
    }

    @Test
    void clientIdsAreValidUnifiedSocialCreditCodes() {
        Set<String> pool = new HashSet<>();
        for (int i = 0; i < ClientPool.SIZE; i++) {
            String id = ClientPool.client(SEED, i).id();
            assertTrue(CreditCodes.isValid(id), id);
            assertTrue(pool.add(id), "duplicate " + id);
        }
        assertTrue(CreditCodes.isValid("91440300MA5F00001A"), "the documented example");
        assertTrue(!CreditCodes.isValid("91440300MA5F00001B"));
    }

    @Test
    void thirteenMonthsReconcileFlowByFlow() {
        for (InstitutionRow filer : filers()) {
            List<String> months = FilingGenerator.history(filer, "2025-10", "2026-10", SEED);
            assertEquals(13, months.size());
            Doc.assertReconciles(filer, "2025-10", "2026-10", SEED);
        }
    }

    @Test
    void sizesFollowThePeerGroupAndOneOrTwoDemoBanksDeteriorate() {
        BigDecimal large = Doc.totalLoans(FilingGenerator.monthlyDocument(headOffice("LC0001"), "2026-10", SEED, Shape.FULL));
        BigDecimal rural = Doc.totalLoans(FilingGenerator.monthlyDocument(headOffice("RC0001"), "2026-10", SEED, Shape.FULL));
        assertTrue(large.compareTo(new BigDecimal("1e12")) > 0, large.toPlainString());
        assertTrue(rural.compareTo(new BigDecimal("1e9")) > 0 && rural.compareTo(new BigDecimal("1e11")) < 0, rural.toPlainString());
        long stressed = REGISTER.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE"))
                .filter(r -> FilingGenerator.deteriorates(r, SEED)).count();
        assertTrue(stressed >= 1 && stressed <= 2, stressed + " deteriorating banks");
    }
}
