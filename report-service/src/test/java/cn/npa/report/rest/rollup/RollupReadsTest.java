package cn.npa.report.rest.rollup;

import static cn.npa.report.rest.rollup.RollupResourceTest.assertAmount;
import static cn.npa.report.rest.rollup.RollupResourceTest.register;
import static cn.npa.report.rest.rollup.RollupResourceTest.rollup;
import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.GD;
import static cn.npa.report.rest.rollup.SmallRegister.GZ1;
import static cn.npa.report.rest.rollup.SmallRegister.LA;
import static cn.npa.report.rest.rollup.SmallRegister.LA_BJ;
import static cn.npa.report.rest.rollup.SmallRegister.LA_GD;
import static cn.npa.report.rest.rollup.SmallRegister.SZ;
import static cn.npa.report.rest.rollup.SmallRegister.SZ1;
import static cn.npa.report.rest.rollup.SmallRegister.SZ2;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.service.rollup.RollupRefreshJob;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Top-N tables, scope, refused parameters and events, and the refresh job, over HTTP against PostgreSQL. */
@QuarkusTest
class RollupReadsTest {

    private static final String BRANCH = "BRANCH_MONTHLY_NPL";
    private static final String BANK = "BANK_MONTHLY_NPL";

    @Inject
    RollupRefreshJob refresh;

    @Inject
    AgroalDataSource db;

    @Test
    void r3TopNRanksTheGradeOneBranchesAndTheClientsOfTheNodeWithTies() {
        String period = "2050-05";
        register(period, SmallRegister.rows());
        Feed.send(List.of(
                Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, Feed.filing(SZ1, BRANCH, period, "1000.00", "30.00")),
                Feed.statement("S-" + period + "-2", 1, LA_BJ, BRANCH, period, Feed.filing(LA_BJ, BRANCH, period, "1000.00", "30.00")),
                Feed.statement("S-" + period + "-3", 1, CB, BANK, period, Feed.filing(CB, BANK, period, "9000.00", "90.00"))))
                .then().statusCode(200);

        JsonPath national = given().auth().oauth2(TestTokens.cbrc()).queryParam("period", period).queryParam("n", 1)
                .get("/api/v1/top10/CBRC").then().statusCode(200).extract().jsonPath();
        // the two grade-one branches tie on NPL at the cut-off: both are listed, both rank 1
        assertEquals(List.of(LA_BJ, LA_GD), national.getList("tables.branchesByNpl.key"));
        assertEquals(List.of(1, 1), national.getList("tables.branchesByNpl.rank"));
        assertEquals("Large Bank A Beijing Branch", national.getString("tables.branchesByNpl[0].name"));
        // clients: the city bank's client has the most NPL of the whole country
        assertAmount("90.00", national.getString("tables.clientsByNpl[0].value"));
        // a month has no non-credit section: nothing ranked rather than zeros
        assertEquals(List.of(), national.getList("tables.branchesByNonCreditNpa"));
        JsonPath bureau = given().auth().oauth2(TestTokens.bureau(GD)).queryParam("period", period)
                .get("/api/v1/top10/" + GD).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(LA_GD), bureau.getList("tables.branchesByNpl.key"));
        assertEquals(10, bureau.getInt("n"));
    }

    @Test
    void eachCallerReadsOnlyItsOwnTreeOrJurisdiction() {
        String period = "2051-05";
        register(period, SmallRegister.rows());
        Feed.send(List.of(Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period,
                Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00")))).then().statusCode(200);

        rollup(TestTokens.bank(LA), SZ1, period);
        rollup(TestTokens.bank(LA_GD), SZ1, period);
        rollup(TestTokens.bureau(GD), SZ1, period);
        rollup(TestTokens.bureau(SZ), SZ1, period);
        notFound(TestTokens.bank(CB), LA_GD, period);
        notFound(TestTokens.bank(LA_GD), LA, period);
        notFound(TestTokens.bank(LA_GD), LA_BJ, period);
        notFound(TestTokens.bank(LA), GD, period);
        notFound(TestTokens.bureau(SmallRegister.BJ), LA_GD, period);
        notFound(TestTokens.bureau(SZ), GD, period);
        notFound(TestTokens.bureau(SZ), GZ1, period);
        notFound(TestTokens.cbrc(), "NO-SUCH-NODE", period);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau(SZ)).queryParam("period", period)
                .get("/api/v1/top10/" + GD).andReturn(), 404);
    }

    @Test
    void unreadableParametersAreRefusedWithTheParameterNamed() {
        String period = "2052-05";
        register(period, SmallRegister.rows());
        String[][] cases = {
            {"/api/v1/rollups/" + GD, "period=2052-13", "period"},
            {"/api/v1/rollups/" + GD, "period=garbage", "period"},
            {"/api/v1/rollups/" + GD, "basis=RESTATED", "period"},
            {"/api/v1/rollups/" + GD, "period=2052-05&basis=LATEST", "basis"},
            {"/api/v1/rollups/" + GD, "period=2052-05&breakdown=region,colour", "breakdown"},
            {"/api/v1/rollups/" + GD + "/children", "period=2052-05&tree=FOREST", "tree"},
            {"/api/v1/rollups/" + LA + "/children", "period=2052-05&tree=SUPERVISORY", "tree"},
            {"/api/v1/rollups/" + GD + "/children", "period=2052-05&size=0", "size"},
            {"/api/v1/top10/" + GD, "period=2052-05&n=0", "n"},
            {"/api/v1/top10/" + GD, "period=2052-05&n=1001", "n"},
        };
        for (String[] c : cases) {
            var r = given().auth().oauth2(TestTokens.cbrc()).get(c[0] + "?" + c[1]).andReturn();
            ProblemAssertions.assertProblem(r, 400);
            assertTrue(r.jsonPath().getList("errors.path").contains(c[2]), c[0] + "?" + c[1] + ": " + r.asString());
        }
    }

    @Test
    void aBadEventIsRefusedWithItsReasonsWhileTheOthersOfTheCallAreStored() {
        String period = "2053-05";
        register(period, SmallRegister.rows());
        String good = Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00"));
        String noFiling = "{\"eventId\":\"" + java.util.UUID.randomUUID() + "\",\"submissionId\":\"S-X\",\"version\":1,"
                + "\"institutionCode\":\"" + SZ2 + "\",\"reportType\":\"" + BRANCH + "\",\"period\":\"" + period + "\","
                + "\"acceptedAt\":\"2026-11-08T09:30:00+08:00\",\"figures\":{\"npl\":1}}";
        String textAmount = Feed.statement("S-" + period + "-3", 1, GZ1, BRANCH, period,
                Feed.filing(GZ1, BRANCH, period, "1000.00", "10.00").replace("\"totalLoans\":1000.00", "\"totalLoans\":1000.00")
                        .replace("\"substandard\":10.00", "\"substandard\":\"ten\""));
        String unknownType = "{\"eventId\":\"" + java.util.UUID.randomUUID() + "\",\"eventType\":\"SOMETHING_ELSE\"}";
        String badStatus = Feed.obligation(GZ1, BRANCH, period, "LATE-ISH", 3);
        JsonPath results = Feed.send(List.of(good, noFiling, textAmount, unknownType, badStatus, "42"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("STORED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"), results.getList("results.outcome"));
        assertEquals("$[1].figures.filing", results.getString("results[1].errors[0].path"));
        assertEquals("EVENT", results.getString("results[2].errors[0].rule"));
        assertEquals("$[4].status", results.getString("results[4].errors[0].path"));
        assertAmount("1000.00", rollup(TestTokens.bureau(GD), GD, period).getString("figures.loans.totalLoans"));
        for (String body : new String[] {"{}", "[]", "\"x\"", "[1,2"}) {
            var r = given().auth().oauth2(TestTokens.service()).contentType("application/json").body(body).post("/api/v1/feed").andReturn();
            assertTrue(r.statusCode() == 400 || r.statusCode() == 422, body + " -> " + r.statusCode() + " " + r.asString());
            assertEquals("application/problem+json", r.contentType().split(";")[0], body);
        }
    }

    @Test
    void theRefreshJobRecomputesThePeriodsThatChanged() {
        String period = "2054-05";
        register(period, SmallRegister.rows());
        refresh.refresh();
        Feed.send(List.of(Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period,
                Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00")))).then().statusCode(200);
        // the restated rollup at once, the first-reported one on the next tick (nothing changed in between), then nothing
        assertTrue(refresh.refresh() >= 1);
        assertTrue(refresh.refresh() >= 1);
        assertEquals(0, refresh.refresh());
        String computedAt = rollup(TestTokens.bureau(SZ), SZ, period).getString("computedAt");
        // the read found the job's result: nothing changed since
        assertEquals(computedAt, rollup(TestTokens.bureau(SZ), SZ, period).getString("computedAt"));
    }

    @Test
    void aPeriodWhoseFeedTransactionCommittedOutOfRevisionOrderIsStillRefreshed() throws Exception {
        String early = "2054-08";
        String late = "2054-09";
        register(early, SmallRegister.rows());
        register(late, SmallRegister.rows());
        while (refresh.refresh() > 0) {
            // what other tests left changed is computed first
        }
        Feed.send(List.of(Feed.statement("S-" + late + "-1", 1, SZ1, BRANCH, late,
                Feed.filing(SZ1, BRANCH, late, "1000.00", "10.00")))).then().statusCode(200);
        assertEquals(1, refresh.refresh());
        Feed.send(List.of(Feed.statement("S-" + early + "-1", 1, SZ1, BRANCH, early,
                Feed.filing(SZ1, BRANCH, early, "1000.00", "10.00")))).then().statusCode(200);
        // as if the earlier month's feed call had drawn its revision before the later month's and committed after the job saw that
        try (var c = db.getConnection(); var s = c.prepareStatement("update period_revision set revision ="
                + " (select revision - 1 from period_revision where period = ?) where period = ?")) {
            s.setString(1, late);
            s.setString(2, early);
            assertEquals(1, s.executeUpdate());
        }
        // the later month's first-reported rollup and the earlier month's restated one; then its first-reported one
        assertEquals(2, refresh.refresh());
        assertEquals(1, refresh.refresh());
        assertEquals(0, refresh.refresh());
    }

    @Test
    void theSameVersionUnderTwoEventIdsInOneCallIsStoredOnce() {
        String period = "2056-05";
        register(period, SmallRegister.rows());
        String filing = Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00");
        JsonPath results = Feed.send(List.of(Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, filing),
                Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, filing))).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("STORED", "DUPLICATE"), results.getList("results.outcome"));
        assertAmount("1000.00", rollup(TestTokens.bureau(SZ), SZ, period).getString("figures.loans.totalLoans"));
    }

    @Test
    void aRegisterChangeAnnouncedOnTheFeedIsHonouredByTheNextRead() {
        String period = "2057-05";
        register(period, SmallRegister.rows());
        Feed.send(List.of(Feed.statement("S-" + period + "-2", 1, SZ2, BRANCH, period,
                Feed.filing(SZ2, BRANCH, period, "2000.00", "20.00")))).then().statusCode(200);
        assertAmount("2000.00", rollup(TestTokens.bank(LA), LA_GD, period).getString("figures.loans.totalLoans"));

        // the register is corrected: SZ2 belonged to the Beijing branch at the end of that month
        register(period, SmallRegister.rows(LA_BJ));
        RegisterExportFixture.version(1_000 + System.identityHashCode(this) % 1000);
        Feed.send(List.of(Feed.registerChanged(1_000 + System.identityHashCode(this) % 1000))).then().statusCode(200);
        JsonPath moved = rollup(TestTokens.bank(LA), LA_BJ, period);
        assertAmount("2000.00", moved.getString("figures.loans.totalLoans"));
        assertEquals("NONE", rollup(TestTokens.bank(LA), LA_GD, period).getString("source"));
    }

    private static void notFound(String token, String node, String period) {
        ProblemAssertions.assertProblem(given().auth().oauth2(token).queryParam("period", period)
                .get("/api/v1/rollups/" + node).andReturn(), 404);
    }
}
