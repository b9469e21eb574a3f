package cn.npa.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The accepted-statement inbox through HTTP against PostgreSQL: stored once, however often it is sent. */
@QuarkusTest
class StatementInboxResourceTest {

    static final Map<String, Object> FILING = Map.of("header", Map.of("institutionCode", "LC0001"));

    @Test
    void anEventSentTwiceIsStoredOnce() {
        Map<String, Object> event = Map.of("eventId", UUID.randomUUID().toString(), "submissionId", "S-1", "version", 1,
                "institutionCode", "LC0001", "reportType", "BANK_MONTHLY_NPL", "period", "2026-09",
                "acceptedAt", "2026-10-10T09:00:00+08:00", "figures", Map.of("loans", Map.of("pass", "1000.00"), "filing", FILING));
        given().auth().oauth2(TestTokens.service()).contentType("application/json").body(event)
                .post("/api/v1/accepted-statements").then().statusCode(201);
        given().auth().oauth2(TestTokens.service()).contentType("application/json").body(event)
                .post("/api/v1/accepted-statements").then().statusCode(200);
        given().auth().oauth2(TestTokens.service()).get("/api/v1/accepted-statements?period=2026-09")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].figures.loans.pass", equalTo("1000.00"));
    }

    @Test
    void amountsComeBackExactlyAsSent() {
        String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"submissionId\":\"S-X\",\"version\":1,\"institutionCode\":\"LC0002\","
                + "\"reportType\":\"BANK_MONTHLY_NPL\",\"period\":\"2026-07\",\"acceptedAt\":\"2026-08-10T09:00:00+08:00\","
                + "\"figures\":{\"npl\":6217278818.18,\"totalLoans\":12345678901234.50,\"filing\":{\"header\":{}}}}";
        given().auth().oauth2(TestTokens.service()).contentType("application/json").body(body)
                .post("/api/v1/accepted-statements").then().statusCode(201);
        String read = given().auth().oauth2(TestTokens.service()).get("/api/v1/accepted-statements?period=2026-07").asString();
        org.junit.jupiter.api.Assertions.assertTrue(read.contains("\"npl\":6217278818.18"), read);
        org.junit.jupiter.api.Assertions.assertTrue(read.contains("\"totalLoans\":12345678901234.50"), read);
    }

    @Test
    void aStatementWithoutItsFilingIsRefusedAndNotStored() {
        // e.g. sent by a relay older than the outbox's version reference: refused, so it stays pending and is sent again
        Map<String, Object> event = Map.of("eventId", UUID.randomUUID().toString(), "submissionId", "S-3", "version", 1,
                "institutionCode", "LC0003", "reportType", "BANK_MONTHLY_NPL", "period", "2026-06",
                "acceptedAt", "2026-07-10T09:00:00+08:00", "figures", Map.of("npl", 1));
        var response = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.service()).contentType("application/json")
                .body(event).post("/api/v1/accepted-statements").andReturn(), 422);
        org.junit.jupiter.api.Assertions.assertEquals("$.figures.filing", response.jsonPath().getString("errors[0].path"), response.asString());
        given().auth().oauth2(TestTokens.service()).get("/api/v1/accepted-statements?period=2026-06").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void anIncompleteEventNamesEveryMissingField() {
        var response = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.service()).contentType("application/json")
                .body(Map.of("submissionId", "S-2")).post("/api/v1/accepted-statements").andReturn(), 422);
        org.junit.jupiter.api.Assertions.assertTrue(response.jsonPath().getList("errors").size() >= 6, response.asString());
    }

    @Test
    void aBankCannotFeedTheInbox() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001")).contentType("application/json")
                .body(Map.of()).post("/api/v1/accepted-statements").andReturn(), 403);
    }
}
