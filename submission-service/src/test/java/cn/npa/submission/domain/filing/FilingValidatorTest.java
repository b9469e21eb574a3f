package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.FilingFixtures.dec;
import static cn.npa.submission.domain.filing.FilingReaderTest.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.problem.FieldError;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FilingValidator: sums (V2, V3), limits (V4), credit codes (V6), client coverage (V7) and the V5/V8 hook. */
class FilingValidatorTest {

    @Test
    void acceptsConsistentQuarterly() {
        assertEquals(List.of(), check(FilingFixtures.quarterly()));
    }

    @Test
    void rejectsGradesNotSummingToStatedTotal_V2() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").put("totalLoans", dec("10000.01"));
        assertEquals(List.of("V2 $.loans.totalLoans"), keys(check(doc)));
    }

    @Test
    void acceptsStatedTotalEqualByValue_V2() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").put("totalLoans", dec("10000"));
        assertEquals(List.of(), check(doc));
    }

    @Test
    void rejectsIndustryNplNotSummingToNpl_V3() {
        ObjectNode doc = FilingFixtures.quarterly();
        line(doc, "byIndustry", 0).put("npl", dec("599.99"));
        List<FieldError> errors = check(doc);
        assertEquals(List.of("V3 $.loans.byIndustry"), keys(errors));
        assertTrue(errors.get(0).message().contains("999.99"), errors.get(0).message());
    }

    @Test
    void rejectsCausesNotSummingToNewNpl_V3() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").with("movements").put("newNpl", dec("151.00")).put("otherReduction", dec("6.00"));
        line(doc.with("loans").with("movements"), "byDisposalMethod", 3).put("amount", dec("6.00"));
        assertEquals(List.of("V3 $.loans.newNplCauses"), keys(check(doc)));
    }

    @Test
    void rejectsWriteOffMethodDifferentFromWrittenOff_V3() {
        ObjectNode doc = FilingFixtures.quarterly();
        ObjectNode movements = doc.with("loans").with("movements");
        line(movements, "byDisposalMethod", 0).put("amount", dec("20.00"));
        line(movements, "byDisposalMethod", 1).put("amount", dec("60.00"));
        assertEquals(List.of("V3 $.loans.movements.byDisposalMethod"), keys(check(doc)));
    }

    @Test
    void aWriteOffLineWithoutAUsableAmountIsOneFindingNotACrash_V1_V3() {
        // The unknown amount is reported once by the reader; the V3 write-off comparison must skip it, not throw.
        ObjectNode doc = FilingFixtures.quarterly();
        ObjectNode writeOff = line(doc.with("loans").with("movements"), "byDisposalMethod", 0);
        writeOff.put("amount", "30.00");
        assertEquals(List.of("V1 $.loans.movements.byDisposalMethod[0].amount"), keys(check(doc)));
        writeOff.remove("amount");
        assertEquals(List.of("V7 $.loans.movements.byDisposalMethod[0].amount"), keys(check(doc)));
    }

    @Test
    void anEmptyDisposalBreakdownIsNotStated_V3() {
        // Generated clients send an unset optional list as []: it means "not broken down", not "the methods add up to 0".
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").with("movements").putArray("byDisposalMethod");
        assertEquals(List.of(), check(doc));
    }

    @Test
    void anEmptyRegionBreakdownOfABranchIsNotStated_V3() {
        ObjectNode doc = FilingFixtures.document("BRANCH_MONTHLY_NPL", "2026-09");
        doc.set("loans", FilingFixtures.loans());
        doc.with("loans").putArray("byRegion");
        assertEquals(List.of(), check(doc));
    }

    @Test
    void aHeadOfficeStillStatesItsRegions_V3() {
        // byRegion is required of a head office: an empty list is stated, and adds up to 0 against its loans.
        ObjectNode doc = FilingFixtures.monthly();
        doc.with("loans").putArray("byRegion");
        assertEquals(List.of("V3 $.loans.byRegion", "V3 $.loans.byRegion"), keys(check(doc)));
    }

    @Test
    void acceptsAbsentDisposalBreakdown_V3() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").with("movements").remove("byDisposalMethod");
        assertEquals(List.of(), check(doc));
    }

    @Test
    void rejectsObsLinesNotSummingToTotals_V3() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("offBalanceSheet").with("totals").put("advances", dec("51.00"));
        assertEquals(List.of("V3 $.offBalanceSheet.byBusinessType"), keys(check(doc)));
        doc.with("offBalanceSheet").remove("totals");
        assertEquals(List.of(), check(doc));
    }

    @Test
    void rejectsClientNplAboveLoans_V4() {
        ObjectNode doc = FilingFixtures.quarterly();
        line(doc, "clients", 2).put("loanBalance", dec("89.99"));
        assertEquals(List.of("V4 $.loans.clients[2].nplBalance"), keys(check(doc)));
    }

    @Test
    void rejectsEstimatedLossAboveNpa_V4() {
        ObjectNode doc = FilingFixtures.quarterly();
        ObjectNode receivables = (ObjectNode) doc.with("nonCredit").withArray("byCategory").get(0);
        receivables.put("estimatedLoss", dec("380.00")).put("npa", dec("300.00"));
        doc.with("nonCredit").with("total").put("estimatedLoss", dec("400.00"));
        assertEquals(List.of("V4 $.nonCredit.byCategory[0].estimatedLoss"), keys(check(doc)));
    }

    @Test
    void rejectsBadCreditCode_V6() {
        ObjectNode doc = FilingFixtures.quarterly();
        line(doc, "clients", 4).put("clientId", "91350100M000100Y44");
        List<FieldError> errors = check(doc);
        assertEquals(List.of("V6 $.loans.clients[4].clientId"), keys(errors));
        assertTrue(errors.get(0).message().contains("should be '3'"));
    }

    @Test
    void rejectsTooFewClientsWhenTheyDoNotCoverTheLoans_V7() {
        ObjectNode doc = FilingFixtures.quarterly();
        ArrayNode clients = doc.with("loans").withArray("clients");
        while (clients.size() > 9) {
            clients.remove(clients.size() - 1);
        }
        assertEquals(List.of("V7 $.loans.clients", "V7 $.loans.clients"), keys(check(doc)));
    }

    @Test
    void acceptsFewClientsWhenTheyAreAllTheBorrowers_V7() {
        ObjectNode doc = FilingFixtures.quarterly();
        ArrayNode clients = doc.with("loans").withArray("clients");
        clients.removeAll();
        clients.addObject().put("clientId", FilingFixtures.uscc(1)).put("name", "Only borrower")
                .put("loanBalance", dec("10000.00")).put("nplBalance", dec("1000.00"));
        assertEquals(List.of(), check(doc));
    }

    @Test
    void rejectsListedClientsAboveTotals_V3() {
        ObjectNode doc = FilingFixtures.quarterly();
        line(doc, "clients", 0).put("loanBalance", dec("1900.01"));
        assertEquals(List.of("V3 $.loans.clients"), keys(check(doc)));
    }

    @Test
    void asksTheFilerCheckOnlyForCompleteHeaders_V5_V8() {
        List<FilingHeader> asked = new ArrayList<>();
        FilerCheck filer = h -> {
            asked.add(h);
            return List.of(new FieldError("V8", "$.header.institutionCode", "you may not file for " + h.institutionCode()));
        };
        assertEquals(List.of("V8 $.header.institutionCode"),
                keys(FilingValidator.readAndValidate(FilingFixtures.quarterly(), filer).errors()));
        ObjectNode badPeriod = FilingFixtures.quarterly();
        badPeriod.with("header").put("period", "2026-13");
        assertEquals(List.of("V7 $.header.period"), keys(FilingValidator.readAndValidate(badPeriod, filer).errors()));
        assertEquals(1, asked.size());
    }

    @Test
    void rejectsVintageAfterThePeriod_V7() {
        ObjectNode doc = FilingFixtures.quarterly();
        line(doc, "vintages", 1).put("year", 2027);
        assertEquals(List.of("V7 $.loans.vintages[1].year"), keys(check(doc)));
    }

    static ObjectNode line(ObjectNode parentOrDoc, String array, int index) {
        ObjectNode parent = parentOrDoc.has("loans") ? parentOrDoc.with("loans") : parentOrDoc;
        return (ObjectNode) parent.withArray(array).get(index);
    }

    private static List<FieldError> check(ObjectNode doc) {
        return FilingValidator.readAndValidate(doc, FilerCheck.NONE).errors();
    }
}
