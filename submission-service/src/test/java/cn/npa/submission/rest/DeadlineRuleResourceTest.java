package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bureaus set their branches' deadlines through HTTP (Art. 18 para. 2, D3). */
@QuarkusTest
class DeadlineRuleResourceTest {

    @BeforeEach
    void register() {
        // The demo register holds every bureau; importing it again changes nothing.
        DemoRegister.load();
    }

    @Test
    void bureauSetsARuleForItsOwnBranchesAndAnyoneReadsIt_D3() {
        Response created = post("BUR-510000", rule("BUR-510000", "BRANCH_QUARTERLY_NPA", 12, "2026-01-01", null));
        assertEquals(201, created.statusCode(), created.asString());
        String location = created.header("Location");
        given().auth().oauth2(TestTokens.bank("ANY-BANK")).get(location).then().statusCode(200)
                .body("bureauCode", equalTo("BUR-510000")).body("dueDays", equalTo(12)).body("validTo", nullValue());
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/deadline-rules?bureauCode=BUR-510000&size=10")
                .then().statusCode(200).body("total", equalTo(1)).body("items", hasSize(1)).body("size", equalTo(10));
    }

    @Test
    void branchDueDatesFollowTheBureauOfTheBranch_D3() {
        CalendarResourceTest.load2026();
        post("BUR-460000", rule("BUR-460000", "BRANCH_MONTHLY_NPL", 3, "2026-01-01", null)).then().statusCode(201);
        given().auth().oauth2(TestTokens.bank("ANY-BANK")).get("/api/v1/calendar/due-dates?period=2026-09&bureau=BUR-460000")
                .then().statusCode(200)
                .body("dueDates.find { it.reportType == 'BRANCH_MONTHLY_NPL' }.nominalDate", equalTo("2026-10-03"))
                .body("dueDates.find { it.reportType == 'BRANCH_MONTHLY_NPL' }.dueDate", equalTo("2026-10-08"))
                .body("dueDates.find { it.reportType == 'BRANCH_MONTHLY_NPL' }.source", equalTo("BUREAU_RULE"));
        given().auth().oauth2(TestTokens.bank("ANY-BANK")).get("/api/v1/calendar/due-dates?period=2026-09&bureau=BUR-320000")
                .then().statusCode(200)
                .body("dueDates.find { it.reportType == 'BRANCH_MONTHLY_NPL' }.dueDate", nullValue())
                .body("dueDates.find { it.reportType == 'BRANCH_MONTHLY_NPL' }.note", containsString("No deadline"));
    }

    @Test
    void aLaterVersionEndsTheOpenOneAndOverlapsConflict_D3() {
        Response first = post("BUR-330000", rule("BUR-330000", "BRANCH_MONTHLY_NPL", 10, "2026-01-01", null));
        assertEquals(201, first.statusCode(), first.asString());
        post("BUR-330000", rule("BUR-330000", "BRANCH_MONTHLY_NPL", 8, "2027-01-01", null)).then().statusCode(201);
        given().auth().oauth2(TestTokens.cbrc()).get(first.header("Location")).then().body("validTo", equalTo("2026-12-31"));
        ProblemAssertions.assertProblem(post("BUR-330000", rule("BUR-330000", "BRANCH_MONTHLY_NPL", 5, "2026-06-01", "2026-08-31")), 409);
        given().auth().oauth2(TestTokens.cbrc())
                .get("/api/v1/deadline-rules?bureauCode=BUR-330000&reportType=BRANCH_MONTHLY_NPL&asOf=2027-03-31")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].dueDays", equalTo(8));
    }

    @Test
    void aBureauCannotSetAnotherBureausDeadlines() {
        ProblemAssertions.assertProblem(post("BUR-460000", rule("BUR-320000", "BRANCH_MONTHLY_NPL", 5, "2026-01-01", null)), 403);
    }

    @Test
    void onlyRegisteredBureausSetDeadlines() {
        ProblemAssertions.assertProblem(post("BUR-999999", rule("BUR-999999", "BRANCH_MONTHLY_NPL", 5, "2026-01-01", null)), 403);
        // a bank token naming a bureau does not fit its institution: refused at authentication (401, TOKEN) since issue 16
        Response asBank = given().auth().oauth2(TestTokens.bank("BUR-460000")).contentType("application/json")
                .body(rule("BUR-460000", "BRANCH_MONTHLY_NPL", 5, "2026-01-01", null)).post("/api/v1/deadline-rules").andReturn();
        assertEquals("TOKEN", ProblemAssertions.assertProblem(asBank, 401).jsonPath().getString("errors[0].rule"));
    }

    @Test
    void invalidRuleListsEveryProblem() {
        Response r = ProblemAssertions.assertProblem(post("BUR-460000", rule("BUR-460000", "BANK_MONTHLY_NPL", 0, "2026-13-01", null)), 422);
        assertEquals(List.of("$.reportType", "$.dueDays", "$.validFrom"), r.jsonPath().getList("errors.path"));
        assertEquals(List.of("DL-TYPE", "DL-DAYS", "DL-DATES"), r.jsonPath().getList("errors.rule"));
    }

    @Test
    void badListParametersAre400() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/deadline-rules?asOf=yesterday").andReturn(), 400);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/deadline-rules?reportType=NOPE").andReturn(), 400);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/deadline-rules?size=5000").andReturn(), 400);
    }

    private static Response post(String bureau, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.bureau(bureau)).contentType("application/json").body(body)
                .post("/api/v1/deadline-rules").andReturn();
    }

    private static Map<String, Object> rule(String bureau, String type, int days, String from, String to) {
        Map<String, Object> m = new HashMap<>();
        m.put("bureauCode", bureau);
        m.put("reportType", type);
        m.put("dueDays", days);
        m.put("validFrom", from);
        if (to != null) {
            m.put("validTo", to);
        }
        return m;
    }
}
