package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.service.intake.OutboxRelay;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dead letters (docs/reliability.md): an event the report service refuses for good, in its own result (REJECTED, rule
 * EVENT) or by refusing with a 422 every call that carries it, is parked alone with the reason while its neighbours
 * are delivered; it is not sent again, the gauge counts it, the operator lists, reads and requeues it, and it is
 * delivered once the report service takes it. 401 and 5xx are not refusals: those events stay pending with a back-off.
 * {@link FeedDouble} plays the report service's feed on this test's port, as in {@link FeedRelayTest}.
 */
@QuarkusTest
@TestProfile(FeedRelayTest.WithServiceKey.class)
class DeadLetterTest {

    private static final Pattern GAUGE = Pattern.compile("npa_outbox_dead_letters\\{[^}]*relay=\"feed\"[^}]*}\\s+([0-9.Ee+-]+)");

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @BeforeEach
    void onlyThisTestsEventsAreDue() {
        FeedDouble.reset();
        sql("update outbox set next_attempt_at = '9999-01-01T00:00:00Z' where delivered_at is null");
    }

    @AfterEach
    void answerNormally() {
        FeedDouble.reset();
    }

    @Test
    @DisplayName("An event REJECTED in its own result (rule EVENT) is parked alone, listed, counted, and delivered after a retry")
    void anEventRejectedInItsResultIsParkedAloneAndDeliveredAfterARetry() {
        List<UUID> ids = events(5);
        UUID poison = ids.get(2);
        double before = gauge();
        FeedDouble.REJECT.put(poison.toString(), "period is not a period");

        assertEquals(4, relay.relayDue());
        assertEquals(1, FeedDouble.CALLS.size());
        assertEquals(4, count("delivered_at is not null", ids), "its neighbours are delivered");
        assertEquals(1, count("dead_at is not null and delivered_at is null and attempts = 1", List.of(poison)));
        assertEquals(before + 1, gauge(), "the gauge counts it");

        JsonPath letter = letter(poison);
        assertEquals(200, letter.getInt("reason.status"));
        assertEquals("REJECTED", letter.getString("reason.title"));
        assertEquals("EVENT $: period is not a period", letter.getString("reason.detail"));
        assertEquals(List.of("EVENT"), letter.getList("reason.rules"));
        assertEquals(poison.toString(), letter.getString("payload.eventId"), "the payload as sent");
        assertTrue(listed().contains(poison.toString()), "the list shows it");

        notRetriedOnLaterTicks(ids);
        FeedDouble.REJECT.clear(); // the fix
        retriedAndDelivered(poison, before);
    }

    @Test
    @DisplayName("A call refused as a whole with a 422 (rule EVENT) is halved down to the one event refused alone; only it is parked")
    void aCallRefusedAsAWholeParksOnlyTheEventRefusedAlone() {
        List<UUID> ids = events(5);
        UUID poison = ids.get(2);
        double before = gauge();
        FeedDouble.REFUSE_CALL.add(poison.toString());

        assertEquals(4, relay.relayDue());
        assertEquals(4, count("delivered_at is not null and dead_at is null", ids), "its neighbours are delivered");
        assertEquals(List.of(List.of(poison.toString())), FeedDouble.CALLS.stream().map(FeedDouble.Call::eventIds)
                .filter(c -> c.size() == 1 && c.contains(poison.toString())).toList(), "sent alone once before it is parked");
        assertTrue(FeedDouble.CALLS.size() <= 5, "halves, not one call per event: " + FeedDouble.CALLS.size());
        assertEquals(1, count("dead_at is not null and delivered_at is null", List.of(poison)));
        assertEquals(before + 1, gauge());

        JsonPath letter = letter(poison);
        assertEquals(422, letter.getInt("reason.status"));
        assertEquals("Unprocessable request", letter.getString("reason.title"));
        assertEquals("An event of the call cannot be read; nothing was stored.", letter.getString("reason.detail"));
        assertEquals(List.of("EVENT"), letter.getList("reason.rules"));
        assertTrue(listed().contains(poison.toString()));

        notRetriedOnLaterTicks(ids);
        FeedDouble.REFUSE_CALL.clear();
        retriedAndDelivered(poison, before);
    }

    @Test
    @DisplayName("A 401 or a 5xx to the whole call parks nothing: every event stays pending with a back-off")
    void unauthorisedAndServerErrorsAreRetriedNotParked() {
        for (int status : new int[] {401, 503}) {
            List<UUID> ids = events(3);
            FeedDouble.status = status;
            double before = gauge();
            assertEquals(0, relay.relayDue());
            assertEquals(0, count("dead_at is not null", ids), "HTTP " + status + " parks nothing");
            assertEquals(3, count("delivered_at is null and attempts = 1 and next_attempt_at > '" + OffsetDateTime.now(clock)
                    + "' and last_error like '%HTTP " + status + "%'", ids));
            assertEquals(before, gauge());
            sql("update outbox set next_attempt_at = '9999-01-01T00:00:00Z' where delivered_at is null");
        }
    }

    @Test
    @DisplayName("Unknown ids: 404 problem+json; a retry of an event never parked answers where it stands")
    void unknownIdsAndEventsNeverParked() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters/" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/outbox/dead-letters/" + unknown + "/retry").then().statusCode(404)
                .contentType("application/problem+json");
        UUID pending = events(1).get(0);
        assertEquals("PENDING", given().auth().oauth2(TestTokens.admin()).post("/api/v1/outbox/dead-letters/" + pending + "/retry")
                .then().statusCode(200).extract().jsonPath().getString("state"));
        assertEquals(1, count("dead_at is null and delivered_at is null and attempts = 0", List.of(pending)));
    }

    /** Every pending event due now: the relay sends its neighbours nothing more, and the parked one not at all. */
    private void notRetriedOnLaterTicks(List<UUID> ids) {
        int calls = FeedDouble.CALLS.size();
        sql("update outbox set next_attempt_at = '" + OffsetDateTime.now(clock).minusHours(1) + "' where id in ("
                + String.join(",", ids.stream().map(id -> "'" + id + "'").toList()) + ")");
        assertEquals(0, relay.relayDue());
        assertEquals(calls, FeedDouble.CALLS.size(), "a parked event is never claimed again");
    }

    /** The operator requeues it (twice: idempotent), the relay delivers it, the gauge drops back. */
    private void retriedAndDelivered(UUID poison, double before) {
        String retry = "/api/v1/outbox/dead-letters/" + poison + "/retry";
        assertEquals("PENDING", given().auth().oauth2(TestTokens.admin()).post(retry).then().statusCode(200).extract().jsonPath().getString("state"));
        assertEquals("PENDING", given().auth().oauth2(TestTokens.admin()).post(retry).then().statusCode(200).extract().jsonPath().getString("state"));
        assertEquals(before, gauge());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters/" + poison).then().statusCode(404);
        assertEquals(1, relay.relayDue());
        assertEquals(List.of(poison.toString()), FeedDouble.CALLS.get(FeedDouble.CALLS.size() - 1).eventIds());
        assertEquals(1, count("delivered_at is not null and dead_at is null", List.of(poison)));
        assertEquals("DELIVERED", given().auth().oauth2(TestTokens.admin()).post(retry).then().statusCode(200).extract().jsonPath().getString("state"));
        assertEquals(0, relay.relayDue(), "delivered once");
    }

    private static JsonPath letter(UUID id) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters/" + id).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static List<String> listed() {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters?page=0&size=1000").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    private static double gauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = GAUGE.matcher(metrics);
        assertTrue(m.find(), "npa_outbox_dead_letters{relay=\"feed\"} on /q/metrics");
        return Double.parseDouble(m.group(1));
    }

    /** Adds {@code n} due events, oldest first. */
    private List<UUID> events(int n) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into outbox"
                    + " (id, event_type, payload, created_at, next_attempt_at) values (?, 'TEST', ?::jsonb, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    ps.setObject(1, id);
                    ps.setString(2, "{\"eventId\":\"" + id + "\",\"eventType\":\"TEST\",\"n\":" + i + "}");
                    ps.setObject(3, now.minusNanos((n - i) * 1_000L));
                    ps.setObject(4, now.minusSeconds(1));
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return ids;
    }

    private long count(String condition, List<UUID> ids) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox where id = any(?) and " + condition)) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
