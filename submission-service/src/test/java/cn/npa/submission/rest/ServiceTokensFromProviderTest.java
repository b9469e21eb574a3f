package cn.npa.submission.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.service.intake.OutboxRelay;
import cn.npa.submission.service.intake.ServiceTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service tokens in production come from the identity provider (docs/deployment.md, section 5): with
 * {@code quarkus.oidc-client.token-path} set, the relay asks the provider's token endpoint ({@link TokenEndpointDouble})
 * by client credentials and presents the provider's token to the feed, reusing it while it lives; there is no signing
 * key in this profile at all, so a token that reaches the feed can only be the provider's.
 */
@QuarkusTest
@TestProfile(ServiceTokensFromProviderTest.WithProvider.class)
class ServiceTokensFromProviderTest {

    /** The provider's token endpoint on a port of its own ({@link TokenEndpointDouble}), the client's id and secret. */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenEndpointDouble.class));
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    ServiceTokens tokens;

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
    void theRelayPresentsTheProvidersClientCredentialsTokenAndReusesIt() {
        int grantsBefore = TokenEndpointDouble.GRANTS.get();
        addEvent();
        assertEquals(1, relay.relayDue());
        addEvent();
        assertEquals(1, relay.relayDue());
        assertEquals(2, FeedDouble.CALLS.size());
        String first = FeedDouble.CALLS.get(0).authorization();
        assertTrue(first.startsWith("Bearer ey"), first);
        assertEquals(first, FeedDouble.CALLS.get(1).authorization(), "the provider's token is reused while it lives");
        assertTrue(claims(first).contains("\"sub\":\"" + TokenEndpointDouble.SUBJECT + "\""), claims(first));
        assertEquals(1, TokenEndpointDouble.GRANTS.get() - grantsBefore, "one client credentials grant for both calls");
        assertEquals(first.substring("Bearer ".length()), tokens.token().orElseThrow());
    }

    private void addEvent() {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into outbox"
                    + " (id, event_type, payload, created_at, next_attempt_at) values (?, 'TEST', ?::jsonb, ?, ?)")) {
                ps.setObject(1, id);
                ps.setString(2, "{\"eventId\":\"" + id + "\",\"eventType\":\"TEST\"}");
                ps.setObject(3, now);
                ps.setObject(4, now.minusSeconds(1));
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String claims(String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    private void sql(String statement) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
