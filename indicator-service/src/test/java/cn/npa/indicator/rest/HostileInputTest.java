package cn.npa.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to every write of the indicator service: each gets a 4xx problem+json naming its rule and JSON path,
 * and nothing is stored (periods 2051-2052, codes HT...).
 */
@QuarkusTest
class HostileInputTest {

    static final String P = "2051-01";

    private static String valid(String npl) {
        return new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", npl).json();
    }

    /** The intake is refused with this status and (when given) a finding of this rule at this path; nothing is stored. */
    private static void refused(String body, int status, String rule, String path) {
        Response r = Intake.post(body);
        ProblemAssertions.assertProblem(r, status);
        if (rule != null) {
            List<Map<String, String>> errors = r.jsonPath().getList("errors");
            assertTrue(errors.stream().anyMatch(e -> rule.equals(e.get("rule")) && (path == null || path.equals(e.get("path")))),
                    "no " + rule + " at " + path + " in " + r.asString());
        }
        assertEquals(0, Intake.loads(P), "a rejected intake stored a load");
    }

    @Test
    void malformedJsonIsRefusedWithTheLine() {
        refused("{\"period\": \"2051-01\", \"figureVersion\": 1, \"nodes\": [", 400, "JSON", "$");
        refused("[]", 400, "JSON", "$");
        refused(valid("1") + " trailing", 400, "JSON", "$");
        refused("", 400, null, null);
    }

    @Test
    void negativeAndOverPreciseAndHugeAmounts_V1() {
        refused(valid("-1"), 422, "V1", "$.nodes[4].figures.AS_FIRST_REPORTED.loan.npl");
        refused(valid("1.234"), 422, "V1", "$.nodes[4].figures.AS_FIRST_REPORTED.loan.npl");
        refused(valid("1e400"), 422, "V1", "$.nodes[4].figures.AS_FIRST_REPORTED.loan.npl");
        refused(valid("1e999999999"), 422, "V1", null);
        refused(valid("10000000000000000"), 422, "V1", null);
        // A number longer than any amount (2,000 digits) is refused by the parser before it is read.
        refused(valid("1".repeat(2000)), 400, "JSON", "$");
    }

    @Test
    void aPartLargerThanItsWhole_V4() {
        refused(valid("101"), 422, "V4", "$.nodes[4].figures.AS_FIRST_REPORTED.loan.npl");
    }

    @Test
    void unknownNodesAndNodesOfTheWrongKind_FIG_NODE() {
        String unknownParent = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .branch("HTHO-01", "BRANCH", "HTNOBODY", "HTHO", "JOINT_STOCK", "BUR-440000", "10", "1", "0").json();
        refused(unknownParent, 422, "FIG-NODE", "$.nodes[5].parentCode");
        String bankSupervisor = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "HTHO", "100", "1").json();
        refused(bankSupervisor, 422, "FIG-NODE", "$.nodes[4].supervisorCode");
        String otherGroup = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .branch("HTHO-01", "BRANCH_GRADE_ONE", "HTHO", "HTHO", "PRIVATE", "BUR-440000", "10", "1", "0").json();
        refused(otherGroup, 422, "FIG-NODE", "$.nodes[5].headOfficeCode");
        String unknownFiler = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .exposure("HTNOBODY", Intake.client("HT0000001"), "A Co.", null, "10", "1").json();
        refused(unknownFiler, 422, "FIG-NODE", "$.clientExposures[0].filerCode");
    }

    @Test
    void badCreditCodesDuplicatesAndUnknownFields_V6_V7() {
        String badClient = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .exposure("HTHO", "91440300HT000000X9", "A Co.", null, "10", "1").json();
        refused(badClient, 422, "V6", "$.clientExposures[0].clientCode");
        String twice = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1").json();
        refused(twice, 400, "V7", "$.nodes[5].code");
        refused(valid("1").replace("\"totalLoans\"", "\"bogus\":1,\"totalLoans\""), 400, "V7", null);
    }

    @Test
    void wrongTypes_TYPE() {
        refused(valid("1").replace("\"figureVersion\":1", "\"figureVersion\":\"1\""), 400, "TYPE", "$.figureVersion");
        refused(valid("1").replace("\"npl\":1,", "\"npl\":\"abc\","), 400, "TYPE", "$.nodes[4].figures.AS_FIRST_REPORTED.loan.npl");
        refused(valid("1").replace("\"npl\":1,", "\"npl\":true,"), 400, "TYPE", "$.nodes[4].figures.AS_FIRST_REPORTED.loan.npl");
        refused("{\"period\":\"2051-01\",\"figureVersion\":1,\"nodes\":{}}", 400, "TYPE", "$.nodes");
        refused(valid("1").replace("\"kind\":\"BANK_HEAD_OFFICE\"", "\"kind\":7"), 400, "TYPE", "$.nodes[4].kind");
    }

    @Test
    void loneSurrogatesAndControlCharactersInTexts_V7() {
        String surrogate = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .exposure("HTHO", Intake.client("HT0000002"), "NAME", null, "10", "1").json().replace("\"NAME\"", "\"A \\ud800 Co.\"");
        refused(surrogate, 400, "V7", "$.clientExposures[0].name");
        String nul = new Intake(P, 1).regulators("1000", "10").headOffice("HTHO", "JOINT_STOCK", "CBRC", "100", "1")
                .exposure("HTHO", Intake.client("HT0000003"), "NAME", null, "10", "1").json().replace("\"NAME\"", "\"A \\u0000 Co.\"");
        refused(nul, 400, "V7", "$.clientExposures[0].name");
        refused(valid("1").replace("\"HTHO\"", "\"HT\\udc00HO\""), 400, "V7", "$.nodes[4].code");
    }

    @Test
    void headerMissingOrUnreadable_PERIOD_FIG_VERSION() {
        refused(valid("1").replace("\"period\":\"2051-01\"", "\"period\":\"2051-13\""), 422, "PERIOD", "$.period");
        refused(valid("1").replace("\"figureVersion\":1", "\"figureVersion\":0"), 422, "FIG-VERSION", "$.figureVersion");
        refused("{\"nodes\":[],\"period\":\"2051-01\",\"figureVersion\":1}", 422, "PERIOD", "$.period");
    }

    @Test
    void theSameVersionWithOtherContentIsAConflictAndStoresNothing() {
        String period = "2051-02";
        new Intake(period, 1).regulators("1000", "10").post().then().statusCode(201);
        Response r = new Intake(period, 1).regulators("1000", "11").post();
        ProblemAssertions.assertProblem(r, 409);
        assertEquals(1, Intake.loads(period));
    }

    @Test
    void aBodyThatIsNotJsonOrNotFromAServiceIsRefused() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.service()).contentType("text/plain").body(valid("1"))
                .post("/api/v1/figures").andReturn(), 415);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).contentType("application/json").body(valid("1"))
                .post("/api/v1/figures").andReturn(), 403);
        assertEquals(0, Intake.loads(P));
    }

    /** A load of 2052-01 for the other writes to point at. */
    private static void figures() {
        int s = new Intake("2052-01", 1).regulators("1000", "10").headOffice("HTBANK", "JOINT_STOCK", "CBRC", "100", "1")
                .branch("HTBANK-GD", "BRANCH_GRADE_ONE", "HTBANK", "HTBANK", "JOINT_STOCK", "BUR-440000", "50", "1", "0").post().statusCode();
        assertTrue(s == 200 || s == 201);
    }

    private static Response postJson(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path).andReturn();
    }

    private static void assertRule(Response r, int status, String rule, String path) {
        ProblemAssertions.assertProblem(r, status);
        List<Map<String, String>> errors = r.jsonPath().getList("errors");
        assertTrue(errors != null && errors.stream().anyMatch(e -> rule.equals(e.get("rule")) && (path == null || path.equals(e.get("path")))),
                "no " + rule + " at " + path + " in " + r.asString());
    }

    @Test
    void runRequestsThatCannotBeServed_PERIOD_RUN() {
        figures();
        String cbrc = TestTokens.cbrc();
        assertRule(postJson(cbrc, "/api/v1/runs", "{\"period\":\"2052-13\"}"), 400, "PERIOD", "$.period");
        assertRule(postJson(cbrc, "/api/v1/runs", "{\"period\":\"2052-11\"}"), 422, "RUN", "$.period");
        assertRule(postJson(cbrc, "/api/v1/runs", "{\"period\":\"2052-01\",\"regulatorCode\":\"HTBANK\"}"), 422, "RUN", "$.regulatorCode");
        assertRule(postJson(cbrc, "/api/v1/runs", "{\"period\":\"2052-01\",\"regulatorCode\":\"BUR\\u0000\"}"), 400, "TEXT", "$.regulatorCode");
        assertRule(postJson(cbrc, "/api/v1/runs", "{\"period\":[\"2052-01\"]}"), 400, "TYPE", "$.period");
        assertRule(postJson(cbrc, "/api/v1/runs", "{\"period\":\"2052-01\",\"extra\":1}"), 400, "V7", null);
        ProblemAssertions.assertProblem(postJson(cbrc, "/api/v1/runs", "{\"period\":"), 400);
        ProblemAssertions.assertProblem(given().auth().oauth2(cbrc).post("/api/v1/runs/999999/publish").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(cbrc).post("/api/v1/runs/999999/recompute").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(cbrc).post("/api/v1/runs/abc/recompute").andReturn(), 404);
        assertEquals(0, given().auth().oauth2(cbrc).get("/api/v1/runs?period=2052-01").then().statusCode(200).extract().<Integer>path("total"));
    }

    @Test
    void flagsThatCannotBeSet_FLAG() {
        figures();
        String bureau = TestTokens.bureau("BUR-440000");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK-GD\"}"), 422, "FLAG", "$.reason");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK-GD\",\"reason\":\"x \\ud800\"}"), 400, "TEXT", "$.reason");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK-GD\",\"reason\":\"" + "x".repeat(501) + "\"}"), 422, "FLAG", "$.reason");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK-GD\",\"reason\":\"r\",\"flaggedOn\":\"2999-01-01\"}"), 422, "FLAG",
                "$.flaggedOn");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK-GD\",\"reason\":\"r\",\"flaggedOn\":\"yesterday\"}"), 400, "TYPE",
                "$.flaggedOn");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HT\\u0000\",\"reason\":\"r\"}"), 400, "TEXT", "$.unitCode");
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTNOBODY\",\"reason\":\"r\"}"), 404, "FLAG", "$.unitCode");
        assertRule(postJson(TestTokens.cbrc(), "/api/v1/flags", "{\"unitCode\":\"BUR-440000\",\"reason\":\"r\"}"), 422, "FLAG", "$.unitCode");
        ProblemAssertions.assertProblem(postJson(bureau, "/api/v1/flags", "{\"unitCode\":"), 400);
        // HTBANK (the head office) is supervised by the CBRC: outside the bureau's jurisdiction, it answers as if unknown.
        assertRule(postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK\",\"reason\":\"r\"}"), 404, "FLAG", "$.unitCode");
        assertEquals(0, given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/flags?unitCode=HTBANK-GD").then().statusCode(200)
                .extract().<Integer>path("total"));
        assertEquals(0, given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/flags?unitCode=HTBANK").then().statusCode(200)
                .extract().<Integer>path("total"));
    }

    @Test
    void liftingWithoutAReasonOrAnUnknownFlag_FLAG() {
        figures();
        String bureau = TestTokens.bureau("BUR-440000");
        long id = postJson(bureau, "/api/v1/flags", "{\"unitCode\":\"HTBANK-GD\",\"reason\":\"to be lifted\"}").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertRule(postJson(bureau, "/api/v1/flags/" + id + "/lift", "{}"), 422, "FLAG", "$.reason");
        assertRule(postJson(bureau, "/api/v1/flags/" + id + "/lift", "{\"reason\":\"   \"}"), 422, "FLAG", "$.reason");
        assertRule(postJson(bureau, "/api/v1/flags/" + id + "/lift", "{\"reason\":[\"r\"]}"), 400, "TYPE", "$.reason");
        ProblemAssertions.assertProblem(postJson(bureau, "/api/v1/flags/999999/lift", "{\"reason\":\"r\"}"), 404);
        ProblemAssertions.assertProblem(postJson(TestTokens.bureau("BUR-110000"), "/api/v1/flags/" + id + "/lift", "{\"reason\":\"r\"}"), 404);
        given().auth().oauth2(bureau).get("/api/v1/flags/" + id).then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void progressWeightsThatCannotBeUsed_WEIGHTS() {
        String bureau = TestTokens.bureau("SUB-440100");
        String path = "/api/v1/progress-weights/SUB-440100";
        assertRule(given().auth().oauth2(bureau).contentType("application/json").body("{\"I1\":-1,\"I2\":1,\"I4\":1,\"I7\":1}").put(path).andReturn(),
                422, "WEIGHTS", "$.I1");
        assertRule(given().auth().oauth2(bureau).contentType("application/json").body("{\"I1\":1,\"I2\":1,\"I4\":1}").put(path).andReturn(),
                422, "WEIGHTS", "$.I7");
        assertRule(given().auth().oauth2(bureau).contentType("application/json").body("{\"I1\":0,\"I2\":0,\"I4\":0,\"I7\":0}").put(path).andReturn(),
                422, "WEIGHTS", "$");
        assertRule(given().auth().oauth2(bureau).contentType("application/json").body("{\"I1\":1e400,\"I2\":1,\"I4\":1,\"I7\":1,\"I9\":1}")
                .put(path).andReturn(), 422, "WEIGHTS", "$.I9");
        assertRule(given().auth().oauth2(bureau).contentType("application/json").body("{\"I1\":\"heavy\",\"I2\":1,\"I4\":1,\"I7\":1}")
                .put(path).andReturn(), 400, "TYPE", null);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau("BUR-110000")).contentType("application/json")
                .body("{\"I1\":1,\"I2\":1,\"I4\":1,\"I7\":1}").put(path).andReturn(), 403);
        given().auth().oauth2(bureau).get(path).then().statusCode(200).body("isDefault", org.hamcrest.Matchers.equalTo(true));
    }
}
