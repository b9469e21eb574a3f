package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestClock;
import cn.npa.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, holes 1 and 2 for filings: a lone UTF-16 surrogate in a text was a 500 from jsonb; a padded identifier was
 * indexed stripped and stored padded. Now the first is a 400 and the second a 422 (V7), each naming the JSON path,
 * and neither stores a row.
 */
@QuarkusTest
class HostileFilingTextsTest {

    private static final String BANK = "RC0001";

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @BeforeEach
    void register() {
        clock.setTo(LocalDateTime.of(2026, 12, 4, 10, 0));
        DemoRegister.load();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A quarterly report with one text replaced by raw JSON (escapes as a client writes them), posted as RC0001. */
    private Response post(String pointer, String rawJson) {
        ObjectNode doc = FilingBodies.quarterly(BANK, "BANK_QUARTERLY_NPA", "2026-Q2").doc();
        doc.with("header").put("amendmentReason", "a first filing ignores the reason");
        ObjectNode parent = (ObjectNode) doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
        parent.put(pointer.substring(pointer.lastIndexOf('/') + 1), "@@RAW@@");
        String body = doc.toString().replace("\"@@RAW@@\"", rawJson);
        return given().auth().oauth2(TestTokens.bank(BANK)).contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/submissions").andReturn();
    }

    private void assertRefused(String pointer, String rawJson, int status, String rule) {
        Map<String, Long> before = IntakeTables.counts(db);
        Response r = ProblemAssertions.assertProblem(post(pointer, rawJson), status);
        String path = "$" + pointer.replace("/", ".").replaceAll("\\.(\\d+)", "[$1]");
        List<String> found = r.jsonPath().getList("errors.findAll { it.path == '" + path + "' }.rule");
        assertTrue(found.contains(rule), "expected " + rule + " at " + path + ": " + r.asString());
        assertEquals(before, IntakeTables.counts(db), "nothing may be stored");
    }

    @ParameterizedTest(name = "lone surrogate in {0}")
    @CsvSource({"/loans/clients/3/name", "/loans/clients/1/groupId", "/header/amendmentReason", "/narrative/measures",
        "/narrative/typicalCases/0/text", "/narrative/trendProjection/text"})
    void aLoneSurrogateInATextIs400NamingItsPath(String pointer) {
        assertRefused(pointer, "\"Client \\ud800x\"", 400, "V7");
        assertRefused(pointer, "\"\\udfff\"", 400, "V7");
    }

    @ParameterizedTest(name = "control character in {0}")
    @CsvSource({"/loans/clients/3/name", "/narrative/causeAnalysis"})
    void aNulOrAnotherControlCharacterIs422NamingItsPath(String pointer) {
        assertRefused(pointer, "\"a\\u0000b\"", 422, "V7");
        assertRefused(pointer, "\"a\\u001bb\"", 422, "V7");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/header/period          | \" 2026-Q2\"",
        "/header/period          | \"2026-Q2\\n\"",
        "/header/institutionCode | \"RC0001 \"",
        "/header/reportType      | \"\\tBANK_QUARTERLY_NPA\"",
        "/loans/clients/2/clientId | \"91440300MA5F00002X \"",
        "/loans/byIndustry/0/industry | \"C \"",
    })
    void aPaddedIdentifierIs422NamingItsPath(String pointer, String rawJson) {
        assertRefused(pointer, rawJson, 422, "V7");
    }
}
