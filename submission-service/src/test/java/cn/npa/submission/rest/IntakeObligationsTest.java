package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A filing settles its obligation at once (D4), and a Q1 jump opens a MAJOR_CHANGE obligation for the bank (§2). */
@QuarkusTest
class IntakeObligationsTest {

    private static JsonPath obligations(String query) {
        return given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath file(String body) {
        return given().auth().oauth2(TestTokens.bank("RC0001")).contentType("application/json").body(body)
                .post("/api/v1/submissions").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aFilingSettlesItsObligationAndARatioJumpOpensAMajorChange_D4_Q1() {
        DemoRegister.load();
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/obligations/generate?period=2026-05").then().statusCode(200);
        JsonPath owed = obligations("institution=RC0001&period=2026-05");
        assertEquals("BANK_MONTHLY_NPL", owed.getString("items[0].reportType"), owed.prettify());
        assertEquals("2026-06-15", owed.getString("items[0].dueDate"), owed.prettify());

        file(FilingBodies.monthly("RC0001", "2026-05").json());
        JsonPath may = obligations("institution=RC0001&period=2026-05");
        assertEquals("SUBMITTED_LATE", may.getString("items[0].status"), may.prettify());
        assertTrue(may.getInt("items[0].daysLate") > 100, may.prettify());
        // recorded lateness is evidence (Art. 20, 23): it cannot be waived away afterwards
        long id = may.getLong("items[0].id");
        cn.npa.testing.ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).contentType("application/json")
                .body(java.util.Map.of("reason", "too late to forgive")).put("/api/v1/obligations/" + id + "/waiver").andReturn(), 409);

        List<String> rules = file(ratioJump("RC0001", "2026-06").json()).getList("findings.rule");
        assertTrue(rules.contains("Q1"), rules.toString());
        JsonPath major = obligations("institution=RC0001&status=OPEN&size=50");
        assertTrue(major.getList("items.reportType").contains("MAJOR_CHANGE"), major.prettify());
    }

    @Test
    void aRatioJumpOfABankClosedSinceIsStillAccepted_Q1() {
        DemoRegister.load();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("[{\"code\":\"RC0990\",\"name\":\"Closed Rural"
                + " Commercial Bank\",\"kind\":\"BANK_HEAD_OFFICE\",\"parentCode\":null,\"supervisorCode\":\"BUR-110000\",\"regionCode\":"
                + "\"110000\",\"peerGroup\":\"RURAL_COMMERCIAL\",\"validFrom\":\"2000-01-01\",\"validTo\":\"2026-10-31\"}]")
                .post("/api/v1/institutions/import").then().statusCode(200);
        String bank = TestTokens.bank("RC0990");
        given().auth().oauth2(bank).contentType("application/json").body(FilingBodies.monthly("RC0990", "2026-05").json())
                .post("/api/v1/submissions").then().statusCode(201);
        // the bank has closed since: no MAJOR_CHANGE obligation can be opened today, yet the valid filing is stored
        List<String> rules = given().auth().oauth2(bank).contentType("application/json").body(ratioJump("RC0990", "2026-06").json())
                .post("/api/v1/submissions").then().statusCode(201).extract().jsonPath().getList("findings.rule");
        assertTrue(rules.contains("Q1"), rules.toString());
        JsonPath owed = obligations("institution=RC0990&size=50");
        assertFalse(owed.getList("items.reportType").contains("MAJOR_CHANGE"), owed.prettify());
    }

    /** A month where 300 moves from pass to loss: the NPL ratio goes from 10 % to 13 % (Q1 is more than 2 points). */
    private static FilingBodies ratioJump(String code, String period) {
        FilingBodies month = FilingBodies.monthly(code, period);
        ObjectNode loans = (ObjectNode) month.doc().get("loans");
        ((ObjectNode) loans.get("grades")).put("pass", new BigDecimal("7700.00")).put("loss", new BigDecimal("500.00"));
        ((ObjectNode) loans.get("byIndustry").get(0)).put("npl", new BigDecimal("900.00"));
        ((ObjectNode) loans.get("byRegion").get(0)).put("npl", new BigDecimal("1000.00"));
        ((ObjectNode) loans.get("vintages").get(1)).put("npl", new BigDecimal("800.00"));
        return month;
    }
}
