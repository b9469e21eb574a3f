package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.FilingFixtures.MAPPER;
import static cn.npa.submission.domain.filing.FilingFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.problem.FieldError;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FilingReader: the model it builds, V1 amount problems and V7 structure problems. */
class FilingReaderTest {

    @Test
    void readsQuarterlyIntoModel() {
        Filing f = FilingFixtures.read(FilingFixtures.quarterly());
        assertEquals("BANK_QUARTERLY_NPA", f.header().reportType());
        assertEquals(0, f.loans().npl().compareTo(dec("1000")));
        assertEquals(2, f.loans().byIndustry().size());
        assertEquals(4, f.loans().movements().byDisposalMethod().size());
        assertEquals(NonCreditCategory.RECEIVABLES, f.nonCredit().byCategory().get(0).category());
        assertEquals(ObsBusinessType.BANK_ACCEPTANCE, f.offBalanceSheet().byBusinessType().get(0).businessType());
        assertEquals(0, f.narrative().trendProjection().projectedNplRatio().compareTo(dec("0.105")));
        assertNull(f.narrative().evaluation());
    }

    @Test
    void acceptsMonthlyAndBureauFixtures_V7() {
        assertNotNull(FilingFixtures.read(FilingFixtures.monthly()).loans());
        Filing bureau = FilingFixtures.read(FilingFixtures.bureauAssessment());
        assertNull(bureau.loans());
        assertNotNull(bureau.narrative().evaluation());
    }

    @Test
    void normalisesAmountsToTwoDecimals_V1() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").with("grades").put("pass", dec("8000.000")).put("specialMention", 1000);
        Filing f = FilingFixtures.read(doc);
        assertEquals(dec("8000.00"), f.loans().grades().pass());
        assertEquals(dec("1000.00"), f.loans().grades().specialMention());
    }

    @Test
    void rejectsThreeDecimals_V1() {
        assertOnly(grades("pass", "8000.001"), "V1", "$.loans.grades.pass");
    }

    @Test
    void rejectsNegativeAmount_V1() {
        assertOnly(grades("loss", "-0.01"), "V1", "$.loans.grades.loss");
    }

    @Test
    void acceptsLargestAmountBelowTenToTheSixteenth_V1() {
        ObjectNode doc = FilingFixtures.monthly();
        doc.with("loans").with("grades").put("pass", dec("9999999999999999.99"));
        ReadResult r = FilingReader.read(doc);
        assertTrue(r.errors().stream().noneMatch(e -> e.rule().equals("V1")), r.errors().toString());
    }

    @Test
    void rejectsTenToTheSixteenth_V1() {
        assertOnly(grades("pass", "10000000000000000"), "V1", "$.loans.grades.pass");
    }

    @Test
    void rejectsHugeExponentWithoutAllocating_V1() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertOnly(grades("pass", "1e999999999"), "V1", "$.loans.grades.pass");
            assertOnly(grades("pass", "1e-999999999"), "V1", "$.loans.grades.pass");
            List<FieldError> zero = FilingValidator.readAndValidate(grades("pass", "0e999999999"), FilerCheck.NONE).errors();
            assertTrue(zero.stream().noneMatch(e -> e.rule().equals("V1")), zero.toString());
        });
    }

    @Test
    void rejectsStringForNumber_V1() {
        ObjectNode doc = FilingFixtures.monthly();
        doc.with("loans").with("grades").put("pass", "8000.00");
        List<FieldError> errors = FilingReader.read(doc).errors();
        assertEquals(List.of("V1 $.loans.grades.pass"), keys(errors));
        assertTrue(errors.get(0).message().contains("without quotes"), errors.get(0).message());
    }

    @Test
    void reportsEveryProblemAtOnce_V1_V7() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.with("loans").with("grades").put("pass", "x").remove("loss");
        doc.with("nonCredit").put("disposedInPeriod", -5);
        doc.put("comment", "hi");
        assertEquals(List.of("V1 $.loans.grades.pass", "V7 $.loans.grades.loss", "V1 $.nonCredit.disposedInPeriod",
                "V7 $.comment"), keys(FilingReader.read(doc).errors()));
    }

    @Test
    void keepsFilingWhenInputIsBadSoAllChecksRun_V7() {
        ObjectNode doc = FilingFixtures.quarterly();
        doc.put("unexpected", 1);
        ReadResult r = FilingReader.read(doc);
        assertNotNull(r.filing());
        assertTrue(!r.ok());
    }

    @Test
    void rejectsNonObjectDocument_V7() {
        ReadResult r = FilingReader.read(MAPPER.createArrayNode());
        assertNull(r.filing());
        assertEquals(List.of("V7 $"), keys(r.errors()));
    }

    @Test
    void branchMonthlyNeedNotFileRegions_V7() {
        ObjectNode doc = FilingFixtures.document("BRANCH_MONTHLY_NPL", "2026-09");
        ObjectNode loans = FilingFixtures.loans();
        loans.remove("byRegion");
        doc.set("loans", loans);
        FilingFixtures.read(doc);
        ObjectNode bank = FilingFixtures.monthly();
        bank.with("loans").remove("byRegion");
        assertEquals(List.of("V7 $.loans.byRegion"), keys(FilingReader.read(bank).errors()));
    }

    /** Issue 16: an identifier with blank space around it was stripped for the index and stored padded; now it is V7 at its path. */
    @Test
    void paddedIdentifiersAreRefusedNotStripped_V7() {
        for (String[] c : new String[][] {
            {"/header", "period", " " + FilingFixtures.monthly().at("/header/period").asText()},
            {"/header", "institutionCode", FilingFixtures.monthly().at("/header/institutionCode").asText() + " "},
            {"/header", "reportType", FilingFixtures.monthly().at("/header/reportType").asText() + "\n"},
            {"/loans/byIndustry/0", "industry", "C\t"},
            {"/loans/byRegion/1", "regionCode", "\u3000440300"},
            {"/loans/clients/2", "clientId", FilingFixtures.monthly().at("/loans/clients/2/clientId").asText() + " "},
            {"/loans/clients/1", "groupId", " GRP-1"},
        }) {
            ObjectNode doc = FilingFixtures.monthly();
            ((ObjectNode) doc.at(c[0])).put(c[1], c[2]);
            String path = "$" + c[0].replace("/", ".").replaceAll("\\.(\\d+)", "[$1]") + "." + c[1];
            List<FieldError> errors = FilingReader.read(doc).errors();
            assertTrue(keys(errors).contains("V7 " + path), c[1] + ": " + errors);
        }
    }

    private static String grades(String field, String rawNumber) {
        String json = FilingFixtures.monthly().toString();
        return json.replaceFirst("\"" + field + "\":[0-9.]+", "\"" + field + "\":" + rawNumber);
    }

    private static void assertOnly(String json, String rule, String path) {
        List<FieldError> errors = FilingValidator.readAndValidate(json, FilerCheck.NONE).errors();
        assertEquals(rule == null ? List.of() : List.of(rule + " " + path), keys(errors));
    }

    static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(e -> e.rule() + " " + e.path()).toList();
    }
}
