package cn.npa.report.rest.analysis;

import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.GD;
import static cn.npa.report.rest.rollup.SmallRegister.GZ1;
import static cn.npa.report.rest.rollup.SmallRegister.LA;
import static cn.npa.report.rest.rollup.SmallRegister.LA_GD;
import static cn.npa.report.rest.rollup.SmallRegister.SZ;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static cn.npa.report.rest.rollup.SmallRegister.SZ2;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.rest.rollup.RollupResourceTest;
import cn.npa.report.rest.rollup.SmallRegister;
import cn.npa.report.service.analysis.AnalysisService;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The monthly NPL analysis over HTTP against PostgreSQL (issue 13, "Done when"), on the small register of the rollup
 * tests, every number checked by hand in the comments; each test on its own periods.
 */
@QuarkusTest
class ReportResourceTest {

    static final String BRANCH = "BRANCH_MONTHLY_NPL";
    static final String BANK = "BANK_MONTHLY_NPL";

    @Inject
    AnalysisService analyses;

    @Test
    @DisplayName("R4, R6: every section of the Guangdong bureau's monthly analysis is filled from the right figures")
    void r4MonthlyAnalysisOfABureauSectionBySection() {
        String period = "2050-10";
        String previous = "2050-09";
        String yearStart = "2049-12";
        for (String p : List.of(period, previous, yearStart)) {
            RollupResourceTest.register(p, SmallRegister.rows());
        }
        List<String> events = new ArrayList<>();
        // previous month: NPL 10 + 20 + 40 + 80 = 150; beginning of year: the same but CB 40, so 110
        for (String p : List.of(previous, yearStart)) {
            events.add(Filings.loans(SZ1, BRANCH, p, "1000.00", "10.00").event("S-" + p + "-1", 1));
            events.add(Filings.loans(SZ2, BRANCH, p, "2000.00", "20.00").event("S-" + p + "-2", 1));
            events.add(Filings.loans(GZ1, BRANCH, p, "4000.00", "40.00").event("S-" + p + "-3", 1));
            events.add(Filings.loans(CB, BANK, p, "8000.00", p.equals(previous) ? "80.00" : "40.00").event("S-" + p + "-4", 1));
        }
        events.add(Filings.loans(SZ1, BRANCH, period, "1000.00", "30.00")
                .movements(Map.of("newNpl", "12.00", "cashCollected", "3.00", "writtenOff", "2.00", "debtAssetSwap", "1.00",
                        "upgraded", "1.00", "otherReduction", "0.00"))
                .disposal("WRITE_OFF", "2.00").disposal("COLLECTION_LITIGATION", "3.00").disposal("COLLATERAL_DISPOSAL", "1.00")
                .vintages(2049, "600.00", "20.00", 2050, "400.00", "10.00")
                .cause("POOR_MANAGEMENT_OR_BANKRUPTCY", "8.00").cause("THREE_CHECKS_VIOLATION", "4.00")
                .narrative("Two factories failed", "Factory X collapse", "8.00", "Collateral sold", "0.0300")
                .event("S-" + period + "-1", 1));
        events.add(Filings.loans(SZ2, BRANCH, period, "2000.00", "20.00").event("S-" + period + "-2", 1));
        events.add(Filings.loans(GZ1, BRANCH, period, "4000.00", "40.00").event("S-" + period + "-3", 1));
        events.add(Filings.loans(CB, BANK, period, "8000.00", "80.00").event("S-" + period + "-4", 1));
        events.add(Filings.words(GD, "BUREAU_MONTHLY_NPL", period, "NPL rose in Shenzhen", "Overall stable").event("S-" + period + "-GD", 1));
        events.add(Filings.obligation(SZ1, BRANCH, period, "SUBMITTED_ON_TIME", 1));
        events.add(Filings.obligation(SZ2, BRANCH, period, "SUBMITTED_ON_TIME", 2));
        events.add(Filings.obligation(GZ1, BRANCH, period, "SUBMITTED_ON_TIME", 3));
        events.add(Filings.obligation(CB, BANK, period, "SUBMITTED_ON_TIME", 4));
        Filings.send(events);

        JsonPath doc = report(TestTokens.bureau(GD), GD, period, null);
        assertEquals("FINAL: every expected filer in scope has filed (4 of 4).", doc.getString("notice"));
        assertEquals("npa-analysis/1", doc.getString("schema"));
        assertEquals("MONTHLY_NPL_ANALYSIS", doc.getString("kind"));
        assertFalse(doc.getBoolean("provisional"));
        assertEquals(List.of(period, previous, yearStart), doc.getList("inputs.periodsRead"));
        assertEquals("2050-10-31", doc.getString("inputs.registerDate"));

        // (1) 15,000 of loans in every period; NPL 170 against 150 (+20, +13.33%) and 110 at the beginning of the year (+60)
        assertAmount("15000.00", doc.get("basicFigures.figures.find { it.figure == 'TOTAL_LOANS' }.current"));
        assertAmount("0.00", doc.get("basicFigures.figures.find { it.figure == 'TOTAL_LOANS' }.changeVsPrevious"));
        assertAmount("170.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.current"));
        assertAmount("150.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.previous"));
        assertAmount("20.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.changeVsPrevious"));
        assertAmount("0.1333333333333333333333333333333333", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.changeRateVsPrevious"));
        assertAmount("110.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.yearStart"));
        assertAmount("60.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.changeVsYearStart"));
        assertAmount("0.01133333333333333333333333333333333", doc.get("basicFigures.figures.find { it.figure == 'NPL_RATIO' }.current"));
        assertEquals(List.of(period, previous, yearStart), doc.getList("basicFigures.figures.find { it.figure == 'NPL' }.trace"));
        // Shenzhen (440300) 50 against 30; Guangzhou (440100) 40 both times; CB's region (440000) 80 against 40 at year start
        assertAmount("50.00", doc.get("basicFigures.byRegion.find { it.key == '440300' }.npl"));
        assertAmount("30.00", doc.get("basicFigures.byRegion.find { it.key == '440300' }.previousNpl"));
        // major (more than 10% or RMB 100 million; ratios more than 2 pp): overall NPL against both bases, Shenzhen
        // against both, CB's region against the beginning of the year, industry C against both: 7 in all
        List<Map<String, Object>> changes = doc.getList("basicFigures.majorChanges");
        List<String> keys = changes.stream().map(c -> c.get("scope") + ":" + c.get("key") + ":" + c.get("figure") + ":" + c.get("comparedWith")).toList();
        assertEquals(List.of("OVERALL::NPL:PREVIOUS_PERIOD", "OVERALL::NPL:YEAR_START", "REGION:440000:NPL:YEAR_START",
                "REGION:440300:NPL:PREVIOUS_PERIOD", "REGION:440300:NPL:YEAR_START", "INDUSTRY:C:NPL:PREVIOUS_PERIOD",
                "INDUSTRY:C:NPL:YEAR_START"), keys);
        assertEquals("change of 13.33% is more than 10.00%", changes.get(0).get("reason"));

        // (2) the one grade-one branch of the jurisdiction, summing its three sub-branches; CB's client has the most NPL
        assertEquals(LA_GD, doc.getString("topLists.branchesByNpl[0].code"));
        assertAmount("90.00", doc.get("topLists.branchesByNpl[0].value"));
        assertEquals(List.of(period + "/" + GZ1, period + "/" + SZ1, period + "/" + SZ2), doc.getList("topLists.branchesByNpl[0].trace"));
        assertEquals("C-" + CB, doc.getString("topLists.clientsByNpl[0].clientId"));
        assertAmount("80.00", doc.get("topLists.clientsByNpl[0].nplBalance"));
        assertEquals(List.of(period + "/" + CB), doc.getList("topLists.clientsByNpl[0].trace"));

        // (3) new NPL 12; reductions 3 + 2 + 1 + 1 + 0 = 7; the disposal methods as filed
        assertAmount("12.00", doc.get("reductions.newNpl"));
        assertAmount("7.00", doc.get("reductions.totalReductions"));
        assertAmount("3.00", doc.get("reductions.byKind.find { it.key == 'CASH_COLLECTED' }.amount"));
        assertAmount("2.00", doc.get("reductions.byDisposalMethod.find { it.key == 'WRITE_OFF' }.amount"));
        assertAmount("1.00", doc.get("reductions.byDisposalMethod.find { it.key == 'COLLATERAL_DISPOSAL' }.amount"));

        // (4) vintage 2049: 600 + 2,000 + 4,000 + 8,000 = 14,600 with NPL 20 + 20 + 40 + 80 = 160; this year's loans 400 / 10
        assertAmount("14600.00", doc.get("vintages.byYear.find { it.key == '2049' }.total"));
        assertAmount("160.00", doc.get("vintages.byYear.find { it.key == '2049' }.npl"));
        assertAmount("400.00", doc.get("vintages.thisYear.total"));
        assertAmount("10.00", doc.get("vintages.thisYear.npl"));

        // (5) causes: external 8, internal 4; the filer's typical case, traced to its version
        assertAmount("8.00", doc.get("causes.externalTotal"));
        assertAmount("4.00", doc.get("causes.internalTotal"));
        assertEquals("POOR_MANAGEMENT_OR_BANKRUPTCY", doc.getString("causes.external[0].key"));
        assertEquals("Factory X collapse", doc.getString("causes.typicalCases[0].title"));
        assertEquals(SZ1, doc.getString("causes.typicalCases[0].institutionCode"));
        assertEquals(List.of(period + "/" + SZ1), doc.getList("causes.typicalCases[0].trace"));
        assertEquals(List.of(GD, SZ1), doc.getList("causes.analyses.institutionCode"));

        // (6) projection: three periods of history are not enough; the filer's own projection is shown
        assertEquals("2050-11", doc.getString("projection.nextPeriod"));
        assertEquals("INSUFFICIENT_HISTORY", doc.getString("projection.figures.NPL.status"));
        assertEquals("LINEAR_TREND_OLS", doc.getString("projection.figures.NPL.method"));
        assertAmount("0.0300", doc.get("projection.filers.find { it.institutionCode == '" + SZ1 + "' }.projectedNplRatio"));
        assertEquals(List.of(GD, SZ1), doc.getList("measuresAndOpinions.measures.institutionCode"));
        assertEquals("Overall stable", doc.getString("measuresAndOpinions.evaluations[0].text"));

        // R6: the inputs name every version read, the bureau's own filing included
        assertEquals("BUREAU_MONTHLY_NPL", doc.getString("inputs.versions.find { it.ref == '" + period + "/" + GD + "' }.reportType"));
        assertEquals("S-" + period + "-4", doc.getString("inputs.versions.find { it.ref == '" + period + "/" + CB + "' }.submissionId"));
        assertEquals(BANK, doc.getString("inputs.versions.find { it.ref == '" + period + "/" + CB + "' }.reportType"));
        assertEquals(13, doc.getList("inputs.versions").size());
        assertTrue(doc.getList("majorAdjustments").isEmpty());
    }

    @Test
    @DisplayName("R6: rebuilding from the same inputs gives the same document, and a read serves the stored build")
    void r6RebuildingGivesTheSameDocument() {
        String period = "2056-07";
        RollupResourceTest.register(period, SmallRegister.rows());
        Filings.send(List.of(Filings.loans(SZ1, BRANCH, period, "1000.00", "10.00").event("S-" + period + "-1", 1),
                Filings.loans(CB, BANK, period, "8000.00", "80.00").event("S-" + period + "-4", 1)));
        Response first = get(TestTokens.cbrc(), "CBRC", period, "monthly-npl");
        Response second = get(TestTokens.cbrc(), "CBRC", period, "monthly-npl");
        assertEquals(first.header("X-Report-Build"), second.header("X-Report-Build"));
        String rebuilt = analyses.rebuild("CBRC", RollupPeriod.parse(period).orElseThrow(), ReportKind.MONTHLY_NPL_ANALYSIS);
        assertEquals(first.asString(), rebuilt);
        assertAmount("9000.00", json(first.asString()).get("basicFigures.figures[0].current"));
    }

    @Test
    @DisplayName("R4: a document goes gzip-compressed to a caller that takes gzip, the same bytes uncompressed to one that does not")
    void aDocumentGoesCompressedToACallerThatTakesGzip() throws java.io.IOException {
        String period = "2056-09";
        RollupResourceTest.register(period, SmallRegister.rows());
        Filings.send(List.of(Filings.loans(SZ1, BRANCH, period, "1000.00", "10.00").event("S-" + period + "-1", 1)));
        var raw = io.restassured.RestAssured.config().decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        for (String accept : new String[] {"application/json", "text/html"}) {
            Response plain = given().config(raw).auth().oauth2(TestTokens.bureau(SZ)).accept(accept).header("Accept-Encoding", "identity")
                    .get("/api/v1/reports/" + SZ + "?period=" + period).andReturn();
            Response gzip = given().config(raw).auth().oauth2(TestTokens.bureau(SZ)).accept(accept).header("Accept-Encoding", "br, gzip;q=0.8")
                    .get("/api/v1/reports/" + SZ + "?period=" + period).andReturn();
            Response refused = given().config(raw).auth().oauth2(TestTokens.bureau(SZ)).accept(accept).header("Accept-Encoding", "gzip;q=0")
                    .get("/api/v1/reports/" + SZ + "?period=" + period).andReturn();
            assertEquals(200, plain.statusCode(), accept);
            assertEquals(null, plain.header("Content-Encoding"), accept);
            assertEquals(null, refused.header("Content-Encoding"), accept);
            assertEquals("gzip", gzip.header("Content-Encoding"), accept);
            assertEquals(plain.header("X-Report-Build"), gzip.header("X-Report-Build"));
            byte[] unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.asByteArray())).readAllBytes();
            assertTrue(java.util.Arrays.equals(plain.asByteArray(), unpacked), accept + ": the same document once unpacked");
            assertTrue(gzip.asByteArray().length < plain.asByteArray().length, accept);
        }
    }

    @Test
    @DisplayName("R6, §5: an amendment gives a new document whose trace names both versions and lists the major adjustment")
    void r6AnAmendmentMakesANewDocumentNamingBothVersions() {
        String period = "2051-10";
        RollupResourceTest.register(period, SmallRegister.rows());
        Filings.send(List.of(Filings.loans(SZ1, BRANCH, period, "1000.00", "10.00").event("S-" + period + "-1", 1),
                Filings.loans(SZ2, BRANCH, period, "1000.00", "10.00").event("S-" + period + "-2", 1)));
        Response before = get(TestTokens.bureau(SZ), SZ, period, null);
        assertTrue(json(before.asString()).getList("majorAdjustments").isEmpty());

        // version 2 moves SZ1's NPL from 10 to 30 (+200%, more than 5%)
        Filings.send(List.of(Filings.loans(SZ1, BRANCH, period, "1000.00", "30.00").event("S-" + period + "-1", 2)));
        Response after = get(TestTokens.bureau(SZ), SZ, period, null);
        assertNotEquals(before.header("X-Report-Build"), after.header("X-Report-Build"));
        JsonPath doc = json(after.asString());
        assertAmount("40.00", doc.get("basicFigures.figures.find { it.figure == 'NPL' }.current"));
        assertEquals(2, doc.getInt("inputs.versions.find { it.ref == '" + period + "/" + SZ1 + "' }.version"));
        assertEquals("USED", doc.getString("inputs.versions.find { it.ref == '" + period + "/" + SZ1 + "' }.role"));
        assertEquals(1, doc.getInt("inputs.versions.find { it.ref == '" + period + "/" + SZ1 + "#v1' }.version"));
        assertEquals("REPLACED", doc.getString("inputs.versions.find { it.ref == '" + period + "/" + SZ1 + "#v1' }.role"));
        assertEquals(SZ1, doc.getString("majorAdjustments[0].institutionCode"));
        assertEquals("NPL", doc.getString("majorAdjustments[0].figure"));
        assertEquals(1, doc.getInt("majorAdjustments[0].replacedVersion"));
        assertEquals(2, doc.getInt("majorAdjustments[0].version"));
        assertAmount("10.00", doc.get("majorAdjustments[0].before"));
        assertAmount("30.00", doc.get("majorAdjustments[0].after"));
        assertAmount("2", doc.get("majorAdjustments[0].changeRate"));
        assertEquals(List.of(period + "/" + SZ1 + "#v1", period + "/" + SZ1), doc.getList("majorAdjustments[0].trace"));
        assertEquals(1, doc.getList("majorAdjustments").size());
    }

    @Test
    @DisplayName("R1, R4: a late filer makes the document provisional, saying so on its first line with the coverage")
    void r4ALateFilerMakesTheDocumentProvisional() {
        String previous = "2052-09";
        String period = "2052-10";
        RollupResourceTest.register(previous, SmallRegister.rows());
        RollupResourceTest.register(period, SmallRegister.rows());
        Filings.send(List.of(
                Filings.loans(SZ1, BRANCH, previous, "1000.00", "10.00").event("S-" + previous + "-1", 1),
                Filings.loans(SZ2, BRANCH, previous, "1000.00", "10.00").event("S-" + previous + "-2", 1),
                Filings.loans(GZ1, BRANCH, previous, "2000.00", "20.00").event("S-" + previous + "-3", 1),
                Filings.loans(SZ1, BRANCH, period, "1100.00", "11.00").event("S-" + period + "-1", 1),
                Filings.loans(SZ2, BRANCH, period, "1100.00", "11.00").event("S-" + period + "-2", 1),
                Filings.obligation(SZ1, BRANCH, period, "SUBMITTED_ON_TIME", 1),
                Filings.obligation(SZ2, BRANCH, period, "SUBMITTED_ON_TIME", 2),
                Filings.obligation(GZ1, BRANCH, period, "OVERDUE", 3)));

        String body = get(TestTokens.bank(LA), LA_GD, period, "monthly-npl").asString();
        // the notice is the document's first field
        assertTrue(body.startsWith("{\"notice\":\"PROVISIONAL: 2 of 3 expected filing units have filed (66.67% of units,"
                + " 50.00% of the previous period's loans); missing: LA0001-GD-GZ1 (SUB_BRANCH, OVERDUE).\""), body);
        JsonPath doc = json(body);
        assertTrue(doc.getBoolean("provisional"));
        assertEquals(3, doc.getInt("coverage.expectedUnits"));
        assertEquals(2, doc.getInt("coverage.filedUnits"));
        assertAmount("0.5", doc.get("coverage.loanShare"));
        assertEquals(GZ1, doc.getString("coverage.missing[0].code"));
        assertEquals("OVERDUE", doc.getString("coverage.missing[0].status"));
    }

    @Test
    @DisplayName("R5: with eight months of a linear NPL the document projects the next month inside its interval, naming the method")
    void r5TheDocumentProjectsFromTheNodesHistory() {
        List<String> events = new ArrayList<>();
        for (int m = 1; m <= 8; m++) {
            String p = String.format("2058-%02d", m);
            RollupResourceTest.register(p, SmallRegister.rows());
            // NPL 10, 12, ... 24: next month 26 on the line; ratio 0.010 ... 0.024, next 0.026
            events.add(Filings.loans(SZ1, BRANCH, p, "1000.00", (8 + 2 * m) + ".00").event("S-" + p + "-1", 1));
        }
        Filings.send(events);
        JsonPath doc = report(TestTokens.bank(LA), SZ1, "2058-08", null);
        assertEquals("PROJECTED", doc.getString("projection.figures.NPL.status"));
        assertEquals("LINEAR_TREND_OLS", doc.getString("projection.figures.NPL.method"));
        assertAmount("26.00", doc.get("projection.figures.NPL.value"));
        assertTrue(((BigDecimal) doc.get("projection.figures.NPL.lower")).compareTo(new BigDecimal("26.00")) <= 0);
        assertTrue(((BigDecimal) doc.get("projection.figures.NPL.upper")).compareTo(new BigDecimal("26.00")) >= 0);
        assertEquals(8, doc.getList("projection.figures.NPL.used").size());
        assertAmount("0.026000", doc.get("projection.figures.NPL_RATIO.value"));
    }

    @Test
    @DisplayName("Scope: a bank cannot read a bureau's document (404); a kind that does not fit the period is a 400 naming kind")
    void scopeAndParameters() {
        String period = "2050-10";
        RollupResourceTest.register(period, SmallRegister.rows());
        given().auth().oauth2(TestTokens.bank(CB)).queryParam("period", period).get("/api/v1/reports/" + GD)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.bureau(GD)).queryParam("period", period).queryParam("kind", "quarterly-npa")
                .get("/api/v1/reports/" + GD).then().statusCode(400).body("errors[0].path", org.hamcrest.Matchers.equalTo("kind"));
        given().auth().oauth2(TestTokens.bureau(GD)).queryParam("period", "2050-13").get("/api/v1/reports/" + GD)
                .then().statusCode(400).body("errors[0].path", org.hamcrest.Matchers.equalTo("period"));
    }

    static Response get(String token, String node, String period, String kind) {
        var spec = given().auth().oauth2(token).accept("application/json").queryParam("period", period);
        if (kind != null) {
            spec = spec.queryParam("kind", kind);
        }
        Response r = spec.get("/api/v1/reports/" + node).andReturn();
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }

    static JsonPath report(String token, String node, String period, String kind) {
        return json(get(token, node, period, kind).asString());
    }

    static JsonPath json(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static void assertAmount(String expected, Object actual) {
        assertTrue(actual != null, "expected " + expected + " but was null");
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), "expected " + expected + " but was " + actual);
    }
}
