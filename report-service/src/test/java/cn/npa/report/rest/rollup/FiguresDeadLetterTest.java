package cn.npa.report.rest.rollup;

import static cn.npa.report.rest.rollup.RollupResourceTest.register;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.repository.outbox.FiguresOutboxRepository;
import cn.npa.report.service.outbox.FiguresRelay;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dead letters of the figures feed (docs/reliability.md): figures the indicator service refuses for good (a 422 naming
 * rule V4) are parked with its reason while the other periods are delivered; the period is not sent again, the gauge
 * counts it, the operator lists, reads and requeues it, and it is delivered once the indicator service takes it. A 401
 * or a 503 parks nothing.
 */
@QuarkusTest
class FiguresDeadLetterTest {

    private static final Pattern GAUGE = Pattern.compile("npa_outbox_dead_letters\\{[^}]*relay=\"figures\"[^}]*}\\s+([0-9.Ee+-]+)");

    @Inject
    FiguresRelay relay;

    @Inject
    FiguresOutboxRepository outbox;

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @AfterEach
    void answerNormally() {
        IndicatorFiguresFixture.REFUSE.clear();
        IndicatorFiguresFixture.status = 200;
    }

    @Test
    @DisplayName("Figures refused with a 422 (rule V4) are parked with the reason, the other period is delivered, and a retry delivers them")
    void figuresRefusedForGoodAreParkedAndDeliveredAfterARetry() {
        String refused = "2091-05";
        String neighbour = "2091-06";
        owe(refused);
        owe(neighbour);
        double before = gauge();
        IndicatorFiguresFixture.REFUSE.put(refused, 422);

        relay.relayDue();
        assertEquals(0, pending(neighbour), "the other period is delivered");
        assertEquals(1, pending(refused));
        assertEquals(1, count("period = '" + refused + "' and dead_at is not null and attempts = 1"));
        assertEquals(before + 1, gauge(), "the gauge counts it");

        JsonPath letter = given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters/" + refused).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(422, letter.getInt("reason.status"));
        assertEquals("Unprocessable figures", letter.getString("reason.title"));
        assertEquals("Parts exceed their whole; nothing stored.", letter.getString("reason.detail"));
        assertEquals(List.of("V4"), letter.getList("reason.rules"));
        assertEquals(refused, letter.getString("payload.period"));
        assertTrue(given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("items.id").contains(refused), "the list shows it");

        // due again by its time: still never claimed
        int sent = sentOf(refused);
        dueNow(refused);
        relay.relayDue();
        assertEquals(sent, sentOf(refused), "a parked period is not sent again");

        IndicatorFiguresFixture.REFUSE.clear(); // the fix
        String retry = "/api/v1/outbox/dead-letters/" + refused + "/retry";
        assertEquals("PENDING", given().auth().oauth2(TestTokens.admin()).post(retry).then().statusCode(200).extract().jsonPath().getString("state"));
        assertEquals("PENDING", given().auth().oauth2(TestTokens.admin()).post(retry).then().statusCode(200).extract().jsonPath().getString("state"));
        assertEquals(before, gauge());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters/" + refused).then().statusCode(404)
                .contentType("application/problem+json");
        relay.relayDue();
        assertEquals(0, pending(refused), "delivered once the indicator service takes it");
        assertEquals(sent + 1, sentOf(refused));
        assertEquals("DELIVERED", given().auth().oauth2(TestTokens.admin()).post(retry).then().statusCode(200).extract().jsonPath().getString("state"));
    }

    @Test
    @DisplayName("A 401 or a 503 from the indicator service parks nothing: the figures stay owed with a back-off")
    void unauthorisedAndServerErrorsAreRetriedNotParked() {
        String period = "2091-07";
        owe(period);
        for (int status : new int[] {401, 503}) {
            IndicatorFiguresFixture.status = status;
            double before = gauge();
            dueNow(period);
            relay.relayDue();
            assertEquals(1, pending(period));
            assertEquals(0, count("period = '" + period + "' and dead_at is not null"), "HTTP " + status + " parks nothing");
            assertEquals(1, count("period = '" + period + "' and next_attempt_at > '" + OffsetDateTime.now(clock) + "' and last_error like '%"
                    + status + "%'"));
            assertEquals(before, gauge());
        }
        IndicatorFiguresFixture.status = 200;
        dueNow(period);
        relay.relayDue();
        assertEquals(0, pending(period));
    }

    @Test
    @DisplayName("A period that cannot be read is a 400 naming PERIOD; one never owed is a 404")
    void badAndUnknownPeriods() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/outbox/dead-letters/not-a-period").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/outbox/dead-letters/1999-01/retry").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** A filing for the period, so that its figures are owed. */
    private static void owe(String period) {
        register(period, SmallRegister.rows());
        Feed.send(List.of(Feed.statement("S-DL-" + period, 1, SZ1, "BRANCH_MONTHLY_NPL", period,
                Feed.filing(SZ1, "BRANCH_MONTHLY_NPL", period, "1000.00", "10.00")))).then().statusCode(200);
    }

    private static int sentOf(String period) {
        return (int) IndicatorFiguresFixture.RECEIVED.stream().filter(b -> b.contains("\"period\":\"" + period + "\"")).count();
    }

    private void dueNow(String period) {
        update("update figures_outbox set next_attempt_at = '" + OffsetDateTime.now(clock).minusHours(1) + "' where period = '" + period + "'");
    }

    private long pending(String period) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.pending(period));
    }

    private static double gauge() {
        Matcher m = GAUGE.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertTrue(m.find(), "npa_outbox_dead_letters{relay=\"figures\"} on /q/metrics");
        return Double.parseDouble(m.group(1));
    }

    private long count(String condition) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from figures_outbox where " + condition);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
