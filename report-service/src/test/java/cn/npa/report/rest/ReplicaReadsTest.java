package cn.npa.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.db.Jdbc;
import cn.npa.common.db.Replica;
import cn.npa.testing.NpaTestResource;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stale-tolerant reads go to the replica datasource (docs/deployment.md, "Which reads go to the replicas"). Here
 * the replica is the same database under a role that may only SELECT, as a streaming replica refuses every write:
 * the accepted-statement list reads through that role, and a write through the replica datasource fails while the
 * same event is written through the primary.
 */
@QuarkusTest
@TestProfile(ReplicaReadsTest.ReaderRole.class)
class ReplicaReadsTest {

    static final String READER = "npa_replica_reader";

    /** The replica datasource logs in as a SELECT-only role. */
    public static class ReaderRole implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the variables the replica's settings read (application.properties), as an operator would set them; the
            // test database's URL names its user (?user=postgres), which would win over the replica's user: left out
            return Map.of("NPA_DB_REPLICA_URL", NpaTestResource.jdbcUrl().replaceFirst("\\?.*$", ""),
                    "NPA_DB_REPLICA_USER", READER, "NPA_DB_REPLICA_PASSWORD", "reader");
        }
    }

    @Inject
    AgroalDataSource primary;

    @Inject
    @Replica
    Jdbc replica;

    @BeforeEach
    void aSelectOnlyRole() throws SQLException {
        // the replica pool connects lazily, at the first read: the role exists by then
        sql("do $$ begin if not exists (select from pg_roles where rolname = '" + READER + "') then create role " + READER
                + " login password 'reader'; end if; end $$");
        sql("grant select on all tables in schema public to " + READER);
    }

    @Test
    void theAcceptedStatementListReadsThroughTheReplicaAndNothingCanBeWrittenThere() throws SQLException {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> event = Map.of("eventId", eventId, "submissionId", "S-R1", "version", 1,
                "institutionCode", "LC0001", "reportType", "BANK_MONTHLY_NPL", "period", "2026-04",
                "acceptedAt", "2026-05-10T09:00:00+08:00",
                "figures", Map.of("loans", Map.of("pass", "1000.00"), "filing", StatementInboxResourceTest.FILING));
        given().auth().oauth2(TestTokens.service()).contentType("application/json").body(event)
                .post("/api/v1/accepted-statements").then().statusCode(201);

        given().auth().oauth2(TestTokens.service()).get("/api/v1/accepted-statements?period=2026-04")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].eventId", equalTo(eventId))
                .body("items[0].figures.loans.pass", equalTo("1000.00"));
        String sessions = text("select string_agg(usename || ' ' || coalesce(application_name, '') || ': ' || query, ' | ')"
                + " from pg_stat_activity where datname = current_database()");
        assertTrue(sessions != null && sessions.contains(READER + " report-service-replica-reads: select count(*) from accepted_statement"),
                "the list was read by the replica datasource's role (its last statement, the page's count): " + sessions);

        String who = replica.one("select current_user || ' ' || current_setting('transaction_read_only')", rs -> rs.getString(1)).orElseThrow();
        assertEquals(READER + " on", who, "the replica datasource logs in as the reader, read-only");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> replica.update("delete from accepted_statement where event_id = cast(? as uuid)", eventId));
        String cause = String.valueOf(refused.getCause());
        assertTrue(cause.contains("read-only transaction") || cause.contains("permission denied"), cause);
        assertEquals(1, count("select count(*) from accepted_statement where event_id = '" + eventId + "'"), "still there");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String text(String query) throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
