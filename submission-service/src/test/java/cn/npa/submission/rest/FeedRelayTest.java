package cn.npa.submission.rest;

import static cn.npa.submission.rest.SubmissionIntakeTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.service.intake.OutboxRelay;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk relay against HTTP (docs/feed.md): {@link FeedDouble} plays the report service's feed on this test's own port.
 * Many events go in one call with one token, batches follow back to back within the tick's budget in two lanes, stored payloads
 * arrive as text with their digits, what it refuses for good is parked (DeadLetterTest), and what it does not acknowledge
 * otherwise stays pending with its reason and a back-off. Every other test's pending events are parked in the far future first, so only this test's events are due.
 */
@QuarkusTest
@TestProfile(FeedRelayTest.WithServiceKey.class)
class FeedRelayTest {

    /** The relay signs its service token with the test key (the default profile has none: events stay pending there). */
    public static class WithServiceKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // 256 KiB per call, so that big events split into several calls (the default is 32 MiB)
            return Map.of("npa.outbox.service-token-key", "npa-test-privateKey.pem", "npa.outbox.max-batch-bytes", "262144");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outbox;

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
    void oneCallCarriesManyEventsWithOneServiceToken() {
        List<UUID> ids = events(120, 0);
        assertEquals(120, relay.relayDue());
        assertEquals(1, FeedDouble.CALLS.size(), "120 events, batch size 500: one call");
        FeedDouble.Call call = FeedDouble.CALLS.get(0);
        assertEquals(ids.stream().map(UUID::toString).toList(), call.eventIds(), "oldest first, each once");
        assertTrue(call.authorization().startsWith("Bearer ey"), call.authorization());
        assertEquals(120, count("delivered_at is not null and attempts = 1 and last_error is null", ids));
        assertEquals(0, relay.relayDue(), "nothing is due any more");
        assertEquals(1, FeedDouble.CALLS.size());
    }

    @Test
    void batchesFollowBackToBackWhileFullOnesAreAcknowledged() {
        List<UUID> ids = events(1_200, 0);
        assertEquals(1_200, relay.relayDue());
        List<Integer> sizes = FeedDouble.CALLS.stream().map(c -> c.eventIds().size()).toList();
        // the first batch is full, so a second lane joins; the two lanes may split the last 200 between them
        assertEquals(500, sizes.get(0), sizes.toString());
        assertTrue(sizes.size() >= 3 && sizes.size() <= 4 && sizes.stream().allMatch(n -> n <= 500), sizes.toString());
        assertEquals(1_200, sizes.stream().mapToInt(Integer::intValue).sum(), "each event sent once: " + sizes);
        assertEquals(1_200, new HashSet<>(FeedDouble.CALLS.stream().flatMap(c -> c.eventIds().stream()).toList()).size());
        assertEquals(1, new HashSet<>(FeedDouble.CALLS.stream().map(FeedDouble.Call::authorization).toList()).size(),
                "one token for all three calls: signed once, reused for most of its life (ServiceTokenSigner)");
        assertEquals(1_200, count("delivered_at is not null", ids));
    }

    @Test
    void aRunEndsWhenItsTimeBudgetIsSpentAndItsTwoLanesCallAtOnce() {
        List<UUID> ids = events(2_400, 0);
        // each lane's two slow calls outlast the 4 s budget: its second batch finishes, no third starts; the two lanes
        // (npa.outbox.parallel-calls=2) call at once, so one run delivers four batches where one lane would deliver two
        FeedDouble.delayMillis = 2_500;
        assertEquals(2_000, relay.relayDue());
        assertEquals(4, FeedDouble.CALLS.size());
        assertEquals(2_000, new HashSet<>(FeedDouble.CALLS.stream().flatMap(c -> c.eventIds().stream()).toList()).size(),
                "each event in one call only: the lanes claim different batches");
        assertEquals(400, count("delivered_at is null and attempts = 0", ids), "the rest is due for the next run");
        FeedDouble.delayMillis = 0;
        assertEquals(400, relay.relayDue());
    }

    @Test
    void eventsBeyondTheByteBudgetOfACallGoInTheNextCall() {
        List<UUID> ids = events(10, 60_000); // 10 x 60 KB against 256 KiB per call: 4, 4, 2
        assertEquals(10, relay.relayDue());
        assertEquals(List.of(4, 4, 2), FeedDouble.CALLS.stream().map(c -> c.eventIds().size()).toList());
        assertEquals(10, count("delivered_at is not null and attempts = 1", ids));
    }

    @Test
    void storedPayloadsArriveAsTextWithEveryDigit() {
        DemoRegister.load();
        // every amount of the filing times 97862318840.58: totalLoans 10000.00 becomes 978623188405800.00
        String filing = FilingBodies.monthly("CC0001", "2025-06").scale("97862318840.58").json();
        String submission = post(TestTokens.bank("CC0001"), filing).then().statusCode(201).extract().jsonPath().getString("submissionId");
        UUID exact = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.add(exact, "TEST",
                "{\"eventId\":\"" + exact + "\",\"eventType\":\"TEST\",\"amount\":978623188405.80,\"small\":0.10}"));
        relay.relayDue();
        String body = String.join("\n", FeedDouble.CALLS.stream().map(FeedDouble.Call::body).toList());
        assertTrue(Pattern.compile("\"amount\":\\s*978623188405\\.80[,}]").matcher(body).find(), body);
        assertTrue(Pattern.compile("\"small\":\\s*0\\.10[,}]").matcher(body).find(), body);
        Matcher statement = Pattern.compile("\"submissionId\":\\s*\"" + submission + "\"").matcher(body);
        assertTrue(statement.find(), "the filing's event went out: " + body.substring(0, Math.min(2_000, body.length())));
        assertTrue(Pattern.compile("\"totalLoans\":\\s*978623188405800\\.00[,}]").matcher(body).find(), "key figure as filed");
        assertTrue(Pattern.compile("\"pass\":\\s*782898550724640\\.00[,}]").matcher(body).find(), "the filing itself as filed");
        assertTrue(Pattern.compile("\"eventType\":\\s*\"STATEMENT_ACCEPTED\"").matcher(body).find());
        assertFalse(Pattern.compile("\\d\\.\\d+[Ee][+-]?\\d").matcher(body).find(), "no amount in floating-point notation");
    }

    @Test
    void aRejectedEventIsParkedWithItsReasonAnOmittedOneStaysPendingAndTheOthersAreDelivered() {
        List<UUID> ids = events(5, 0);
        UUID rejected = ids.get(2);
        UUID omitted = ids.get(3);
        FeedDouble.REJECT.put(rejected.toString(), "no filing under figures.filing");
        FeedDouble.OMIT.add(omitted.toString());
        assertEquals(3, relay.relayDue());
        assertEquals(3, count("delivered_at is not null", List.of(ids.get(0), ids.get(1), ids.get(4))));
        Row r = row(rejected);
        assertNull(r.deliveredAt());
        assertEquals(1, r.attempts());
        assertTrue(r.lastError().startsWith("REJECTED: EVENT $: no filing under figures.filing"), r.lastError());
        // refused for good: parked as a dead letter (DeadLetterTest), not retried
        assertEquals(1, count("dead_at is not null", List.of(rejected)));
        Row o = row(omitted);
        assertNull(o.deliveredAt());
        assertEquals("no result for this event in the report service's answer", o.lastError());
        assertBackedOff(o);
        assertEquals(0, count("dead_at is not null", List.of(omitted)), "no answer for it is no refusal");
        assertEquals(0, relay.relayDue(), "one waits out its back-off, the other is parked");
        assertEquals(1, FeedDouble.CALLS.size());
    }

    @Test
    void anAnswerOtherThan200LeavesTheWholeBatchPendingWithABackOff() {
        List<UUID> ids = events(30, 0);
        FeedDouble.status = 500;
        assertEquals(0, relay.relayDue());
        assertEquals(1, FeedDouble.CALLS.size(), "a 500 is an answer: not retried at once, and no second batch");
        assertEquals(30, count("delivered_at is null and attempts = 1 and last_error = 'refused by the report service: HTTP 500'", ids));
        ids.forEach(id -> assertBackedOff(row(id)));
        FeedDouble.status = 200;
        assertEquals(0, relay.relayDue(), "not before the back-off ends");
        sql("update outbox set next_attempt_at = next_attempt_at - interval '1 minute' where delivered_at is null"
                + " and next_attempt_at < '9999-01-01'");
        assertEquals(30, relay.relayDue());
        assertEquals(30, count("delivered_at is not null and attempts = 2 and last_error is null", ids));
    }

    /** Adds {@code n} due events, each padded to about {@code padding} characters, oldest first. */
    private List<UUID> events(int n, int padding) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        String pad = "x".repeat(padding);
        // one transaction, created one microsecond apart so that "oldest first" is well defined
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into outbox"
                    + " (id, event_type, payload, created_at, next_attempt_at) values (?, 'TEST', ?::jsonb, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setObject(1, ids.get(i));
                    ps.setString(2, "{\"eventId\":\"" + ids.get(i) + "\",\"eventType\":\"TEST\",\"n\":" + i + ",\"pad\":\"" + pad + "\"}");
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

    private record Row(OffsetDateTime deliveredAt, int attempts, String lastError, OffsetDateTime nextAttemptAt) {
    }

    private Row row(UUID id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select delivered_at, attempts, last_error, next_attempt_at from outbox where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no outbox row " + id);
                return new Row(rs.getObject(1, OffsetDateTime.class), rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first failure waits 10 s from the clock's now. */
    private void assertBackedOff(Row r) {
        assertNotNull(r.nextAttemptAt());
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertTrue(r.nextAttemptAt().isAfter(now.plusSeconds(5)) && r.nextAttemptAt().isBefore(now.plusSeconds(11)),
                r.nextAttemptAt() + " against " + now);
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
