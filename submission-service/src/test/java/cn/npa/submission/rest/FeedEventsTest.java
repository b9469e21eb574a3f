package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.submission.service.ObligationService;
import cn.npa.testing.TestClock;
import cn.npa.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events the feed carries besides accepted statements (docs/feed.md), as written into the outbox in the transaction
 * of the change: OBLIGATION_STATUS on generation, filing, late amendment, the overdue job and waivers, with growing
 * revisions; REGISTER_CHANGED with the stamp that the register export then names. Periods 2010-01 to 2010-05 are this
 * class's (2011-03 is SecurityMatrixTest's).
 */
@QuarkusTest
class FeedEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ObligationService obligations;

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void generationWritesOneOpenEventPerNewObligationSetBased() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 16, 9, 0));
        JsonPath generated = Obligations.generate("2010-01");
        int created = generated.getInt("created");
        assertTrue(created > 10, generated.prettify());
        List<JsonNode> open = events("2010-01").stream().filter(e -> e.path("status").asText().equals("OPEN")).toList();
        assertEquals(created, open.size(), "one event per new obligation");
        assertEquals(created, new HashSet<>(open.stream().map(e -> e.path("revision").asLong()).toList()).size(), "revisions differ");
        assertEquals(created, new HashSet<>(open.stream().map(e -> e.path("eventId").asText()).toList()).size());
        JsonNode lc1 = only(events("LC0001", "BANK_MONTHLY_NPL", "2010-01"));
        JsonPath stored = Obligations.get(Obligations.id("LC0001", "BANK_MONTHLY_NPL", "2010-01"));
        assertEquals("OBLIGATION_STATUS", lc1.path("eventType").asText());
        assertEquals(stored.getString("dueDate"), lc1.path("dueDate").asText());
        assertEquals(0, lc1.path("daysLate").asInt());
        assertTrue(lc1.path("revision").isIntegralNumber(), lc1.toString());
        assertEquals("2026-12-16T09:00:00+08:00", lc1.path("changedAt").asText());
        assertEquals(0, Obligations.generate("2010-01").getInt("created"));
        assertEquals(created, events("2010-01").stream().filter(e -> e.path("status").asText().equals("OPEN")).count(),
                "generating again writes nothing");
    }

    @Test
    void filingAndALateAmendmentFollowTheOpenEventWithHigherRevisions() {
        Obligations.generate("2010-03");
        // March 2010 due Thu 15 April
        obligations.recordFiling("LC0001", "BANK_MONTHLY_NPL", "2010-03", 1, Obligations.shanghai("2010-04-11T10:00:00"));
        obligations.recordFiling("LC0001", "BANK_MONTHLY_NPL", "2010-03", 2, Obligations.shanghai("2010-04-20T10:00:00"));
        obligations.recordFiling("LC0001", "BANK_MONTHLY_NPL", "2010-03", 2, Obligations.shanghai("2010-04-20T10:00:00")); // a retry
        List<JsonNode> events = events("LC0001", "BANK_MONTHLY_NPL", "2010-03");
        assertEquals(List.of("OPEN", "SUBMITTED_ON_TIME", "SUBMITTED_ON_TIME"), statuses(events),
                "the late amendment announces the unchanged status (D6) once, the retry nothing");
        assertIncreasing(events);
    }

    @Test
    void theOverdueJobAndALateFilingAfterItAreAnnounced() {
        Obligations.generate("2010-02");
        long id = Obligations.id("LC0002", "BANK_MONTHLY_NPL", "2010-02");
        String due = Obligations.get(id).getString("dueDate");
        obligations.markOverdue(Obligations.shanghai("2010-03-25T10:00:00"));
        obligations.recordFiling("LC0002", "BANK_MONTHLY_NPL", "2010-02", 1, Obligations.shanghai("2010-03-28T10:00:00"));
        List<JsonNode> events = events("LC0002", "BANK_MONTHLY_NPL", "2010-02");
        assertEquals(List.of("OPEN", "OVERDUE", "SUBMITTED_LATE"), statuses(events));
        assertIncreasing(events);
        int overdueDays = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(due), LocalDate.of(2010, 3, 25));
        assertEquals(overdueDays, events.get(1).path("daysLate").asInt());
        assertEquals(overdueDays + 3, events.get(2).path("daysLate").asInt());
        assertEquals(due, events.get(2).path("dueDate").asText());
        assertEquals(Obligations.get(id).getInt("daysLate"), events.get(2).path("daysLate").asInt());
    }

    @Test
    void aWaiverIsAnnouncedAndAMajorChangeIsNot() {
        Obligations.generate("2010-04");
        long id = Obligations.id("RC0001", "BANK_MONTHLY_NPL", "2010-04");
        given().auth().oauth2(TestTokens.cbrc()).contentType("application/json").body(Map.of("reason", "Bank closed by flood"))
                .put("/api/v1/obligations/" + id + "/waiver").then().statusCode(200);
        List<JsonNode> events = events("RC0001", "BANK_MONTHLY_NPL", "2010-04");
        assertEquals(List.of("OPEN", "WAIVED"), statuses(events));
        assertIncreasing(events);
        assertEquals(0, events.get(1).path("daysLate").asInt());

        obligations.openMajorChange("LC0001", LocalDate.of(2010, 5, 10), "Q1: NPL ratio up 2.4 pp");
        obligations.recordFiling("LC0001", "MAJOR_CHANGE", "2010-05-10", 1, Obligations.shanghai("2010-05-11T10:00:00"));
        assertEquals(List.of(), events("2010-05-10"), "MAJOR_CHANGE obligations are not on the feed");
    }

    @Test
    void anAcceptedStatementNamesItsEventType() {
        String id = SubmissionIntakeTest.post(TestTokens.bank("CC0001"), FilingBodies.monthly("CC0001", "2025-07").json())
                .then().statusCode(201).extract().jsonPath().getString("submissionId");
        List<JsonNode> found = query("select payload::text from outbox where event_type = 'STATEMENT_ACCEPTED' and submission_id = ?::uuid", id);
        assertEquals("STATEMENT_ACCEPTED", only(found).path("eventType").asText());
        assertEquals(id, found.get(0).path("submissionId").asText());
    }

    @Test
    void aRegisterChangeIsAnnouncedAndTheExportNamesItsStamp() {
        String code = "FEED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", code, "name", "Feed Test Bureau", "kind", "REGULATOR_BUREAU", "parentCode", "CBRC",
                        "supervisorCode", "CBRC", "regionCode", "460000", "validFrom", "2090-01-01"))
                .post("/api/v1/institutions").then().statusCode(201);
        long stamp = stamp();
        JsonNode event = only(query("select payload::text from outbox where event_type = 'REGISTER_CHANGED'"
                + " and (payload->>'registerVersion')::bigint = ?", stamp));
        assertEquals("REGISTER_CHANGED", event.path("eventType").asText());
        assertFalse(event.path("eventId").asText().isEmpty());
        assertFalse(event.path("changedAt").asText().isEmpty());

        Response json = given().auth().oauth2(TestTokens.service()).get("/api/v1/institutions/export?asOf=2010-01-31").andReturn();
        assertEquals(200, json.statusCode());
        assertEquals(Long.toString(stamp), json.header("X-Register-Version"));
        assertTrue(json.asString().startsWith("["));
        Response csv = given().auth().oauth2(TestTokens.service()).accept("text/csv").get("/api/v1/institutions/export?asOf=2010-01-31")
                .andReturn();
        assertEquals(200, csv.statusCode());
        assertEquals(Long.toString(stamp), csv.header("X-Register-Version"));

        DemoRegister.load(); // re-importing changes nothing: no bump, no event
        assertEquals(stamp, stamp());
        JsonNode header = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .as(JsonNode.class).path("paths").path("/api/v1/institutions/export").path("get").path("responses").path("200")
                .path("headers").path("X-Register-Version");
        assertEquals("integer", header.path("schema").path("type").asText(), header.toString());
    }

    private static List<String> statuses(List<JsonNode> events) {
        return events.stream().map(e -> e.path("status").asText()).toList();
    }

    private static void assertIncreasing(List<JsonNode> events) {
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).path("revision").asLong() > events.get(i - 1).path("revision").asLong(), events.toString());
        }
    }

    private static JsonNode only(List<JsonNode> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    /** The OBLIGATION_STATUS events of one period, by revision. */
    private List<JsonNode> events(String period) {
        return query("select payload::text from outbox where event_type = 'OBLIGATION_STATUS' and payload->>'period' = ?"
                + " order by (payload->>'revision')::bigint", period);
    }

    /** The OBLIGATION_STATUS events of one obligation, by revision. */
    private List<JsonNode> events(String institution, String type, String period) {
        return query("select payload::text from outbox where event_type = 'OBLIGATION_STATUS' and payload->>'institutionCode' = ?"
                + " and payload->>'reportType' = ? and payload->>'period' = ? order by (payload->>'revision')::bigint", institution, type, period);
    }

    private long stamp() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select version from register_version");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> query(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<JsonNode> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(JSON.readTree(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
