package cn.npa.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, hole 1 in a JSON body: a formula id with a NUL was a 500 from the database, one with a lone surrogate was
 * echoed back as unknown. Both are a 400 naming {@code $.formulaId} (TEXT), and no choice is stored.
 */
@QuarkusTest
class HostileFormulaChoiceTest {

    @Inject
    AgroalDataSource db;

    private long choices() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from formula_choice")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I6\\u0000", "\\ud800x", "I6\\udfff", "I6\\u001b"})
    void anUnusableFormulaIdIsA400NamingIt(String escaped) {
        long before = choices();
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).contentType("application/json")
                .body("{\"formulaId\":\"" + escaped + "\"}").put("/api/v1/formula-choices/BUR-650000/I6").andReturn(), 400);
        assertEquals("TEXT $.formulaId", r.jsonPath().getString("errors[0].rule") + " " + r.jsonPath().getString("errors[0].path"), r.asString());
        assertEquals(before, choices(), "nothing may be stored");
    }
}
