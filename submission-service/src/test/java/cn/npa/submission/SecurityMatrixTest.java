package cn.npa.submission;

import static io.restassured.RestAssured.given;

import cn.npa.submission.rest.FilingBodies;
import cn.npa.testing.SecurityMatrix;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Every operation of the submission service: who may call it, and who is refused. Built on the demo register:
 * LC0001 and LC0002 are large banks supervised by the CBRC, LC0001-110000 is LC0001's Beijing branch (Beijing bureau).
 */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrix {

    private static final Denied BANK = new Denied("a bank", () -> TestTokens.bank("LC0001"), 403);
    private static final Denied BUREAU = new Denied("a bureau", () -> TestTokens.bureau("BUR-440000"), 403);
    private static final Denied CBRC = new Denied("the CBRC", TestTokens::cbrc, 403);
    private static final Denied OTHER_BANK = new Denied("another bank", () -> TestTokens.bank("LC0002"), 404);
    private static final Denied OTHER_BUREAU = new Denied("a bureau of another province", () -> TestTokens.bureau("BUR-440000"), 404);
    private static long ruleId;
    private static String filed;
    private static String jumped;
    private static long obligationId;
    /** Two parked outbox events: one only read, one requeued by the rightful call (a retry is idempotent). */
    private static final java.util.UUID PARKED = java.util.UUID.randomUUID();
    private static final java.util.UUID REQUEUED = java.util.UUID.randomUUID();

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    @Override
    protected void prepare() {
        DemoRegister.load();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("holidays", List.of(Map.of("date", "2031-10-01", "name", "National Day")), "makeUpWorkdays", List.of()))
                .put("/api/v1/calendar/2031").then().statusCode(200);
        if (filed == null) {
            // LC0002's own months, used by no other test: March as filed, April with loans 50 % up (a Q3 finding to explain)
            filed = file(FilingBodies.monthly("LC0002", "2026-03").json());
            jumped = file(FilingBodies.monthly("LC0002", "2026-04").scale("1.5").json());
        }
        if (ruleId == 0) {
            ruleId = given().auth().oauth2(TestTokens.bureau("BUR-620000")).contentType("application/json")
                    .body(Map.of("bureauCode", "BUR-620000", "reportType", "BRANCH_MONTHLY_NPL", "dueDays", 12, "validFrom", "2026-01-01"))
                    .post("/api/v1/deadline-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        for (java.util.UUID id : List.of(PARKED, REQUEUED)) {
            try (var c = db.getConnection(); var ps = c.prepareStatement("insert into outbox (id, event_type, payload, dead_at, dead_status,"
                    + " dead_title) values (?, 'TEST', ?::jsonb, now(), 422, 'Unprocessable') on conflict do nothing")) {
                ps.setObject(1, id);
                ps.setString(2, "{\"eventId\":\"" + id + "\"}");
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (obligationId == 0) {
            given().auth().oauth2(TestTokens.admin()).post("/api/v1/obligations/generate?period=2011-03").then().statusCode(200);
            obligationId = given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations?institution=LC0001&period=2011-03")
                    .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        }
    }

    @Override
    protected Map<String, Rule> rules() {
        Map<String, Rule> r = new HashMap<>();
        String own = "/api/v1/institutions/LC0001-110000";
        for (String tail : List.of("", "/history", "/children", "/subtree", "/ancestors")) {
            r.put("GET /api/v1/institutions/{code}" + tail, Rule.of(Call.get(own + tail), () -> TestTokens.bank("LC0001"), 200,
                    OTHER_BANK, OTHER_BUREAU));
        }
        for (String tail : List.of("/jurisdiction", "/jurisdiction/maximal")) {
            r.put("GET /api/v1/institutions/{code}" + tail, Rule.of(Call.get("/api/v1/institutions/BUR-110000" + tail),
                    () -> TestTokens.bureau("BUR-110000"), 200, OTHER_BUREAU, BANK));
        }
        r.put("POST /api/v1/institutions", Rule.of(Call.send("POST", "/api/v1/institutions", newSubBureau()), TestTokens::admin, 201,
                BANK, BUREAU, CBRC));
        r.put("GET /api/v1/institutions", Rule.of(Call.get("/api/v1/institutions?kind=REGULATOR_BUREAU"), TestTokens::cbrc, 200, BANK, BUREAU));
        r.put("POST /api/v1/institutions/import", Rule.of(Call.send("POST", "/api/v1/institutions/import", List.of()), TestTokens::admin, 200,
                BANK, BUREAU, CBRC));
        r.put("GET /api/v1/institutions/export", Rule.of(Call.get("/api/v1/institutions/export?asOf=2026-10-31"), TestTokens::cbrc, 200, BANK, BUREAU));

        r.put("PUT /api/v1/calendar/{year}", Rule.of(Call.send("PUT", "/api/v1/calendar/2031",
                Map.of("holidays", List.of(Map.of("date", "2031-10-01", "name", "National Day")), "makeUpWorkdays", List.of())),
                TestTokens::admin, 200, BANK, BUREAU, CBRC));
        r.put("GET /api/v1/calendar/{year}", Rule.of(Call.get("/api/v1/calendar/2031"), () -> TestTokens.bank("LC0001"), 200));
        r.put("GET /api/v1/calendar/due-dates", Rule.of(Call.get("/api/v1/calendar/due-dates?period=2026-09"), () -> TestTokens.bank("LC0001"), 200));
        r.put("GET /api/v1/calendar/major-change-due", Rule.of(Call.get("/api/v1/calendar/major-change-due?detectedOn=2026-10-12"),
                () -> TestTokens.bank("LC0001"), 200));

        r.put("POST /api/v1/deadline-rules", Rule.of(Call.send("POST", "/api/v1/deadline-rules",
                Map.of("bureauCode", "BUR-640000", "reportType", "BRANCH_QUARTERLY_NPA", "dueDays", 25, "validFrom", "2026-01-01")),
                () -> TestTokens.bureau("BUR-640000"), 201, BANK, CBRC,
                new Denied("a bureau setting another's rule", () -> TestTokens.bureau("BUR-620000"), 403)));
        r.put("GET /api/v1/deadline-rules", Rule.of(Call.get("/api/v1/deadline-rules"), () -> TestTokens.bank("LC0001"), 200));
        r.put("GET /api/v1/deadline-rules/{id}", Rule.of(Call.get("/api/v1/deadline-rules/" + ruleId), () -> TestTokens.bank("LC0001"), 200));
        submissions(r);

        r.put("GET /api/v1/obligations", Rule.of(Call.get("/api/v1/obligations?institution=LC0001-110000"), () -> TestTokens.bank("LC0001"), 200,
                OTHER_BANK, OTHER_BUREAU));
        r.put("GET /api/v1/obligations/{id}", Rule.of(Call.get("/api/v1/obligations/" + obligationId), () -> TestTokens.bank("LC0001"), 200,
                OTHER_BANK, OTHER_BUREAU));
        r.put("GET /api/v1/obligations/late", Rule.of(Call.get("/api/v1/obligations/late?regulator=BUR-110000&period=2011-03"),
                () -> TestTokens.bureau("BUR-110000"), 200, OTHER_BUREAU, BANK));
        r.put("GET /api/v1/obligations/lateness", Rule.of(Call.get("/api/v1/obligations/lateness?institution=LC0001-110000&year=2011"),
                () -> TestTokens.bank("LC0001"), 200, OTHER_BANK, OTHER_BUREAU));
        r.put("PUT /api/v1/obligations/{id}/waiver", Rule.of(Call.send("PUT", "/api/v1/obligations/" + obligationId + "/waiver",
                Map.of("reason", "Matrix test")), TestTokens::cbrc, 200, BANK, OTHER_BUREAU));
        r.put("POST /api/v1/obligations/generate", Rule.of(new Call("POST", "/api/v1/obligations/generate?period=2011-03", null, null), // no body, as documented
                TestTokens::admin, 200, BANK, BUREAU, CBRC));

        Denied service = new Denied("a service", TestTokens::service, 403);
        r.put("GET /api/v1/outbox/dead-letters", Rule.of(Call.get("/api/v1/outbox/dead-letters"), TestTokens::admin, 200, BANK, BUREAU, CBRC, service));
        r.put("GET /api/v1/outbox/dead-letters/{id}", Rule.of(Call.get("/api/v1/outbox/dead-letters/" + PARKED), TestTokens::admin, 200,
                BANK, BUREAU, CBRC, service));
        r.put("POST /api/v1/outbox/dead-letters/{id}/retry", Rule.of(new Call("POST", "/api/v1/outbox/dead-letters/" + REQUEUED + "/retry",
                null, null), TestTokens::admin, 200, BANK, BUREAU, CBRC, service));
        return r;
    }

    private static void submissions(Map<String, Rule> r) {
        Supplier<String> owner = () -> TestTokens.bank("LC0002");
        Denied otherBank = new Denied("another bank", () -> TestTokens.bank("LC0001"), 404);
        Denied bureau = new Denied("a bureau that does not supervise the bank", () -> TestTokens.bureau("BUR-440000"), 404);
        r.put("POST /api/v1/submissions", Rule.of(Call.send("POST", "/api/v1/submissions", FilingBodies.monthly("LC0002", "2026-05").json()),
                owner, 201, new Denied("another bank filing for it (V8)", () -> TestTokens.bank("LC0001"), 403), CBRC,
                new Denied("an admin", TestTokens::admin, 403)));
        // A list filtered on an institution out of scope answers an empty page, which leaks nothing (SubmissionReadsTest).
        r.put("GET /api/v1/submissions", Rule.of(Call.get("/api/v1/submissions?institution=LC0002"), owner, 200));
        r.put("GET /api/v1/submissions/accepted", Rule.of(Call.get("/api/v1/submissions/accepted?period=2026-03"), TestTokens::service, 200,
                BANK, BUREAU));
        r.put("GET /api/v1/submissions/figures", Rule.of(Call.get("/api/v1/submissions/figures?institution=LC0002&type=BANK_MONTHLY_NPL&period=2026-03"),
                owner, 200, otherBank));
        String v1 = "/api/v1/submissions/" + filed + "/versions/1";
        r.put("GET /api/v1/submissions/{id}", Rule.of(Call.get("/api/v1/submissions/" + filed), owner, 200, otherBank, bureau));
        r.put("GET /api/v1/submissions/{id}/versions/{n}", Rule.of(Call.get(v1), owner, 200, otherBank, bureau));
        r.put("GET /api/v1/submissions/{id}/versions/{n}/findings/diff", Rule.of(Call.get(v1 + "/findings/diff"), owner, 200, otherBank, bureau));
        r.put("PUT /api/v1/submissions/{id}/versions/{n}/findings/{rule}/explanation", Rule.of(
                Call.send("PUT", "/api/v1/submissions/" + jumped + "/versions/1/findings/Q3/explanation", Map.of("text", "A merger.")),
                owner, 200, otherBank, CBRC));
        r.put("GET /api/v1/audit", Rule.of(Call.get("/api/v1/audit?institution=LC0002"), TestTokens::cbrc, 200, BANK));
    }

    private static String file(String body) {
        return given().auth().oauth2(TestTokens.bank("LC0002")).contentType("application/json").body(body)
                .post("/api/v1/submissions").then().statusCode(201).extract().jsonPath().getString("submissionId");
    }

    /** With the register at hand the service also refuses tokens whose role does not fit the kind of their institution. */
    @Override
    protected Map<String, Supplier<String>> misfitTokens() {
        Map<String, Supplier<String>> tokens = new HashMap<>(super.misfitTokens());
        tokens.put("a bureau token naming a bank", () -> TestTokens.token("misfit", "LC0001", "bureau"));
        tokens.put("a bank token naming a bureau", () -> TestTokens.token("misfit", "BUR-440000", "bank"));
        tokens.put("a bureau token naming a branch", () -> TestTokens.token("misfit", "LC0001-110000", "bureau"));
        return tokens;
    }

    /** A sub-bureau with a code no other run used, so that the rightful POST creates something new. */
    private static Map<String, String> newSubBureau() {
        String code = "SUB-T" + Integer.toHexString(new Random().nextInt(0x7fffffff)).toUpperCase();
        return Map.of("code", code, "name", "Matrix test sub-bureau", "kind", "REGULATOR_SUB_BUREAU", "parentCode", "BUR-440000",
                "supervisorCode", "BUR-440000", "regionCode", "440900", "validFrom", "2020-01-01");
    }
}
