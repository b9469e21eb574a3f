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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus through HTTP: every request is refused with a clean problem+json naming the rules, never a 5xx,
 * and not one row of the intake tables (submissions, versions, findings, explanations, audit, outbox) is written.
 */
@QuarkusTest
class HostileIntakeTest {

    private static final String BANK = "RC0001";
    private static final String MARK = "\"@@RAW@@\"";

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @TestHTTPResource("/api/v1/submissions")
    URI submissions;

    @BeforeEach
    void register() {
        // the corpus names fixed periods: 2026-Q4 has not ended on this day (V5), 2026-Q3 has
        clock.setTo(LocalDateTime.of(2026, 12, 4, 10, 0));
        DemoRegister.load();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("[{\"code\":\"ZC0001\",\"name\":\"Closed Bank\","
                + "\"kind\":\"BANK_HEAD_OFFICE\",\"supervisorCode\":\"CBRC\",\"regionCode\":\"110000\",\"peerGroup\":\"CITY_COMMERCIAL\","
                + "\"validFrom\":\"2000-01-01\",\"validTo\":\"2020-12-31\"}]").post("/api/v1/institutions/import").then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFilingWithoutContentTypeIsA415AndStoresNothing() throws Exception {
        Map<String, Long> before = IntakeTables.counts(db);
        // rest-assured always names a type; java.net.http sends none unless told
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(submissions)
                .header("Authorization", "Bearer " + TestTokens.bank(BANK))
                .POST(HttpRequest.BodyPublishers.ofString(FilingBodies.monthly(BANK, "2026-10").json())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertTrue(r.body().contains("\"rule\":\"CONTENT-TYPE\""), r.body());
        assertEquals(before, IntakeTables.counts(db), "nothing may be stored");
    }

    /** One hostile request and what it must get. */
    record Case(String name, String token, String contentType, byte[] body, String key, int status, List<String> rules) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedAndNothingIsStored(Case c) {
        Map<String, Long> before = IntakeTables.counts(db);
        RequestSpecification req = given().auth().oauth2(c.token()).contentType(c.contentType()).body(c.body());
        if (c.key() != null) {
            req = req.header("Idempotency-Key", c.key());
        }
        Response r = req.post("/api/v1/submissions").andReturn();
        assertTrue(r.statusCode() < 500, c.name() + ": " + r.asString());
        ProblemAssertions.assertProblem(r, c.status());
        List<String> rules = r.jsonPath().getList("errors.rule");
        for (String rule : c.rules()) {
            assertTrue(rules != null && rules.contains(rule), c.name() + " should name " + rule + ": " + r.asString());
        }
        assertEquals(before, IntakeTables.counts(db), c.name() + ": nothing may be stored");
    }

    static Stream<Case> corpus() {
        List<Case> all = new ArrayList<>();
        // V1: amounts
        all.add(raw("string for a number", "/loans/grades/pass", "\"8000.00\"", "V1"));
        all.add(raw("text NaN", "/loans/grades/pass", "\"NaN\"", "V1"));
        all.add(raw("literal NaN", "/loans/grades/pass", "NaN", "V1"));
        all.add(raw("literal Infinity", "/loans/grades/doubtful", "Infinity", "V1"));
        all.add(raw("literal -Infinity", "/loans/grades/loss", "-Infinity", "V1"));
        all.add(raw("1e309", "/loans/grades/pass", "1e309", "V1"));
        all.add(raw("1e999999999", "/loans/grades/pass", "1e999999999", "V1"));
        all.add(raw("ten to the sixteenth", "/loans/grades/pass", "10000000000000000", "V1"));
        all.add(raw("negative amount", "/loans/grades/specialMention", "-1000.00", "V1"));
        all.add(raw("three decimals", "/loans/byIndustry/0/npl", "600.001", "V1"));
        all.add(raw("boolean for a number", "/nonCredit/disposedInPeriod", "true", "V1"));
        all.add(raw("object for a number", "/loans/clients/3/loanBalance", "{\"value\":900}", "V1"));
        all.add(raw("ratio above one", "/narrative/trendProjection/projectedNplRatio", "1.5", "V1"));
        // V7: structure
        all.add(edit("unknown top-level field", d -> d.put("signature", "x"), "V7"));
        all.add(edit("unknown field in grades", d -> d.with("loans").with("grades").put("pass2", 1), "V7"));
        all.add(edit("unknown field in a list row", d -> ((ObjectNode) d.at("/loans/byIndustry/0")).put("comment", "x"), "V7"));
        all.add(edit("missing header", d -> d.remove("header"), "V7"));
        all.add(edit("missing non-credit section", d -> d.remove("nonCredit"), "V7"));
        all.add(edit("missing narrative", d -> d.remove("narrative"), "V7"));
        all.add(edit("missing grade", d -> d.with("loans").with("grades").remove("doubtful"), "V7"));
        all.add(edit("duplicate industry", d -> ((ObjectNode) d.at("/loans/byIndustry/1")).put("industry", "C"), "V7"));
        all.add(edit("duplicate client id", d -> ((ObjectNode) d.at("/loans/clients/1")).put("clientId", FilingBodies.uscc(0)), "V7"));
        all.add(edit("unknown report type", d -> d.with("header").put("reportType", "BANK_WEEKLY"), "V7"));
        all.add(edit("period of the wrong shape", d -> d.with("header").put("period", "2026-7"), "V7"));
        all.add(edit("monthly period for a quarterly report", d -> d.with("header").put("period", "2026-06"), "V7"));
        all.add(edit("NUL character in a text", d -> d.with("narrative").put("measures", "a\u0000b"), "V7"));
        all.add(json("empty object", "{}", 422, "V7"));
        all.add(json("array instead of object", "[1,2,3]", 422, "V7"));
        all.add(json("JSON null", "null", 422, "V7"));
        // V2-V6: content
        all.add(edit("stated total differs from the grades", d -> d.with("loans").put("totalLoans", FilingBodies.dec("10000.01")), "V2"));
        all.add(edit("industries do not sum", d -> ((ObjectNode) d.at("/loans/byIndustry/0")).put("total", FilingBodies.dec("6000.10")), "V3"));
        all.add(edit("client NPL above its loans", d -> ((ObjectNode) d.at("/loans/clients/2")).put("nplBalance", FilingBodies.dec("901.00")), "V4"));
        all.add(edit("bad credit code check character", d -> ((ObjectNode) d.at("/loans/clients/4")).put("clientId", "91440300MA5F000040"), "V6"));
        all.add(edit("three problems at once", d -> {
            d.put("extra", 1);
            ((ObjectNode) d.at("/loans/clients/4")).put("clientId", "91440300MA5F000040");
            d.with("loans").with("grades").put("pass", FilingBodies.dec("-1"));
        }, "V1", "V6", "V7"));
        // V5 and V8: the register and the caller
        all.add(edit("period not ended yet", d -> d.with("header").put("period", "2026-Q4"), "V5"));
        all.add(body("unknown institution", TestTokens.bank("NOSUCH1"), base("NOSUCH1").toString(), 422, "V5"));
        all.add(body("closed institution", TestTokens.bank("ZC0001"), base("ZC0001").toString(), 422, "V5"));
        String branch = SubmissionIntakeTest.unit("JS0002", "BRANCH_GRADE_ONE");
        all.add(body("branch filing a head-office type", TestTokens.bank("JS0002"), base(branch).toString(), 422, "V5"));
        all.add(body("another bank's report", TestTokens.bank("LC0001"), base(BANK).toString(), 403, "V8"));
        // unreadable, too large, wrong media type, bad header
        all.add(json("truncated JSON", "{\"header\": {", 400, "V7"));
        all.add(json("duplicate object key", "{\"header\":{},\"header\":{}}", 400, "V7"));
        all.add(json("empty body", "", 400, "V7"));
        all.add(json("trailing garbage", base(BANK) + "}", 400, "V7"));
        all.add(new Case("body above 2 MB", TestTokens.bank(BANK), "application/json", big(), null, 413, List.of("BODY-SIZE")));
        all.add(new Case("text/plain", TestTokens.bank(BANK), "text/plain", bytes(base(BANK).toString()), null, 415, List.of("CONTENT-TYPE")));
        all.add(new Case("application/xml", TestTokens.bank(BANK), "application/xml", bytes("<report/>"), null, 415, List.of()));
        all.add(new Case("unusable idempotency key", TestTokens.bank(BANK), "application/json", bytes(base(BANK).toString()),
                "two words", 400, List.of("IDEMPOTENCY")));
        return all.stream();
    }

    private static ObjectNode base(String institution) {
        return FilingBodies.quarterly(institution, "BANK_QUARTERLY_NPA", "2026-Q2").doc();
    }

    private static Case raw(String name, String pointer, String rawJson, String... rules) {
        ObjectNode doc = base(BANK);
        ObjectNode parent = (ObjectNode) doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
        parent.put(pointer.substring(pointer.lastIndexOf('/') + 1), "@@RAW@@");
        return body(name, TestTokens.bank(BANK), doc.toString().replace(MARK, rawJson), 422, rules);
    }

    private static Case edit(String name, Consumer<ObjectNode> change, String... rules) {
        ObjectNode doc = base(BANK);
        change.accept(doc);
        return body(name, TestTokens.bank(BANK), doc.toString(), 422, rules);
    }

    private static Case json(String name, String text, int status, String... rules) {
        return body(name, TestTokens.bank(BANK), text, status, rules);
    }

    private static Case body(String name, String token, String text, int status, String... rules) {
        return new Case(name, token, "application/json", bytes(text), null, status, List.of(rules));
    }

    private static byte[] big() {
        ObjectNode doc = base(BANK);
        doc.with("narrative").put("measures", "x".repeat(2_200_000));
        return bytes(doc.toString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
