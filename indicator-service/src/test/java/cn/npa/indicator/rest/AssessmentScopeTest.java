package cn.npa.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who reads what of an assessment (docs/security.md): a bank its own units and its peer group's statistics, never
 * another bank's units; a bureau its jurisdiction; out of scope a single read is 404, a list leaves it out, a peer
 * group or an operation the role may never use is 403. Country of its own: codes SC..., period 2061-01.
 */
@QuarkusTest
class AssessmentScopeTest {

    static final String T = "2061-01";
    private static Long run;

    static synchronized long run() {
        if (run == null) {
            int s = new Intake(T, 1).regulators("1000", "10")
                    .headOffice("SCA", "CITY_COMMERCIAL", "BUR-440000", "100", "2")
                    .branch("SCA-01", "BRANCH_GRADE_ONE", "SCA", "SCA", "CITY_COMMERCIAL", "SUB-440100", "60", "1", "0")
                    .branch("SCA-01-001", "BRANCH", "SCA-01", "SCA", "CITY_COMMERCIAL", "SUB-440100", "30", "1", "0")
                    .headOffice("SCB", "CITY_COMMERCIAL", "BUR-110000", "100", "3")
                    .branch("SCB-01", "BRANCH_GRADE_ONE", "SCB", "SCB", "CITY_COMMERCIAL", "BUR-110000", "50", "2", "0")
                    .headOffice("SCJ", "JOINT_STOCK", "CBRC", "100", "1")
                    .node("SC-PEER-CITY", "PEER_GROUP", null, null, null, "CITY_COMMERCIAL", null, Intake.loans("200", "5", "0", "0"))
                    .post().statusCode();
            assertTrue(s == 200 || s == 201);
            run = AssessmentFlowTest.run(T, null, TestTokens.cbrc());
        }
        return run;
    }

    private static int status(String token, String path) {
        return given().auth().oauth2(token).get(path).statusCode();
    }

    @Test
    void aBankReadsItsOwnUnitsAndNeverAnotherBanks() {
        run();
        String bankA = TestTokens.bank("SCA");
        assertEquals(200, status(bankA, "/api/v1/assessments/" + T + "/nodes/SCA-01-001"));
        ProblemAssertions.assertProblem(given().auth().oauth2(bankA).get("/api/v1/assessments/" + T + "/nodes/SCB-01").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(bankA).get("/api/v1/assessments/" + T + "/nodes/BUR-440000").andReturn(), 404);
        List<String> listed = given().auth().oauth2(bankA).get("/api/v1/assessments/" + T).then().statusCode(200).extract().jsonPath()
                .getList("items.node.code");
        assertEquals(List.of("SC-PEER-CITY", "SCA", "SCA-01", "SCA-01-001"), listed);
    }

    @Test
    void aBranchUserReadsItsBranchAndWhatIsBelowItNotItsHeadOffice() {
        run();
        String branch = TestTokens.bank("SCA-01");
        assertEquals(200, status(branch, "/api/v1/assessments/" + T + "/nodes/SCA-01-001"));
        ProblemAssertions.assertProblem(given().auth().oauth2(branch).get("/api/v1/assessments/" + T + "/nodes/SCA").andReturn(), 404);
    }

    @Test
    void aBankReadsItsOwnPeerGroupsStatisticsOnly() {
        run();
        String bankA = TestTokens.bank("SCA");
        JsonPath own = given().auth().oauth2(bankA).get("/api/v1/assessments/" + T + "/peer-statistics?formula=I1&size=50").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(own.getList("items.peerGroup").stream().allMatch("CITY_COMMERCIAL"::equals), own.prettify());
        assertTrue(own.getInt("total") > 0);
        ProblemAssertions.assertProblem(given().auth().oauth2(bankA).get("/api/v1/assessments/" + T + "/peer-statistics?peerGroup=JOINT_STOCK")
                .andReturn(), 403);
        // In a ranking it sees its own places, not the other banks'.
        List<String> ranked = given().auth().oauth2(bankA).get("/api/v1/assessments/" + T
                + "/ranks?peerGroup=CITY_COMMERCIAL&kind=BANK_HEAD_OFFICE").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(List.of("SCA"), ranked);
        ProblemAssertions.assertProblem(given().auth().oauth2(bankA).get("/api/v1/assessments/" + T
                + "/ranks?peerGroup=JOINT_STOCK&kind=BANK_HEAD_OFFICE").andReturn(), 403);
    }

    @Test
    void aBureauReadsItsJurisdictionAndNotAnotherProvince() {
        run();
        String gd = TestTokens.bureau("BUR-440000");
        assertEquals(200, status(gd, "/api/v1/assessments/" + T + "/nodes/SCA-01"));
        assertEquals(200, status(gd, "/api/v1/assessments/" + T + "/nodes/SUB-440100"));
        ProblemAssertions.assertProblem(given().auth().oauth2(gd).get("/api/v1/assessments/" + T + "/nodes/SCB-01").andReturn(), 404);
        String bj = TestTokens.bureau("BUR-110000");
        ProblemAssertions.assertProblem(given().auth().oauth2(bj).get("/api/v1/key-lists/BUR-440000?period=" + T).andReturn(), 404);
        assertEquals(200, status(bj, "/api/v1/key-lists/BUR-110000?period=" + T));
        ProblemAssertions.assertProblem(given().auth().oauth2(bj).contentType("application/json")
                .body(Map.of("period", T, "regulatorCode", "BUR-440000")).post("/api/v1/runs").andReturn(), 403);
        long gdRun = AssessmentFlowTest.run(T, "BUR-440000", gd);
        ProblemAssertions.assertProblem(given().auth().oauth2(bj).get("/api/v1/runs/" + gdRun).andReturn(), 404);
        // A bureau reads its sub-bureau's key list, at another level computed on request.
        JsonPath sub = given().auth().oauth2(gd).get("/api/v1/key-lists/SUB-440100?period=" + T + "&level=BRANCH").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("BRANCH", sub.getString("level"));
        assertEquals(1, sub.getInt("unitsConsidered"));
    }

    @Test
    void aJurisdictionFilterKeepsOneBureausNodesWithinWhatTheCallerMaySee() {
        run();
        String path = "/api/v1/assessments/" + T + "?kind=BRANCH_GRADE_ONE";
        // the report service reads a bureau's banks for its assessment report (domain Art. 12-14), not the country's
        assertEquals(List.of("SCA-01", "SCB-01"), codes(TestTokens.service(), path));
        assertEquals(List.of("SCA-01"), codes(TestTokens.service(), path + "&jurisdiction=BUR-440000"));
        assertEquals(List.of("SCB-01"), codes(TestTokens.service(), path + "&jurisdiction=BUR-110000"));
        assertEquals(List.of("SCA"), codes(TestTokens.service(), "/api/v1/assessments/" + T + "?kind=BANK_HEAD_OFFICE&jurisdiction=BUR-440000"));
        assertEquals(List.of(), codes(TestTokens.service(), path + "&jurisdiction=NOWHERE"));
        // the filter narrows the caller's scope, never widens it: a bank sees nothing of another province's branches
        assertEquals(List.of(), codes(TestTokens.bank("SCA"), path + "&jurisdiction=BUR-110000"));
        assertEquals(List.of("SCA-01"), codes(TestTokens.bank("SCA"), path + "&jurisdiction=BUR-440000"));
    }

    private static List<String> codes(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath().getList("items.node.code");
    }

    @Test
    void aBankCannotUseTheRegulatorsOperations() {
        run();
        String bank = TestTokens.bank("SCA");
        ProblemAssertions.assertProblem(given().auth().oauth2(bank).get("/api/v1/key-lists/BUR-440000?period=" + T).andReturn(), 403);
        ProblemAssertions.assertProblem(given().auth().oauth2(bank).get("/api/v1/runs").andReturn(), 403);
        ProblemAssertions.assertProblem(given().auth().oauth2(bank).contentType("application/json")
                .body(Map.of("unitCode", "SCA-01", "reason", "r")).post("/api/v1/flags").andReturn(), 403);
        ProblemAssertions.assertProblem(given().auth().oauth2(bank).get("/api/v1/flags").andReturn(), 403);
    }
}
