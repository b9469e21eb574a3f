package cn.npa.report.rest;

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
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, hole 1 in a free JSON tree: the figures of an accepted statement go into a jsonb column, which refuses a
 * NUL and a lone surrogate (a 500) and whose plain writing of 1E+2147483647 would be two billion digits. Each is a 400
 * naming the path inside the figures (a lone surrogate in a field name is already unreadable JSON to the parser), and
 * nothing is stored.
 */
@QuarkusTest
class HostileStatementTest {

    @Inject
    AgroalDataSource db;

    private long statements() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from accepted_statement")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NUL in a client name      | {\"filing\":{\"header\":{},\"clients\":[{\"name\":\"a\\u0000\"}]}} | TEXT   | $.figures.filing.clients[0].name",
        "lone surrogate            | {\"filing\":{\"header\":{\"amendmentReason\":\"\\ud800x\"}}}      | TEXT   | $.figures.filing.header.amendmentReason",
        // the event is read as a tree (as the bulk feed reads it): a name that cannot be read is told by line and column
        "lone surrogate field name | {\"filing\":{\"header\":{}},\"\\udc00\":1}                        | JSON   | $",
        "exponent beyond any amount | {\"npl\":1E+2147483647,\"filing\":{\"header\":{}}}             | NUMBER | $.figures.npl",
    })
    void anUnstorableValueInTheFiguresIsA400NamingIt(String name, String figures, String rule, String path) {
        long before = statements();
        String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"submissionId\":\"S-H\",\"version\":1,\"institutionCode\":\"LC0001\","
                + "\"reportType\":\"BANK_MONTHLY_NPL\",\"period\":\"2026-06\",\"acceptedAt\":\"2026-07-10T09:00:00+08:00\",\"figures\":" + figures + "}";
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.service()).contentType("application/json").body(body)
                .post("/api/v1/accepted-statements").andReturn(), 400);
        assertEquals(rule + " " + path, r.jsonPath().getString("errors[0].rule") + " " + r.jsonPath().getString("errors[0].path"), r.asString());
        assertEquals(before, statements(), "nothing may be stored");
    }
}
