package cn.npa.report;

import cn.npa.testing.SecurityMatrix;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import cn.npa.report.rest.rollup.RollupResourceTest;
import cn.npa.report.rest.rollup.SmallRegister;
import java.util.UUID;

/** Every operation of the report service: who may call it, and who is refused. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrix {

    private static final Denied BANK = new Denied("a bank", () -> TestTokens.bank("LC0001"), 403);
    private static final Denied BUREAU = new Denied("a bureau", () -> TestTokens.bureau("BUR-440000"), 403);
    private static final Denied CBRC = new Denied("the CBRC", TestTokens::cbrc, 403);

    private static final String PERIOD = "2060-05";

    /** Two periods whose figures are parked: one only read, one requeued by the rightful call (a retry is idempotent). */
    private static final String PARKED = "2061-01";
    private static final String REQUEUED = "2061-02";

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    @Override
    protected void prepare() {
        RollupResourceTest.register(PERIOD, SmallRegister.rows());
        for (String parked : List.of(PARKED, REQUEUED)) {
            try (var c = db.getConnection(); var ps = c.prepareStatement("insert into figures_outbox (period, figure_version, created_at,"
                    + " next_attempt_at, dead_at, dead_status, dead_title) values (?, 1, now(), now(), now(), 422, 'Unprocessable')"
                    + " on conflict do nothing")) {
                ps.setString(1, parked);
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    protected Map<String, Rule> rules() {
        Map<String, Object> event = Map.of("eventId", UUID.randomUUID().toString(), "submissionId", "S-M", "version", 1,
                "institutionCode", "LC0001", "reportType", "BANK_MONTHLY_NPL", "period", "2026-08",
                "acceptedAt", "2026-09-10T09:00:00+08:00", "figures", Map.of("filing", Map.of("header", Map.of())));
        Map<String, Object> feedEvent = new java.util.HashMap<>(event);
        feedEvent.put("eventId", UUID.randomUUID().toString());
        feedEvent.put("submissionId", "S-FEED");
        String node = "/api/v1/rollups/" + SmallRegister.LA_GD;
        String period = "?period=" + PERIOD;
        Denied otherBank = new Denied("another bank", () -> TestTokens.bank(SmallRegister.CB), 404);
        Denied otherBureau = new Denied("another bureau", () -> TestTokens.bureau(SmallRegister.BJ), 404);
        Denied admin = new Denied("an administrator", TestTokens::admin, 403);
        Denied service = new Denied("a service", TestTokens::service, 403);
        Map<String, Rule> rules = new java.util.HashMap<>(Map.of(
                "POST /api/v1/feed", Rule.of(Call.send("POST", "/api/v1/feed", List.of(feedEvent)), TestTokens::service, 200,
                        BANK, BUREAU, CBRC),
                "GET /api/v1/rollups/{node}", Rule.of(Call.get(node + period), () -> TestTokens.bureau(SmallRegister.GD), 200,
                        otherBank, otherBureau, admin, service),
                "GET /api/v1/rollups/{node}/children", Rule.of(Call.get(node + "/children" + period), () -> TestTokens.bank(SmallRegister.LA),
                        200, otherBank, otherBureau, admin, service),
                "GET /api/v1/rollups/{node}/missing", Rule.of(Call.get(node + "/missing" + period), TestTokens::cbrc, 200,
                        otherBank, otherBureau, admin, service),
                "GET /api/v1/rollups/{node}/contributors", Rule.of(Call.get(node + "/contributors" + period),
                        () -> TestTokens.bank(SmallRegister.LA_GD), 200, otherBank, otherBureau, admin, service),
                "GET /api/v1/top10/{node}", Rule.of(Call.get("/api/v1/top10/" + SmallRegister.LA_GD + period),
                        () -> TestTokens.bureau(SmallRegister.GD), 200, otherBank, otherBureau, admin, service),
                "GET /api/v1/reports/{node}", Rule.of(Call.get("/api/v1/reports/" + SmallRegister.LA_GD + period),
                        () -> TestTokens.bank(SmallRegister.LA), 200, otherBank, otherBureau, admin, service),
                "POST /api/v1/accepted-statements", Rule.of(Call.send("POST", "/api/v1/accepted-statements", event),
                        TestTokens::service, 201, BANK, BUREAU, CBRC),
                "GET /api/v1/accepted-statements", Rule.of(Call.get("/api/v1/accepted-statements?period=2026-08"),
                        TestTokens::service, 200, BANK, BUREAU)));
        String dead = "/api/v1/outbox/dead-letters";
        rules.put("GET " + dead, Rule.of(Call.get(dead), TestTokens::admin, 200, BANK, BUREAU, CBRC, service));
        rules.put("GET " + dead + "/{id}", Rule.of(Call.get(dead + "/" + PARKED), TestTokens::admin, 200, BANK, BUREAU, CBRC, service));
        rules.put("POST " + dead + "/{id}/retry", Rule.of(new Call("POST", dead + "/" + REQUEUED + "/retry", null, null), TestTokens::admin, 200,
                BANK, BUREAU, CBRC, service));
        return rules;
    }
}
