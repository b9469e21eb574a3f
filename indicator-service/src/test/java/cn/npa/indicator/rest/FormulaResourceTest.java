package cn.npa.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formula registry through HTTP against PostgreSQL: defaults, variants, a regulator's choice. */
@QuarkusTest
class FormulaResourceTest {

    @Test
    void listsEveryIndicatorWithItsVariants() {
        given().auth().oauth2(TestTokens.bank("LC0001")).get("/api/v1/formulas?size=50")
                .then().statusCode(200)
                .body("total", equalTo(11))
                .body("items.id", hasItems("I1", "I2", "I3", "I4", "I5", "I5'", "I6", "I6'", "I7", "I7'", "I8"));
    }

    @Test
    void aBureauChoosesAVariantAndSeesItInForce() {
        String bureau = TestTokens.bureau("BUR-440000");
        given().auth().oauth2(bureau).contentType("application/json").body(Map.of("formulaId", "I6'"))
                .put("/api/v1/formula-choices/BUR-440000/I6").then().statusCode(200).body("formula.id", equalTo("I6'"));
        JsonPath active = given().auth().oauth2(bureau).get("/api/v1/formula-choices/BUR-440000").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("I6'", active.getString("find { it.indicator == 'I6' }.formula.id"));
        org.junit.jupiter.api.Assertions.assertEquals("I5", active.getString("find { it.indicator == 'I5' }.formula.id"));
    }

    @Test
    void aVariantOfAnotherIndicatorIsRefused() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).contentType("application/json")
                .body(Map.of("formulaId", "I5'")).put("/api/v1/formula-choices/CBRC/I6").andReturn(), 422);
    }

    @Test
    void aBureauCannotSetAnotherBureausChoice() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau("BUR-110000")).contentType("application/json")
                .body(Map.of("formulaId", "I6'")).put("/api/v1/formula-choices/BUR-440000/I6").andReturn(), 403);
    }
}
