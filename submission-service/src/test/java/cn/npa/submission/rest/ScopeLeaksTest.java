package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
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
    void aBureauTokenWithoutAnInstitutionSeesNoLateFilers() {
        String noInst = TestTokens.token("misconfigured", null, "bureau");
        ProblemAssertions.assertProblem(given().auth().oauth2(noInst).get("/api/v1/obligations/late?period=2026-09").andReturn(), 404);
    }
}
