package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Out of scope looks exactly like absent: no answer lets a caller learn what another bank filed or holds. */
@QuarkusTest
class ScopeLeaksTest {

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    private static String detail(String token, String path) {
        return ProblemAssertions.assertProblem(given().auth().oauth2(token).get(path).andReturn(), 404).jsonPath().getString("detail");
    }

    @Test
    void figuresOfAnotherBanksFilingLookLikeNoFiling() {
        given().auth().oauth2(TestTokens.bank("PV0001")).contentType("application/json")
                .body(FilingBodies.monthly("PV0001", "2026-08").json()).post("/api/v1/submissions").then().statusCode(201);
        String other = TestTokens.bank("LC0001");
        assertEquals("No BANK_MONTHLY_NPL report of PV0001 for 2026-08.",
                detail(other, "/api/v1/submissions/figures?institution=PV0001&type=BANK_MONTHLY_NPL&period=2026-08"));
        assertEquals("No BANK_MONTHLY_NPL report of PV0001 for 2026-02.",
                detail(other, "/api/v1/submissions/figures?institution=PV0001&type=BANK_MONTHLY_NPL&period=2026-02"));
    }

    @Test
    void historyOfAnotherBankLooksLikeAnUnknownCode() {
        String bank = TestTokens.bank("LC0002");
        assertEquals("No institution 'LC0001'.", detail(bank, "/api/v1/institutions/LC0001/history"));
        assertEquals("No institution 'NOPE9'.", detail(bank, "/api/v1/institutions/NOPE9/history"));
        given().auth().oauth2(bank).get("/api/v1/institutions/LC0002/history").then().statusCode(200);
    }

    @Test
    void aBureauTokenWithoutAnInstitutionIsRefusedAtAuthentication() {
        // It used to see an empty jurisdiction (404); since issue 16 a token whose role does not fit its institution is refused.
        String noInst = TestTokens.token("misconfigured", null, "bureau");
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(noInst).get("/api/v1/obligations/late?period=2026-09").andReturn(), 401);
        assertEquals("TOKEN", r.jsonPath().getString("errors[0].rule"), r.asString());
    }

    /**
     * Issue 16, scope edge: the ancestors of a node used to give a bureau the full record of a national bank's head office
     * that GET /institutions/{code} refuses it (404). Now an ancestor is listed exactly when that GET answers the caller.
     */
    @Test
    void anAncestorIsListedExactlyWhenTheCallerMayReadIt() {
        String deep = given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/LC0001-440000/subtree?size=1000").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.code").stream().reduce((a, b) -> b).orElseThrow();
        Map<String, String> callers = Map.of(
                "the Guangdong bureau", TestTokens.bureau("BUR-440000"),
                "the Guangdong branch", TestTokens.bank("LC0001-440000"),
                "the head office", TestTokens.bank("LC0001"));
        callers.forEach((who, token) -> {
            for (String node : List.of("LC0001-440000", deep)) {
                List<String> all = given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/" + node + "/ancestors").then()
                        .statusCode(200).extract().jsonPath().getList("code");
                List<String> shown = given().auth().oauth2(token).get("/api/v1/institutions/" + node + "/ancestors").then()
                        .statusCode(200).extract().jsonPath().getList("code");
                for (String ancestor : all) {
                    int read = given().auth().oauth2(token).get("/api/v1/institutions/" + ancestor).statusCode();
                    assertEquals(read == 200, shown.contains(ancestor), who + " reading the ancestors of " + node + ": " + ancestor
                            + " answers " + read + " but the list is " + shown);
                }
            }
        });
        assertEquals(List.of(), given().auth().oauth2(TestTokens.bureau("BUR-440000")).get("/api/v1/institutions/LC0001-440000/ancestors")
                .then().statusCode(200).extract().jsonPath().getList("code"), "the bureau does not see the CBRC's bank");
        detail(TestTokens.bureau("BUR-440000"), "/api/v1/institutions/LC0001");
    }
}
