package cn.npa.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestClock;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import cn.npa.testing.TestTokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assessment engine over HTTP against PostgreSQL, on a small country of its own (codes AF..., periods 2041-2044):
 * intake of a period, an assessment read (I1, I2, I4, I5, I7 on both bases, ranks, progress degree), peer statistics,
 * a ranking, a bureau's key list (K1, K2, K4-K7), a flag set and lifted, a run recomputed to the same result, and an
 * amendment that makes a new run and leaves the published one as it was.
 */
@QuarkusTest
class AssessmentFlowTest {

    static final String T = "2043-01";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final String K5_CLIENT = Intake.client("K5C1ENT00");
    static final String K5_BELOW = Intake.client("K5BE1W000");
    static final String K7_CLIENT = Intake.client("K7C1ENT00");
    private static boolean loaded;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The five periods of the country, loaded once (loading again changes nothing). */
    static synchronized void country() {
        if (loaded) {
            return;
        }
        post(lcBranches(period("2041-12"), "900", "25", null, "0", "900", "50", "2000", "30", "1000", "10", "1000", "25"));
        post(lcBranches(period("2042-01"), "900", "25", null, "1", "1000", "50", "2000", "30", "1000", "10", "1000", "25"));
        Intake dec = lcBranches(period("2042-12"), "1000", "20", null, "10", "1000", "50", "2000", "30", "1000", "10", "1000", "25");
        locals(dec, "30", "4");
        post(dec);
        // AFLC1-GD restated at t: NPL 35 instead of 30 (a late amendment of its filing).
        Intake t = lcBranches(period(T), "1000", "30", "35", "2", "1000", "50", "2000", "20", "1000", "10", "1000", "20");
        locals(t, "40", "4");
        t.exposure("AFLC1-GD", K5_CLIENT, "Exactly a hundred million Co.", null, "300000000", "100000000")
                .exposure("AFCC1", K5_BELOW, "Just below Co.", null, "200000000", "99999999.99")
                .exposure("AFLC2-GD", K7_CLIENT, "Divergent Co.", null, "5000000", "2000000")
                .exposure("AFCC2", K7_CLIENT, "Divergent Co.", null, "3000000", "0");
        for (int i = 1; i <= 5; i++) {
            t.exposure(i <= 3 ? "AFLC1-GD" : "AFCC1", Intake.client("GRPAF000" + i), "Affiliate " + i, "GRP-AF", "25000000", "0");
        }
        post(t);
        loaded = true;
    }

    private static void post(Intake i) {
        int status = i.post().statusCode();
        assertTrue(status == 201 || status == 200, "intake answered " + status);
    }

    /** The regulators, three large banks with grade-one branches in Guangdong and Beijing, and local banks of Guangdong. */
    private static Intake period(String period) {
        Intake i = new Intake(period, 1).regulators("100000", "2000");
        i.headOffice("AFLC1", "LARGE_COMMERCIAL", "CBRC", "2000", "40").headOffice("AFLC2", "LARGE_COMMERCIAL", "CBRC", "2000", "70")
                .headOffice("AFLC3", "LARGE_COMMERCIAL", "CBRC", "2000", "20");
        return i;
    }

    /** The five grade-one branches of the large banks: loans and NPL of each, AFLC1-GD's restated NPL and cash YTD. */
    private static Intake lcBranches(Intake i, String lc1gd, String lc1gdNpl, String lc1gdRestatedNpl, String lc1gdCashYtd,
                                     String lc2gd, String lc2gdNpl, String lc3gd, String lc3gdNpl, String lc1bj, String lc1bjNpl,
                                     String lc2bj, String lc2bjNpl) {
        String g = "LARGE_COMMERCIAL";
        i.branch("AFLC1-GD", "BRANCH_GRADE_ONE", "AFLC1", "AFLC1", g, "BUR-440000", lc1gd, lc1gdNpl, lc1gdCashYtd);
        if (lc1gdRestatedNpl != null) {
            i.restated(lc1gd, lc1gdRestatedNpl);
        }
        return i.branch("AFLC2-GD", "BRANCH_GRADE_ONE", "AFLC2", "AFLC2", g, "BUR-440000", lc2gd, lc2gdNpl, "0")
                .branch("AFLC3-GD", "BRANCH_GRADE_ONE", "AFLC3", "AFLC3", g, "BUR-440000", lc3gd, lc3gdNpl, "0")
                .branch("AFLC1-BJ", "BRANCH_GRADE_ONE", "AFLC1", "AFLC1", g, "BUR-110000", lc1bj, lc1bjNpl, "0")
                .branch("AFLC2-BJ", "BRANCH_GRADE_ONE", "AFLC2", "AFLC2", g, "BUR-110000", lc2bj, lc2bjNpl, "0");
    }

    private static void locals(Intake i, String cc1Npl, String cc2Npl) {
        i.headOffice("AFCC1", "CITY_COMMERCIAL", "BUR-440000", "500", cc1Npl)
                .branch("AFCC1-GZ", "BRANCH_GRADE_ONE", "AFCC1", "AFCC1", "CITY_COMMERCIAL", "SUB-440100", "500", cc1Npl, "0")
                .headOffice("AFCC2", "CITY_COMMERCIAL", "BUR-440000", "400", cc2Npl)
                .headOffice("AFCC3", "CITY_COMMERCIAL", "BUR-440000", "300", "1.50");
    }

    static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (Exception e) {
            throw new IllegalStateException(r.asString(), e);
        }
    }

    static long run(String period, String regulator, String token) {
        Response r = given().auth().oauth2(token).contentType("application/json")
                .body(regulator == null ? Map.of("period", period) : Map.of("period", period, "regulatorCode", regulator)).post("/api/v1/runs");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getLong("id");
    }

    static JsonNode indicator(JsonNode basis, String formula, String assetClass, String base) {
        for (JsonNode i : basis.get("indicators")) {
            if (i.get("formula").asText().equals(formula) && i.get("assetClass").asText().equals(assetClass)
                    && (base == null ? i.get("base").isNull() : base.equals(i.get("base").asText()))) {
                return i;
            }
        }
        throw new AssertionError("no " + formula + " " + assetClass + " " + base + " in " + basis);
    }

    static JsonNode basis(JsonNode node, String basis) {
        for (JsonNode b : node.get("bases")) {
            if (b.get("basis").asText().equals(basis)) {
                return b;
            }
        }
        throw new AssertionError("no basis " + basis);
    }

    static void assertValue(String expected, JsonNode indicator) {
        assertEquals(0, new BigDecimal(expected).compareTo(indicator.get("value").decimalValue()), indicator.toString());
    }

    @Test
    void anAssessmentReadShowsTheIndicatorsOfBothBases_I1_I2_I4_I5_I7() {
        country();
        long run = run(T, null, TestTokens.cbrc());
        JsonNode node = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/assessments/" + T + "/nodes/AFLC1-GD?runId=" + run)
                .then().statusCode(200).extract().response());
        JsonNode first = basis(node, "AS_FIRST_REPORTED");
        JsonNode restated = basis(node, "RESTATED");
        // I1: 30 / 1000 as first reported, 35 / 1000 restated (the amended filing).
        assertValue("3", indicator(first, "I1", "LOAN", null));
        assertValue("3.5", indicator(restated, "I1", "LOAN", null));
        // I2 and I3 against December (previous period and beginning of the year alike in January): 3 % - 2 %, 30 - 20.
        assertValue("1", indicator(first, "I2", "LOAN", "PREVIOUS_PERIOD"));
        assertValue("1", indicator(first, "I2", "LOAN", "YEAR_START"));
        assertValue("10", indicator(first, "I3", "LOAN", "PREVIOUS_PERIOD"));
        // I4: (30 - 20) / 20 = 50 %.
        assertValue("50", indicator(first, "I4", "LOAN", "PREVIOUS_PERIOD"));
        // I5: the unit's I4 minus its peer group's (large banks' grade-one branches: NPL 135 -> 130, summed amounts).
        BigDecimal peerI4 = BigDecimal.valueOf(-5).multiply(HUNDRED).divide(BigDecimal.valueOf(135), MathContext.DECIMAL128);
        assertValue(BigDecimal.valueOf(50).subtract(peerI4).toPlainString(), indicator(first, "I5", "LOAN", "PREVIOUS_PERIOD"));
        // I7: cash YTD 2 / NPL at the beginning of the year 20, minus last year's 1 / 25: 10 % - 4 % = 6 pp.
        assertValue("6", indicator(first, "I7", "LOAN", null));
        // Sections the monthly figures do not carry are undefined with a reason, never 0.
        JsonNode i8 = indicator(first, "I8", "NON_CREDIT", null);
        assertTrue(i8.get("value").isNull());
        assertEquals("NOT_REPORTED", i8.get("reason").asText());
        // Ranks within the large banks' grade-one branches on I1: 1, 1 (tied), 2 %, 3 %, 5 % -> rank 4 of 5, percentile 25.
        JsonNode i1Rank = first.get("ranks").get(0);
        assertEquals("I1", i1Rank.get("ranking").asText());
        assertEquals(4, i1Rank.get("rank").asInt());
        assertEquals(5, i1Rank.get("rankedCount").asInt());
        assertEquals(0, new BigDecimal("25").compareTo(i1Rank.get("percentile").decimalValue()));
        JsonNode progress = first.get("progress").get(0);
        assertEquals("PREVIOUS_PERIOD", progress.get("base").asText());
        assertFalse(progress.get("composite").isNull());
    }

    @Test
    void peerStatisticsAndARankingOfAPeerGroupAtOneLevel() {
        country();
        long run = run(T, null, TestTokens.cbrc());
        JsonNode stats = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/assessments/" + T + "/peer-statistics?runId=" + run
                + "&peerGroup=LARGE_COMMERCIAL&kind=BRANCH_GRADE_ONE&formula=I1&basis=AS_FIRST_REPORTED").then().statusCode(200).extract().response());
        assertEquals(1, stats.get("total").asInt());
        JsonNode s = stats.get("items").get(0);
        assertEquals(5, s.get("memberCount").asInt());
        // Aggregate from summed amounts: 130 / 6000, never the mean of the ratios.
        assertEquals(0, BigDecimal.valueOf(130).multiply(HUNDRED).divide(BigDecimal.valueOf(6000), MathContext.DECIMAL128)
                .compareTo(s.get("aggregate").decimalValue()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(s.get("median").get("value").decimalValue()));
        assertEquals("FEWER_THAN_10_MEMBERS", s.get("warnings").get(0).asText());
        JsonNode ranks = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/assessments/" + T + "/ranks?runId=" + run
                + "&peerGroup=LARGE_COMMERCIAL&kind=BRANCH_GRADE_ONE&indicator=I1").then().statusCode(200).extract().response());
        List<String> order = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        ranks.get("items").forEach(e -> {
            order.add(e.get("code").asText());
            places.add(e.get("rank").asInt());
        });
        assertEquals(List.of("AFLC1-BJ", "AFLC3-GD", "AFLC2-BJ", "AFLC1-GD", "AFLC2-GD"), order);
        assertEquals(List.of(1, 1, 3, 4, 5), places);
    }

    @Test
    void theKeyListOfABureau_K1_K2_K5_K6_K7() {
        country();
        long run = run(T, null, TestTokens.cbrc());
        JsonNode list = json(given().auth().oauth2(TestTokens.bureau("BUR-440000")).get("/api/v1/key-lists/BUR-440000?period=" + T
                + "&runId=" + run).then().statusCode(200).extract().response());
        // The bureau's maximal nodes: three grade-one branches of national banks and three local head offices (not AFCC1-GZ).
        assertEquals(6, list.get("unitsConsidered").asInt());
        Map<String, JsonNode> entries = new java.util.HashMap<>();
        list.get("items").forEach(e -> entries.put(e.get("code").asText(), e));
        // K1: ratios 8 (AFCC1), 5, 3, 1, 1 and 0.5 %: the top five, AFCC3 (0.5 %) left out.
        for (String k1 : List.of("AFCC1", "AFLC2-GD", "AFLC1-GD", "AFLC3-GD", "AFCC2")) {
            assertTrue(rules(entries.get(k1)).contains("K1"), k1 + " " + entries.get(k1));
        }
        assertFalse(entries.containsKey("AFCC3") && rules(entries.get("AFCC3")).contains("K1"));
        // K2: AFLC1-GD's NPL rose from 20 to 30 against the previous period.
        assertTrue(rules(entries.get("AFLC1-GD")).contains("K2"));
        // K5: NPL of exactly 100,000,000 is in ("亿元以上" includes the bound); 99,999,999.99 is not.
        assertTrue(rules(entries.get(K5_CLIENT)).contains("K5"));
        assertFalse(entries.containsKey(K5_BELOW));
        // K6: five affiliates of GRP-AF at two filers, loans 125,000,000.
        assertEquals(List.of("K6"), rules(entries.get("GRP-AF")));
        assertEquals(2, entries.get("GRP-AF").get("filers").size());
        // K7: non-performing at AFLC2-GD, performing at AFCC2.
        assertEquals(List.of("K7"), rules(entries.get(K7_CLIENT)));
    }

    private static List<String> rules(JsonNode entry) {
        List<String> out = new ArrayList<>();
        if (entry != null) {
            entry.get("rules").forEach(r -> out.add(r.asText()));
        }
        return out;
    }

    @Test
    void aFlagSetAndLifted_K4_theRunComputedWhileItStoodKeepsIt() {
        country();
        clock.setTo(LocalDateTime.of(2043, 2, 15, 10, 0));
        String bureau = TestTokens.bureau("BUR-440000");
        Response set = given().auth().oauth2(bureau).contentType("application/json")
                .body(Map.of("unitCode", "AFCC3", "reason", "acceptances issued without collateral", "flaggedOn", "2043-01-20"))
                .post("/api/v1/flags");
        assertEquals(201, set.statusCode(), set.asString());
        long flag = set.jsonPath().getLong("id");
        assertEquals("/api/v1/flags/" + flag, set.header("Location"));
        long before = run(T, "BUR-440000", bureau);
        given().auth().oauth2(bureau).post("/api/v1/runs/" + before + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertTrue(k4(before).contains("AFCC3"));

        given().auth().oauth2(bureau).contentType("application/json").body(Map.of("reason", "collateral provided"))
                .post("/api/v1/flags/" + flag + "/lift").then().statusCode(200).body("active", equalTo(false))
                .body("liftReason", equalTo("collateral provided"));
        long after = run(T, "BUR-440000", bureau);
        assertFalse(k4(after).contains("AFCC3"));
        // The published run still lists the flag it was computed with; the flag's history is kept.
        assertTrue(k4(before).contains("AFCC3"));
        given().auth().oauth2(bureau).get("/api/v1/flags/" + flag).then().statusCode(200)
                .body("reason", equalTo("acceptances issued without collateral")).body("setByInstitution", equalTo("BUR-440000"))
                .body("liftedBy", equalTo("bureau-user@BUR-440000"));
        // Lifting twice is a conflict; nothing changes.
        ProblemAssertions.assertProblem(given().auth().oauth2(bureau).contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/v1/flags/" + flag + "/lift").andReturn(), 409);
    }

    private static List<String> k4(long run) {
        JsonNode list = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/key-lists/BUR-440000?period=" + T + "&runId=" + run)
                .then().statusCode(200).extract().response());
        List<String> out = new ArrayList<>();
        list.get("items").forEach(e -> {
            if (rules(e).contains("K4")) {
                out.add(e.get("code").asText());
            }
        });
        return out;
    }

    @Test
    void aRunRecomputedFromItsStoredInputsGivesTheSameResult() {
        country();
        long run = run(T, null, TestTokens.cbrc());
        JsonNode stored = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/runs/" + run).then().statusCode(200).extract().response());
        assertEquals(5, stored.get("inputs").size());
        JsonNode again = json(given().auth().oauth2(TestTokens.cbrc()).post("/api/v1/runs/" + run + "/recompute").then().statusCode(200)
                .extract().response());
        assertTrue(again.get("same").asBoolean(), again.toString());
        assertEquals(stored.get("fingerprint").asText(), again.get("recomputedFingerprint").asText());
        assertEquals(stored.get("resultsSha256").asText(), again.get("recomputedResultsSha256").asText());
    }

    @Test
    void sameVersionAgainChangesNothingOtherBytesConflictANewVersionSupersedes() {
        Intake v1 = new Intake("2044-02", 1).regulators("1000", "10").headOffice("AFIDEM", "JOINT_STOCK", "CBRC", "100", "1");
        v1.post().then().statusCode(201).body("outcome", equalTo("STORED")).body("current", equalTo(true));
        v1.post().then().statusCode(200).body("outcome", equalTo("UNCHANGED"));
        ProblemAssertions.assertProblem(new Intake("2044-02", 1).regulators("1000", "10")
                .headOffice("AFIDEM", "JOINT_STOCK", "CBRC", "100", "2").post(), 409);
        new Intake("2044-02", 2).regulators("1000", "10").headOffice("AFIDEM", "JOINT_STOCK", "CBRC", "100", "2").post()
                .then().statusCode(201).body("figureVersion", equalTo(2)).body("current", equalTo(true));
        JsonNode loads = json(given().auth().oauth2(TestTokens.service()).get("/api/v1/figures?period=2044-02").then().statusCode(200)
                .extract().response());
        assertEquals(2, loads.get("total").asInt());
        assertFalse(loads.get("items").get(1).get("current").asBoolean());
    }

    @Test
    void anAmendmentMakesANewRunAndLeavesThePublishedRunAsItWas_I1() {
        new Intake("2044-01", 1).regulators("1000", "10").headOffice("AFAMD", "PRIVATE", "CBRC", "100", "4").post().then().statusCode(201);
        long published = run("2044-01", null, TestTokens.cbrc());
        given().auth().oauth2(TestTokens.cbrc()).post("/api/v1/runs/" + published + "/publish").then().statusCode(200);
        new Intake("2044-01", 2).regulators("1000", "10").headOffice("AFAMD", "PRIVATE", "CBRC", "100", "4")
                .restated("100", "6").post().then().statusCode(201);
        long later = run("2044-01", null, TestTokens.cbrc());
        assertNotEquals(published, later);
        JsonNode old = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/assessments/2044-01/nodes/AFAMD?basis=RESTATED&runId=" + published)
                .then().statusCode(200).extract().response());
        JsonNode now = json(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/assessments/2044-01/nodes/AFAMD?basis=RESTATED")
                .then().statusCode(200).extract().response());
        assertValue("4", indicator(old.get("bases").get(0), "I1", "LOAN", null));
        assertValue("6", indicator(now.get("bases").get(0), "I1", "LOAN", null));
        assertEquals(later, now.get("runId").asLong());
        // The run records which figure version it read.
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/runs/" + published).then().body("inputs[0].figureVersion", equalTo(1));
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/runs/" + later).then().body("inputs[0].figureVersion", equalTo(2));
    }

    @Test
    void aChosenVariantIsShownBesideItsDefault_I5prime() {
        country();
        String cbrc = TestTokens.cbrc();
        given().auth().oauth2(cbrc).contentType("application/json").body(Map.of("formulaId", "I5'"))
                .put("/api/v1/formula-choices/CBRC/I5").then().statusCode(200);
        try {
            long run = run(T, null, cbrc);
            JsonNode node = json(given().auth().oauth2(cbrc).get("/api/v1/assessments/" + T + "/nodes/AFLC1-GD?basis=AS_FIRST_REPORTED&runId=" + run)
                    .then().statusCode(200).extract().response());
            JsonNode b = node.get("bases").get(0);
            JsonNode variant = indicator(b, "I5'", "LOAN", "PREVIOUS_PERIOD");
            assertTrue(variant.get("variant").asBoolean());
            // I5' = (30 - 20) / 1000 = 1 pp beside I5 (default).
            assertValue("1", variant);
            assertFalse(indicator(b, "I5", "LOAN", "PREVIOUS_PERIOD").get("variant").asBoolean());
        } finally {
            given().auth().oauth2(cbrc).contentType("application/json").body(Map.of("formulaId", "I5"))
                    .put("/api/v1/formula-choices/CBRC/I5").then().statusCode(200);
        }
    }

    @Test
    void aPagedReadOfABureauHoldsItsJurisdictionOnly() {
        country();
        long run = run(T, null, TestTokens.cbrc());
        JsonNode page = json(given().auth().oauth2(TestTokens.bureau("BUR-110000")).get("/api/v1/assessments/" + T + "?runId=" + run
                + "&kind=BRANCH_GRADE_ONE&size=50").then().statusCode(200).extract().response());
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(n -> codes.add(n.get("node").get("code").asText()));
        assertTrue(codes.containsAll(List.of("AFLC1-BJ", "AFLC2-BJ")), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.endsWith("-GD") || c.startsWith("AFCC")), codes.toString());
    }
}
