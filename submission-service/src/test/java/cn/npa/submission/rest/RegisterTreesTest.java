package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Effective dating and the two trees through HTTP: a branch moved in June, a jurisdiction whose grade-one branch and
 * sub-branches have different supervisors, and its maximal nodes.
 */
@QuarkusTest
class RegisterTreesTest {

    // Built on the demo register's regulators; codes of this test start with T9 so that they never meet the demo's.
    private static final String REGISTER = "code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo\n"
            + "T9-SUB-440500,Shantou Sub-bureau,REGULATOR_SUB_BUREAU,BUR-440000,BUR-440000,440500,,2000-01-01,\n"
            + "T9-BANK,T9 Bank,BANK_HEAD_OFFICE,,CBRC,110000,JOINT_STOCK,2000-01-01,\n"
            + "T9-BANK-GD,T9 Guangdong,BRANCH_GRADE_ONE,T9-BANK,BUR-440000,440000,,2000-01-01,\n"
            + "T9-BANK-BJ,T9 Beijing,BRANCH_GRADE_ONE,T9-BANK,BUR-110000,110000,,2000-01-01,\n"
            + "T9-BANK-GD-ST,T9 Shantou,BRANCH,T9-BANK-GD,T9-SUB-440500,440500,,2000-01-01,\n"
            + "T9-BANK-GD-ST-1,T9 Shantou sub 1,SUB_BRANCH,T9-BANK-GD-ST,T9-SUB-440500,440500,,2000-01-01,\n"
            + "T9-BANK-GD-2,T9 Guangzhou sub 2,SUB_BRANCH,T9-BANK-GD,BUR-440000,440100,,2000-01-01,\n"
            // moved in June 2026: under the Guangdong branch until May, under the Shantou branch from June
            + "T9-BANK-GD-M,T9 moved sub-branch,SUB_BRANCH,T9-BANK-GD,BUR-440000,440500,,2000-01-01,2026-05-31\n"
            + "T9-BANK-GD-M,T9 moved sub-branch,SUB_BRANCH,T9-BANK-GD-ST,T9-SUB-440500,440500,,2026-06-01,\n";

    @BeforeEach
    void load() {
        DemoRegister.load();
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(REGISTER)
                .post("/api/v1/institutions/import").then().statusCode(200);
    }

    private static List<String> codes(String path, String token) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath().getList("items.code");
    }

    @Test
    void aBranchMovedInJuneIsUnderItsOldParentInMayAndItsNewOneInJuly() {
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/T9-BANK-GD-M?asOf=2026-05-15")
                .then().statusCode(200).body("parentCode", equalTo("T9-BANK-GD"));
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/T9-BANK-GD-M?asOf=2026-07-15")
                .then().statusCode(200).body("parentCode", equalTo("T9-BANK-GD-ST"));
        assertEquals(List.of("T9-BANK-GD-2", "T9-BANK-GD-M", "T9-BANK-GD-ST"), codes("/api/v1/institutions/T9-BANK-GD/children?asOf=2026-05-15", TestTokens.cbrc()));
        assertEquals(List.of("T9-BANK-GD-2", "T9-BANK-GD-ST"), codes("/api/v1/institutions/T9-BANK-GD/children?asOf=2026-07-15", TestTokens.cbrc()));
        assertEquals(List.of("T9-BANK-GD-M", "T9-BANK-GD-ST-1"), codes("/api/v1/institutions/T9-BANK-GD-ST/subtree?asOf=2026-07-15&size=10", TestTokens.cbrc())
                .stream().filter(c -> !c.equals("T9-BANK-GD-ST")).sorted().toList());
        List<String> ancestors = given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/T9-BANK-GD-M/ancestors?asOf=2026-07-15")
                .then().statusCode(200).extract().jsonPath().getList("code");
        assertEquals(List.of("T9-BANK-GD-ST", "T9-BANK-GD", "T9-BANK"), ancestors);
    }

    @Test
    void jurisdictionFollowsTheSupervisorsNotTheBankTree() {
        // The sub-bureau sees only what it supervises: the Shantou branch and its sub-branch (and the moved one from June).
        List<String> sub = codes("/api/v1/institutions/T9-SUB-440500/jurisdiction?asOf=2026-07-15", TestTokens.cbrc());
        assertEquals(List.of("T9-BANK-GD-M", "T9-BANK-GD-ST", "T9-BANK-GD-ST-1"), sub);
        List<String> subMay = codes("/api/v1/institutions/T9-SUB-440500/jurisdiction?asOf=2026-05-15", TestTokens.cbrc());
        assertEquals(List.of("T9-BANK-GD-ST", "T9-BANK-GD-ST-1"), subMay);
    }

    @Test
    void maximalNodesAreThoseWhoseParentIsOutsideTheJurisdiction() {
        // The Guangdong bureau's jurisdiction holds the grade-one branch and (through its sub-bureau) the Shantou branch:
        // only the grade-one branch is maximal, so no amount is counted twice; the Beijing branch is outside.
        List<String> maximal = codes("/api/v1/institutions/BUR-440000/jurisdiction/maximal?asOf=2026-07-15&size=1000", TestTokens.cbrc())
                .stream().filter(c -> c.startsWith("T9")).toList();
        assertEquals(List.of("T9-BANK-GD"), maximal);
        // For the sub-bureau alone, the Shantou branch is maximal: its parent is supervised by the bureau itself.
        assertEquals(List.of("T9-BANK-GD-ST"), codes("/api/v1/institutions/T9-SUB-440500/jurisdiction/maximal?asOf=2026-07-15", TestTokens.cbrc()));
        // The CBRC's maximal nodes are the head offices.
        assertEquals(List.of("T9-BANK"), codes("/api/v1/institutions/CBRC/jurisdiction/maximal?asOf=2026-07-15&size=1000", TestTokens.cbrc())
                .stream().filter(c -> c.startsWith("T9")).toList());
    }

    @Test
    void aBankSeesItselfAndBelowButNotOthers() {
        String branch = TestTokens.bank("T9-BANK-GD");
        given().auth().oauth2(branch).get("/api/v1/institutions/T9-BANK-GD-ST?asOf=2026-07-15").then().statusCode(200);
        ProblemAssertions.assertProblem(given().auth().oauth2(branch).get("/api/v1/institutions/T9-BANK-BJ?asOf=2026-07-15").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(branch).get("/api/v1/institutions/T9-BANK?asOf=2026-07-15").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(branch).get("/api/v1/institutions/T9-SUB-440500/jurisdiction").andReturn(), 403);
    }

    @Test
    void aBureauSeesItsJurisdictionButNotAnotherBureaus() {
        String beijing = TestTokens.bureau("BUR-110000");
        given().auth().oauth2(beijing).get("/api/v1/institutions/T9-BANK-BJ?asOf=2026-07-15").then().statusCode(200);
        ProblemAssertions.assertProblem(given().auth().oauth2(beijing).get("/api/v1/institutions/T9-BANK-GD-ST?asOf=2026-07-15").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(beijing).get("/api/v1/institutions/BUR-440000/jurisdiction").andReturn(), 404);
        String guangdong = TestTokens.bureau("BUR-440000");
        assertEquals(List.of("T9-BANK-GD-ST"), codes("/api/v1/institutions/T9-SUB-440500/jurisdiction/maximal?asOf=2026-07-15", guangdong));
    }

    @Test
    void searchFindsByRegionAndKind() {
        List<String> found = codes("/api/v1/institutions?region=440000&kind=BRANCH&asOf=2026-07-15&size=1000", TestTokens.cbrc())
                .stream().filter(c -> c.startsWith("T9")).toList();
        assertEquals(List.of("T9-BANK-GD-ST"), found);
    }
}
