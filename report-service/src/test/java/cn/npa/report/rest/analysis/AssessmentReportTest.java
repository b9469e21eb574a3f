package cn.npa.report.rest.analysis;

import static cn.npa.report.rest.analysis.ReportResourceTest.assertAmount;
import static cn.npa.report.rest.analysis.ReportResourceTest.get;
import static cn.npa.report.rest.analysis.ReportResourceTest.json;
import static cn.npa.report.rest.rollup.SmallRegister.BJ;
import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.CBRC;
import static cn.npa.report.rest.rollup.SmallRegister.GD;
import static cn.npa.report.rest.rollup.SmallRegister.GZ1;
import static cn.npa.report.rest.rollup.SmallRegister.LA;
import static cn.npa.report.rest.rollup.SmallRegister.LA_BJ;
import static cn.npa.report.rest.rollup.SmallRegister.LA_GD;
import static cn.npa.report.rest.rollup.SmallRegister.SZ;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static cn.npa.report.rest.rollup.SmallRegister.SZ2;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.rest.rollup.RollupResourceTest;
import cn.npa.report.rest.rollup.SmallRegister;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A bureau's quarterly assessment report (Art. 12-14) on the small register: the indicator service's run read over
 * HTTP (played by {@link IndicatorAssessmentsFixture}), the quarter's filings, statuses, amendment and own filing.
 */
@QuarkusTest
class AssessmentReportTest {

    private static final String BRANCH = "BRANCH_QUARTERLY_NPA";
    private static final String BANK = "BANK_QUARTERLY_NPA";
    private static final String KIND = "quarterly-assessment";
    private static final List<String> HEADINGS = List.of("不良资产监测评估报告", "一、各机构指标、排名与进步度", "二、同业统计",
            "三、重点机构和重点客户", "四、迟报和漏报机构", "五、重大调整", "六、监管机构分析与评价", "数据来源");

    @AfterEach
    void indicatorServiceUp() {
        IndicatorAssessmentsFixture.status = 200;
    }

    @Test
    @DisplayName("R4, R6, Art. 12-14: every section of a bureau's assessment is filled from the run, filings and statuses; the run is named")
    void r4EverySectionOfABureausAssessment() {
        String period = "2063-Q3";
        prepare(period);
        IndicatorAssessmentsFixture.AUTHORIZATIONS.clear();
        Response r = get(TestTokens.bureau(GD), GD, period, KIND);
        JsonPath doc = json(r.asString());
        assertEquals("QUARTERLY_ASSESSMENT", doc.getString("kind"));
        assertEquals("npa-assessment/1", doc.getString("schema"));
        // R6: the latest PUBLISHED run of the bureau (11), not its newer computed run (12) nor the national run (10)
        assertEquals(11, doc.getInt("inputs.run.id"));
        assertEquals("PUBLISHED", doc.getString("inputs.run.status"));
        assertEquals("fp-gd-11", doc.getString("inputs.run.fingerprint"));
        assertTrue(doc.getString("inputs.run.choice").startsWith("the latest PUBLISHED run of BUR-440000"), doc.getString("inputs.run.choice"));
        // called with the report service's own service token (the fixture admits the service role only)
        assertFalse(IndicatorAssessmentsFixture.AUTHORIZATIONS.isEmpty());
        assertTrue(IndicatorAssessmentsFixture.AUTHORIZATIONS.stream().allMatch(a -> a != null && a.startsWith("Bearer ")));

        // (1) the bureau's maximal nodes only: its grade-one branch and its local bank (not LA0001-BJ nor the head office LA0001)
        assertEquals(List.of(CB, LA_GD), doc.getList("banks.code"));
        assertEquals("Large Bank A Guangdong Branch", doc.getString("banks[1].name"));
        // I1 of LA0001-GD: first reported (10 + 10) / 2,000 = 1%; restated after SZ1's amendment (30 + 10) / 2,000 = 2%
        assertAmount("1", doc.get("banks[1].bases.find { it.basis == 'AS_FIRST_REPORTED' }.indicators.find { it.formula == 'I1' }.value"));
        assertAmount("2", doc.get("banks[1].bases.find { it.basis == 'RESTATED' }.indicators.find { it.formula == 'I1' }.value"));
        assertEquals("NO_PREVIOUS_PERIOD", doc.getString("banks[1].bases[1].indicators.find { it.formula == 'I4' }.reason"));
        assertEquals(1, doc.getInt("banks[1].bases[1].ranks[0].rank"));
        assertEquals(2, doc.getInt("banks[1].bases[1].ranks[0].rankedCount"));
        assertAmount("80.5", doc.get("banks[1].bases[1].progress[0].composite"));
        assertEquals(List.of("K1", "K4"), doc.getList("banks[1].keyRules"));
        assertAmount("1", doc.get("banks[0].bases[1].indicators.find { it.formula == 'I1' }.value"));
        // (2) the peer groups of the banks at their levels only (JOINT_STOCK has no bank of the bureau here)
        assertEquals("BANK_HEAD_OFFICE, BRANCH_GRADE_ONE", doc.getString("level"));
        assertEquals(List.of("CITY_COMMERCIAL", "LARGE_COMMERCIAL"), doc.getList("peerStatistics.peerGroup"));
        assertAmount("1.8", doc.get("peerStatistics[1].median"));
        assertEquals(List.of("FEWER_THAN_10_MEMBERS"), doc.getList("peerStatistics[1].warnings"));
        // (3) key institutions and clients with the rules that put them there
        assertEquals(LA_GD, doc.getString("keyInstitutions[0].code"));
        assertEquals("Large Bank A Guangdong Branch", doc.getString("keyInstitutions[0].name"));
        assertEquals(List.of("K1", "K4"), doc.getList("keyInstitutions[0].rules"));
        assertEquals("rank 1 of 2 by I1 LOAN", doc.getString("keyInstitutions[0].reasons[0].note"));
        assertEquals("C-" + SZ1, doc.getString("keyClients[0].code"));
        assertEquals(List.of("K5"), doc.getList("keyClients[0].rules"));

        // (4) Art. 20, 23: SZ2 filed 3 days late; GZ1 has not filed and is overdue
        assertEquals(SZ2, doc.getString("filers.late[0].institutionCode"));
        assertEquals("SUBMITTED_LATE", doc.getString("filers.late[0].status"));
        assertEquals(3, doc.getInt("filers.late[0].daysLate"));
        assertEquals("2063-10-30", doc.getString("filers.late[0].dueDate"));
        assertEquals(1, doc.getInt("filers.lateCount"));
        assertEquals(GZ1, doc.getString("filers.missing[0].institutionCode"));
        assertEquals("OVERDUE", doc.getString("filers.missing[0].status"));
        assertEquals(9, doc.getInt("filers.missing[0].daysLate"));
        assertEquals(1, doc.getInt("filers.missingCount"));
        // R1: provisional on the first line, with the coverage
        assertTrue(r.asString().startsWith("{\"notice\":\"PROVISIONAL: 3 of 4 expected filing units have filed"), r.asString());
        assertTrue(doc.getString("notice").endsWith("missing: LA0001-GD-GZ1 (SUB_BRANCH, OVERDUE)."), doc.getString("notice"));
        assertTrue(doc.getBoolean("provisional"));

        // (5) §5, Art. 17: SZ1's version 2 moved NPL from 10 to 30, with the reason it was filed with; both versions in the inputs
        assertEquals(SZ1, doc.getString("majorAdjustments[0].adjustment.institutionCode"));
        assertAmount("10.00", doc.get("majorAdjustments[0].adjustment.before"));
        assertAmount("30.00", doc.get("majorAdjustments[0].adjustment.after"));
        assertEquals("Loans of a failed exporter reclassified", doc.getString("majorAdjustments[0].explanation"));
        assertEquals(List.of(period + "/" + SZ1 + "#v1", period + "/" + SZ1), doc.getList("majorAdjustments[0].adjustment.trace"));
        assertTrue(doc.getList("inputs.versions.ref").containsAll(List.of(period + "/" + SZ1 + "#v1", period + "/" + SZ1,
                period + "/" + SZ2, period + "/" + CB, period + "/" + GD)));

        // (6) the bureau's own narrative and evaluation from its BUREAU_QUARTERLY_ASSESSMENT filing
        assertTrue(doc.getBoolean("ownAssessment.filed"));
        assertEquals("Exporters failed in the delta", doc.getString("ownAssessment.analysis"));
        assertEquals("Watch acceptances closely", doc.getString("ownAssessment.evaluation"));
        assertEquals(period + "/" + GD, doc.getString("ownAssessment.ref"));
    }

    @Test
    @DisplayName("R6: the build is stored per inputs; a newly published run gives a new build naming it")
    void r6StoredPerInputsAndTheRunMoves() {
        String period = "2064-Q3";
        prepare(period);
        Response first = get(TestTokens.bureau(GD), GD, period, KIND);
        assertEquals(first.header("X-Report-Build"), get(TestTokens.bureau(GD), GD, period, KIND).header("X-Report-Build"));
        IndicatorAssessmentsFixture.BODIES.put("runs|" + period, IndicatorBodies.page(List.of(
                IndicatorBodies.run(13, period, GD, "PUBLISHED", "fp-gd-13"), IndicatorBodies.run(11, period, GD, "PUBLISHED", "fp-gd-11"))));
        Response second = get(TestTokens.bureau(GD), GD, period, KIND);
        assertNotEquals(first.header("X-Report-Build"), second.header("X-Report-Build"));
        JsonPath doc = json(second.asString());
        assertEquals(13, doc.getInt("inputs.run.id"));
        // run 13 has no assessments in the fixture: its sections are empty, not those of run 11
        assertEquals(List.of(), doc.getList("banks"));
    }

    @Test
    @DisplayName("R4: the PDF's extracted text carries the Chinese headings, the run, and the figures of the JSON; HTML has the notice first")
    void r4PdfAndHtml() throws IOException {
        String period = "2065-Q3";
        prepare(period);
        JsonPath doc = json(get(TestTokens.cbrc(), GD, period, KIND).asString());
        Response pdf = given().auth().oauth2(TestTokens.cbrc()).accept("application/pdf").queryParam("period", period).queryParam("kind", KIND)
                .get("/api/v1/reports/" + GD).andReturn();
        assertEquals(200, pdf.statusCode(), pdf.asString());
        String text;
        try (PDDocument pd = Loader.loadPDF(pdf.asByteArray())) {
            text = new PDFTextStripper().getText(pd).replaceAll("\\s+", "");
        }
        for (String h : HEADINGS) {
            assertTrue(text.contains(h), "missing heading " + h + " in " + text);
        }
        assertTrue(text.contains(doc.getString("notice").replaceAll("\\s+", "")), text);
        assertTrue(text.contains("fp-gd-11"), text);
        // I1 restated 2.00 and 1.00, progress 80.50, the adjustment 10.00 -> 30.00 with its reason, SZ2 three days late
        for (String figure : List.of("2.00", "1.00", "80.50", "10.00", "30.00", "Loansofafailedexporterreclassified", "SUBMITTED_LATE", "迟报天数")) {
            assertTrue(text.contains(figure), figure + " in " + text);
        }
        Response html = given().auth().oauth2(TestTokens.cbrc()).accept("text/html").queryParam("period", period).queryParam("kind", KIND)
                .get("/api/v1/reports/" + GD).andReturn();
        assertEquals(200, html.statusCode());
        String body = html.asString();
        assertTrue(body.indexOf("PROVISIONAL:") < body.indexOf("<h1>"), body);
        assertTrue(body.contains("四、迟报和漏报机构 (4) Late and missing filers"), body);
    }

    @Test
    @DisplayName("Security: a bank's node is a 400 naming kind, another bureau and a bank get 404; the CBRC without a run is told so")
    void scopeAndParameters() {
        String period = "2066-Q3";
        prepare(period);
        Response bankNode = given().auth().oauth2(TestTokens.bank(LA)).queryParam("period", period).queryParam("kind", KIND)
                .get("/api/v1/reports/" + LA_GD).andReturn();
        assertEquals(400, bankNode.statusCode(), bankNode.asString());
        assertEquals("kind", bankNode.jsonPath().getString("errors[0].path"));
        assertEquals(404, given().auth().oauth2(TestTokens.bureau(BJ)).queryParam("period", period).queryParam("kind", KIND)
                .get("/api/v1/reports/" + GD).statusCode());
        assertEquals(404, given().auth().oauth2(TestTokens.bank(LA)).queryParam("period", period).queryParam("kind", KIND)
                .get("/api/v1/reports/" + GD).statusCode());
        assertEquals(400, given().auth().oauth2(TestTokens.cbrc()).queryParam("period", "2066-09").queryParam("kind", KIND)
                .get("/api/v1/reports/" + GD).statusCode());
        // the national run (10) is the only one: the CBRC's report names it; it lists the head offices
        JsonPath national = json(get(TestTokens.cbrc(), CBRC, period, KIND).asString());
        assertEquals(10, national.getInt("inputs.run.id"));
        assertEquals(List.of(CB, LA), national.getList("banks.code"));
        // the Shenzhen sub-bureau has no run of its own: the bureau's published run serves, at the level of its sub-branches
        JsonPath sub = json(get(TestTokens.bureau(GD), SZ, period, KIND).asString());
        assertEquals(11, sub.getInt("inputs.run.id"));
        assertTrue(sub.getString("inputs.run.choice").endsWith("the nearest regulator above with a run"), sub.getString("inputs.run.choice"));
        assertEquals("SUB_BRANCH", sub.getString("level"));
        assertEquals(List.of(SZ1, SZ2), sub.getList("banks.code"));
        // no run at all for a quarter: the report says so and its indicator sections are empty
        String none = "2067-Q3";
        RollupResourceTest.register(none, SmallRegister.rows());
        JsonPath empty = json(get(TestTokens.cbrc(), CBRC, none, KIND).asString());
        assertTrue(empty.getString("notice").endsWith("No assessment run of 2067-Q3 yet: indicators, ranks and key lists are empty."),
                empty.getString("notice"));
        assertEquals(List.of(), empty.getList("banks"));
    }

    @Test
    @DisplayName("An indicator service that cannot be read is a 503 problem, and nothing is stored")
    void indicatorServiceDownIs503() {
        String period = "2068-Q3";
        prepare(period);
        IndicatorAssessmentsFixture.status = 500;
        Response r = given().auth().oauth2(TestTokens.bureau(GD)).queryParam("period", period).queryParam("kind", KIND)
                .get("/api/v1/reports/" + GD).andReturn();
        assertEquals(503, r.statusCode(), r.asString());
        assertEquals("application/problem+json", r.contentType());
        IndicatorAssessmentsFixture.status = 200;
        assertEquals(11, json(get(TestTokens.bureau(GD), GD, period, KIND).asString()).getInt("inputs.run.id"));
    }

    /** The small register, the quarter's filings and statuses, and the indicator service's answers for the quarter. */
    static void prepare(String period) {
        RollupResourceTest.register(period, SmallRegister.rows());
        Filings.send(List.of(
                Filings.loans(SZ1, BRANCH, period, "1000.00", "10.00").event("S-" + period + "-1", 1),
                Filings.loans(SZ1, BRANCH, period, "1000.00", "30.00").amendmentReason("Loans of a failed exporter reclassified")
                        .event("S-" + period + "-1", 2),
                Filings.loans(SZ2, BRANCH, period, "1000.00", "10.00").event("S-" + period + "-2", 1),
                Filings.loans(CB, BANK, period, "8000.00", "80.00").event("S-" + period + "-4", 1),
                Filings.words(GD, "BUREAU_QUARTERLY_ASSESSMENT", period, "Exporters failed in the delta", "Watch acceptances closely")
                        .event("S-" + period + "-GD", 1),
                obligation(SZ1, BRANCH, period, "SUBMITTED_ON_TIME", 0, 1),
                obligation(SZ2, BRANCH, period, "SUBMITTED_LATE", 3, 2),
                obligation(GZ1, BRANCH, period, "OVERDUE", 9, 3),
                obligation(CB, BANK, period, "SUBMITTED_ON_TIME", 0, 4)));
        var b = IndicatorAssessmentsFixture.BODIES;
        b.put("runs|" + period, IndicatorBodies.page(List.of(IndicatorBodies.run(12, period, GD, "COMPUTED", "fp-gd-12"),
                IndicatorBodies.run(11, period, GD, "PUBLISHED", "fp-gd-11"), IndicatorBodies.run(10, period, CBRC, "PUBLISHED", "fp-cbrc-10"))));
        b.put("assessments|" + period + "|11|BRANCH_GRADE_ONE", IndicatorBodies.page(List.of(
                IndicatorBodies.node(11, "PUBLISHED", period, GD, LA_GD, "BRANCH_GRADE_ONE", LA, GD, "LARGE_COMMERCIAL", "1", "2", 1, 2, "100", "80.5"),
                IndicatorBodies.node(11, "PUBLISHED", period, GD, LA_BJ, "BRANCH_GRADE_ONE", LA, BJ, "LARGE_COMMERCIAL", "1.6", "1.6", 2, 2, "0", "20"))));
        b.put("assessments|" + period + "|11|BANK_HEAD_OFFICE", IndicatorBodies.page(List.of(
                IndicatorBodies.node(11, "PUBLISHED", period, GD, CB, "BANK_HEAD_OFFICE", null, GD, "CITY_COMMERCIAL", "1", "1", 1, 1, "100", "100"),
                IndicatorBodies.node(11, "PUBLISHED", period, GD, LA, "BANK_HEAD_OFFICE", null, CBRC, "LARGE_COMMERCIAL", "1.2", "1.3", 1, 1, "100", "100"))));
        b.put("assessments|" + period + "|10|BANK_HEAD_OFFICE", IndicatorBodies.page(List.of(
                IndicatorBodies.node(10, "PUBLISHED", period, CBRC, CB, "BANK_HEAD_OFFICE", null, GD, "CITY_COMMERCIAL", "1", "1", 1, 1, "100", "100"),
                IndicatorBodies.node(10, "PUBLISHED", period, CBRC, LA, "BANK_HEAD_OFFICE", null, CBRC, "LARGE_COMMERCIAL", "1.2", "1.3", 1, 1, "100", "100"))));
        b.put("assessments|" + period + "|11|SUB_BRANCH", IndicatorBodies.page(List.of(
                IndicatorBodies.node(11, "PUBLISHED", period, GD, SZ1, "SUB_BRANCH", LA_GD, SZ, "LARGE_COMMERCIAL", "1", "3", 2, 3, "50", "60"),
                IndicatorBodies.node(11, "PUBLISHED", period, GD, SZ2, "SUB_BRANCH", LA_GD, SZ, "LARGE_COMMERCIAL", "1", "1", 1, 3, "100", "90"),
                IndicatorBodies.node(11, "PUBLISHED", period, GD, GZ1, "SUB_BRANCH", LA_GD, GD, "LARGE_COMMERCIAL", null, null, 3, 3, "0", "10"))));
        b.put("peers|" + period + "|11|BRANCH_GRADE_ONE", IndicatorBodies.page(List.of(
                IndicatorBodies.peer("RESTATED", "LARGE_COMMERCIAL", "BRANCH_GRADE_ONE", 2, "1.8", "1.8"))));
        b.put("peers|" + period + "|11|BANK_HEAD_OFFICE", IndicatorBodies.page(List.of(
                IndicatorBodies.peer("RESTATED", "CITY_COMMERCIAL", "BANK_HEAD_OFFICE", 1, "1", "1"),
                IndicatorBodies.peer("RESTATED", "JOINT_STOCK", "BANK_HEAD_OFFICE", 3, "1.4", "1.4"))));
        b.put("keys|" + GD + "|" + period + "|11", IndicatorBodies.keyList(11, period, GD, LA_GD, "C-" + SZ1));
    }

    private static String obligation(String code, String reportType, String period, String status, int daysLate, long revision) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"OBLIGATION_STATUS\",\"institutionCode\":\"" + code
                + "\",\"reportType\":\"" + reportType + "\",\"period\":\"" + period + "\",\"status\":\"" + status
                + "\",\"dueDate\":\"2063-10-30\",\"daysLate\":" + daysLate + ",\"revision\":" + revision
                + ",\"changedAt\":\"2063-10-30T00:00:00+08:00\"}";
    }
}
