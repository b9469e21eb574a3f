package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes institutions through HTTP into PostgreSQL and reads them back. */
@QuarkusTest
class InstitutionResourceTest {

    @Test
    void addsAndReadsAnInstitution() {
        post(Map.of("code", "CBRC", "name", "China Banking Regulatory Commission", "kind", "REGULATOR_NATIONAL",
                "regionCode", "110000", "validFrom", "2000-01-01"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "T1-BUREAU", "name", "Test Bureau", "kind", "REGULATOR_BUREAU", "parentCode", "CBRC",
                        "supervisorCode", "CBRC", "regionCode", "460000", "validFrom", "2003-04-28"))
                .post("/api/v1/institutions")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/institutions/T1-BUREAU"));

        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/T1-BUREAU?asOf=2026-10-31")
                .then().statusCode(200).body("name", equalTo("Test Bureau")).body("parentCode", equalTo("CBRC"));
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/T1-BUREAU/history")
                .then().statusCode(200).body("validFrom", hasItem("2003-04-28"));
    }

    @Test
    void unknownInstitutionIsProblemJson() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/NOPE").andReturn(), 404);
    }

    private static void post(Map<String, String> body) {
        int status = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/institutions").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("setup failed: " + status);
        }
    }
}
