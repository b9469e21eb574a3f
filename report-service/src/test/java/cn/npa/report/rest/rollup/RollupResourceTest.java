package cn.npa.report.rest.rollup;

import static cn.npa.report.rest.rollup.SmallRegister.CB;
import static cn.npa.report.rest.rollup.SmallRegister.CBRC;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rollups over HTTP against PostgreSQL (issue 11, "Done when"), each test on its own period of the small register, the
 * filings and statuses arriving through the bulk feed as the submission service's relay sends them.
 */
@QuarkusTest
public class RollupResourceTest {

    private static final String BRANCH = "BRANCH_MONTHLY_NPL";
    private static final String BANK = "BANK_MONTHLY_NPL";

    @Test
    void r1TheBureauSumsItsMaximalNodesAndCountsNothingTwice() {
        String period = "2040-05";
        register(period, SmallRegister.rows());
        Feed.send(List.of(
                Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00")),
                Feed.statement("S-" + period + "-2", 1, SZ2, BRANCH, period, Feed.filing(SZ2, BRANCH, period, "2000.00", "20.00")),
                Feed.statement("S-" + period + "-3", 1, GZ1, BRANCH, period, Feed.filing(GZ1, BRANCH, period, "4000.00", "40.00")),
                Feed.statement("S-" + period + "-4", 1, CB, BANK, period, Feed.filing(CB, BANK, period, "8000.00", "80.00"))))
                .then().statusCode(200);

        JsonPath bureau = rollup(TestTokens.bureau(GD), GD, period);
        // the sub-branches the Shenzhen sub-bureau supervises are inside the grade-one branch: counted once
        assertAmount("15000.00", bureau.getString("figures.loans.totalLoans"));
        assertAmount("0.01", bureau.getString("figures.loans.nplRatio"));
        assertEquals("MAXIMAL_NODES_SUM", bureau.getString("source"));
        assertEquals(4, bureau.getInt("filingUnits"));
        assertAmount("3000.00", rollup(TestTokens.bureau(SZ), SZ, period).getString("figures.loans.totalLoans"));
        JsonPath branch = rollup(TestTokens.bank(LA), LA_GD, period);
        assertEquals("CHILDREN_SUM", branch.getString("source"));
        assertAmount("7000.00", branch.getString("figures.loans.totalLoans"));
        // the national figure sums head offices: LA (its Guangdong branch) and CB
        assertAmount("15000.00", rollup(TestTokens.cbrc(), CBRC, period).getString("figures.loans.totalLoans"));
        List<String> summed = given().auth().oauth2(TestTokens.bureau(GD)).queryParam("period", period).queryParam("tree", "BANK")
                .get("/api/v1/rollups/" + GD + "/children").then().statusCode(200).extract().jsonPath().getList("items.node");
        assertEquals(List.of(CB, LA_GD), summed);
    }

    @Test
    void r1ALateSubBranchMakesItsParentsProvisionalWithCoverageAndTheMissingList() {
        String previous = "2041-04";
        String period = "2041-05";
        register(previous, SmallRegister.rows());
        register(period, SmallRegister.rows());
        Feed.send(List.of(
                Feed.statement("S-" + previous + "-1", 1, SZ1, BRANCH, previous, Feed.filing(SZ1, BRANCH, previous, "1000.00", "10.00")),
                Feed.statement("S-" + previous + "-2", 1, SZ2, BRANCH, previous, Feed.filing(SZ2, BRANCH, previous, "1000.00", "10.00")),
                Feed.statement("S-" + previous + "-3", 1, GZ1, BRANCH, previous, Feed.filing(GZ1, BRANCH, previous, "2000.00", "20.00")),
                Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, Feed.filing(SZ1, BRANCH, period, "1100.00", "11.00")),
                Feed.statement("S-" + period + "-2", 1, SZ2, BRANCH, period, Feed.filing(SZ2, BRANCH, period, "1100.00", "11.00")),
                Feed.obligation(SZ1, BRANCH, period, "SUBMITTED_ON_TIME", 5),
                Feed.obligation(SZ2, BRANCH, period, "SUBMITTED_ON_TIME", 6),
                Feed.obligation(GZ1, BRANCH, period, "OPEN", 1),
                Feed.obligation(GZ1, BRANCH, period, "OVERDUE", 7))).then().statusCode(200);

        JsonPath branch = rollup(TestTokens.bank(LA), LA_GD, period);
        assertTrue(branch.getBoolean("provisional"));
        assertEquals(3, branch.getInt("coverage.expectedUnits"));
        assertEquals(2, branch.getInt("coverage.filedUnits"));
        // the filed units had 2,000 of the 4,000 loans of the previous month
        assertAmount("0.5", branch.getString("coverage.loanShare"));
        assertEquals(1, branch.getInt("coverage.missingByLevel.SUB_BRANCH"));
        JsonPath missing = given().auth().oauth2(TestTokens.bureau(GD)).queryParam("period", period)
                .get("/api/v1/rollups/" + GD + "/missing").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(GZ1), missing.getList("items.code"));
        assertEquals("OVERDUE", missing.getString("items[0].status"));
        assertEquals(LA_GD, missing.getString("items[0].parentCode"));
        assertTrue(rollup(TestTokens.bank(LA), LA, period).getBoolean("provisional"));
        assertTrue(rollup(TestTokens.bureau(GD), GD, period).getBoolean("provisional"));
        // the Shenzhen sub-bureau's own scope is complete
        assertFalse(rollup(TestTokens.bureau(SZ), SZ, period).getBoolean("provisional"));
    }

    @Test
    void r1AParentFilingBesideItsChildrenShowsTheQ4DifferenceAndIsNotAdded() {
        String period = "2042-05";
        register(period, SmallRegister.rows());
        Feed.send(List.of(
                Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00")),
                Feed.statement("S-" + period + "-2", 1, SZ2, BRANCH, period, Feed.filing(SZ2, BRANCH, period, "1000.00", "10.00")),
                Feed.statement("S-" + period + "-3", 1, GZ1, BRANCH, period, Feed.filing(GZ1, BRANCH, period, "2000.00", "20.00")),
                Feed.statement("S-" + period + "-4", 1, LA_GD, BRANCH, period, Feed.filing(LA_GD, BRANCH, period, "4100.00", "41.00"))))
                .then().statusCode(200);

        JsonPath branch = rollup(TestTokens.bank(LA), LA_GD, period);
        assertEquals("OWN_FILING", branch.getString("source"));
        assertAmount("4100.00", branch.getString("figures.loans.totalLoans"));
        assertEquals("TOTAL_LOANS", branch.getString("q4[0].figure"));
        assertAmount("4000.00", branch.getString("q4[0].childrenSum"));
        assertAmount("100.00", branch.getString("q4[0].difference"));
        assertTrue(branch.getBoolean("q4[0].exceeds"));
        // the bureau adds the branch's own filing, never also its children
        assertAmount("4100.00", rollup(TestTokens.bureau(GD), GD, period).getString("figures.loans.totalLoans"));
    }

    @Test
    void r1AnAmendmentMovesTheRestatedRollupAndNotTheFirstReportedOne() {
        String period = "2043-05";
        register(period, SmallRegister.rows());
        Feed.send(List.of(
                Feed.statement("S-" + period + "-1", 1, SZ1, BRANCH, period, Feed.filing(SZ1, BRANCH, period, "1000.00", "10.00")),
                Feed.statement("S-" + period + "-2", 1, SZ2, BRANCH, period, Feed.filing(SZ2, BRANCH, period, "1000.00", "10.00"))))
                .then().statusCode(200);
        Feed.send(List.of(Feed.statement("S-" + period + "-1", 2, SZ1, BRANCH, period,
                Feed.filing(SZ1, BRANCH, period, "1500.00", "30.00")))).then().statusCode(200);

        assertAmount("2500.00", rollup(TestTokens.bureau(SZ), SZ, period).getString("figures.loans.totalLoans"));
        JsonPath first = given().auth().oauth2(TestTokens.bureau(SZ)).queryParam("period", period).queryParam("basis", "AS_FIRST_REPORTED")
                .get("/api/v1/rollups/" + SZ).then().statusCode(200).extract().jsonPath();
        assertAmount("2000.00", first.getString("figures.loans.totalLoans"));
        // R6: the restated figure names the version it used
        JsonPath contributors = given().auth().oauth2(TestTokens.bureau(SZ)).queryParam("period", period)
                .get("/api/v1/rollups/" + SZ + "/contributors").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(SZ1, SZ2), contributors.getList("items.code"));
        assertEquals(List.of(2, 1), contributors.getList("items.version"));
    }

    @Test
    void r1AHierarchyChangeBetweenTwoPeriodsRollsEachPeriodUpOnItsOwnTree() {
        String before = "2044-04";
        String after = "2044-05";
        register(before, SmallRegister.rows());
        // SZ2 moved to the Beijing branch at the end of May
        register(after, SmallRegister.rows(LA_BJ));
        Feed.send(List.of(
                Feed.statement("S-" + before + "-2", 1, SZ2, BRANCH, before, Feed.filing(SZ2, BRANCH, before, "2000.00", "20.00")),
                Feed.statement("S-" + after + "-2", 1, SZ2, BRANCH, after, Feed.filing(SZ2, BRANCH, after, "2000.00", "20.00"))))
                .then().statusCode(200);

        assertAmount("2000.00", rollup(TestTokens.bank(LA), LA_GD, before).getString("figures.loans.totalLoans"));
        assertEquals("NONE", rollup(TestTokens.bank(LA), LA_BJ, before).getString("source"));
        assertEquals("NONE", rollup(TestTokens.bank(LA), LA_GD, after).getString("source"));
        assertAmount("2000.00", rollup(TestTokens.bank(LA), LA_BJ, after).getString("figures.loans.totalLoans"));
        assertAmount("2000.00", rollup(TestTokens.bureau(BJ()), BJ(), after).getString("figures.loans.totalLoans"));
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        String period = "2045-05";
        register(period, SmallRegister.rows());
        java.util.UUID id = java.util.UUID.randomUUID();
        String event = Feed.statement(id, "S-" + period + "-1", 1, SZ1, BRANCH, period,
                Feed.filing(SZ1, BRANCH, period, "978623188405.80", "10.00"));
        JsonPath firstCall = Feed.send(List.of(event)).then().statusCode(200).extract().jsonPath();
        assertEquals("STORED", firstCall.getString("results[0].outcome"));
        String before = given().auth().oauth2(TestTokens.bureau(SZ)).queryParam("period", period).get("/api/v1/rollups/" + SZ).asString();
        JsonPath again = Feed.send(List.of(event, event)).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("DUPLICATE", "DUPLICATE"), again.getList("results.outcome"));
        String after = given().auth().oauth2(TestTokens.bureau(SZ)).queryParam("period", period).get("/api/v1/rollups/" + SZ).asString();
        assertEquals(before, after);
        // every amount exactly as filed, trailing zero included
        assertTrue(after.contains("\"totalLoans\":978623188405.80"), after);
    }

    private static String BJ() {
        return SmallRegister.BJ;
    }

    public static void register(String period, List<RegisterExportFixture.Row> rows) {
        RegisterExportFixture.serve(RollupPeriod.parse(period).orElseThrow().end(), rows);
    }

    static JsonPath rollup(String token, String node, String period) {
        return given().auth().oauth2(token).queryParam("period", period).get("/api/v1/rollups/" + node)
                .then().statusCode(200).extract().jsonPath();
    }

    static void assertAmount(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), "expected " + expected + " but was " + actual);
    }
}
