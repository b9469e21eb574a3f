package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Obligations through HTTP: generation (D4), deadlines per filer and bureau (D3), waivers and scope. Periods 2016-2019 are this class's. */
@QuarkusTest
class ObligationResourceTest {

    @BeforeEach
    void register() {
        DemoRegister.load();
        Obligations.guangdongRule2016();
    }

    @Test
    void generationCoversEveryActiveFilerAndIsIdempotent_D4() {
        JsonPath first = Obligations.generate("2019-05");
        assertTrue(first.getInt("planned") > 0);
        JsonPath again = Obligations.generate("2019-05");
        assertEquals(first.getInt("planned"), again.getInt("planned"));
        assertEquals(0, again.getInt("created"));
        JsonPath lc1 = Obligations.of("LC0001", "2019-05");
        assertEquals(1, lc1.getInt("total"));
        assertEquals("BANK_MONTHLY_NPL", lc1.getString("items[0].reportType"));
        assertEquals("2019-06-17", lc1.getString("items[0].dueDate")); // 15 June 2019 is a Saturday (D2)
        assertEquals("OPEN", lc1.getString("items[0].status"));
        assertEquals(1, Obligations.of("BUR-440000", "2019-05").getInt("total"));
        assertEquals(0, Obligations.of("LC0001-440000", "2019-05").getInt("total")); // no branch rule in 2019
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).post("/api/v1/obligations/generate?period=2099-01")
                .andReturn(), 422);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).post("/api/v1/obligations/generate?period=2019-13")
                .andReturn(), 400);
    }

    @Test
    void decemberQ4AndTheYearAreAllDueInTheSameJanuary_D4() {
        String[][] cases = {{"2019-12", "BANK_MONTHLY_NPL", "2020-01-15"}, {"2019-Q4", "BANK_QUARTERLY_NPA", "2020-01-20"},
            {"2019", "BANK_ANNUAL_NPA", "2020-01-30"}};
        for (String[] c : cases) {
            Obligations.generate(c[0]);
            JsonPath p = Obligations.of("LC0002", c[0]);
            assertEquals(1, p.getInt("total"), c[0]);
            assertEquals(c[1], p.getString("items[0].reportType"));
            assertEquals(c[2], p.getString("items[0].dueDate"));
        }
    }

    @Test
    void aFilerClosedMidPeriodOwesNothingForThatPeriod_D4() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "OBT-CLOSED", "name", "Closed test bank", "kind", "BANK_HEAD_OFFICE", "supervisorCode", "CBRC",
                        "regionCode", "110000", "peerGroup", "PRIVATE", "validFrom", "2017-01-01", "validTo", "2017-05-15"))
                .post("/api/v1/institutions").then().statusCode(201);
        Obligations.generate("2017-04");
        Obligations.generate("2017-05");
        assertEquals(1, Obligations.of("OBT-CLOSED", "2017-04").getInt("total"));
        assertEquals(0, Obligations.of("OBT-CLOSED", "2017-05").getInt("total"));
    }

    @Test
    void branchObligationsOnlyUnderTheBureauThatSetADeadline_D3() {
        Obligations.generate("2016-03");
        JsonPath gd = Obligations.of("LC0001-440000", "2016-03");
        assertEquals(1, gd.getInt("total"));
        assertEquals("BRANCH_MONTHLY_NPL", gd.getString("items[0].reportType"));
        assertEquals("2016-04-11", gd.getString("items[0].dueDate")); // 10 April 2016 is a Sunday
        assertEquals("BUREAU_RULE", gd.getString("items[0].deadlineSource"));
        assertEquals(0, Obligations.of("LC0001-320000", "2016-03").getInt("total"));
        given().auth().oauth2(TestTokens.bureau("BUR-440000")).get("/api/v1/obligations?period=2016-03&size=1000").then().statusCode(200)
                .body("total", greaterThan(1))
                .body("items.findAll { it.reportType == 'BRANCH_MONTHLY_NPL' }.bureauCode", everyItem(equalTo("BUR-440000")))
                .body("items.find { it.reportType == 'BUREAU_MONTHLY_NPL' }.institutionCode", equalTo("BUR-440000"));
    }

    @Test
    void aBureauWaivesInItsJurisdictionOnly() {
        Obligations.generate("2016-06");
        long id = Obligations.id("LC0001-440000", "BRANCH_MONTHLY_NPL", "2016-06");
        ProblemAssertions.assertProblem(waive("BUR-320000", id, "flood"), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001")).contentType("application/json")
                .body(Map.of("reason", "x")).put("/api/v1/obligations/" + id + "/waiver").andReturn(), 403);
        ProblemAssertions.assertProblem(waive("BUR-440000", id, "  "), 422);
        waive("BUR-440000", id, "Typhoon closed the branch for a week").then().statusCode(200)
                .body("status", equalTo("WAIVED")).body("waiverReason", equalTo("Typhoon closed the branch for a week"))
                .body("waivedBy", notNullValue()).body("waivedAt", notNullValue());
        assertEquals("WAIVED", Obligations.get(id).getString("status"));
        long headOffice = Obligations.id("LC0001", "BANK_MONTHLY_NPL", "2016-06");
        ProblemAssertions.assertProblem(waive("BUR-440000", headOffice, "not mine"), 404); // LC0001 is the CBRC's
        given().auth().oauth2(TestTokens.cbrc()).contentType("application/json").body(Map.of("reason", "System outage"))
                .put("/api/v1/obligations/" + headOffice + "/waiver").then().statusCode(200).body("status", equalTo("WAIVED"));
    }

    @Test
    void banksAndBureausSeeOnlyTheirOwnObligations() {
        Obligations.generate("2016-06");
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001")).get("/api/v1/obligations?institution=LC0002").andReturn(), 404);
        given().auth().oauth2(TestTokens.bank("LC0001")).get("/api/v1/obligations?period=2016-06&size=1000").then().statusCode(200)
                .body("total", greaterThan(1)).body("items.institutionCode", everyItem(startsWith("LC0001")));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau("BUR-320000"))
                .get("/api/v1/obligations?institution=LC0001-440000&period=2016-06").andReturn(), 404);
        long other = Obligations.id("LC0002", "BANK_MONTHLY_NPL", "2016-06");
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001")).get("/api/v1/obligations/" + other).andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001"))
                .get("/api/v1/obligations/lateness?institution=LC0002&year=2016").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations?status=LATE").andReturn(), 400);
    }

    private static io.restassured.response.Response waive(String bureau, long id, String reason) {
        return given().auth().oauth2(TestTokens.bureau(bureau)).contentType("application/json").body(Map.of("reason", reason))
                .put("/api/v1/obligations/" + id + "/waiver").andReturn();
    }
}
