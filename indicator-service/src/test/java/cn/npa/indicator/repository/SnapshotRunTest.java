package cn.npa.indicator.repository;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.rest.Intake;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Load snapshots against PostgreSQL (codes SN..., periods 2045-12 to 2047-03): a run reading the snapshots of its loads
 * gives the population, fingerprint and results SHA-256 the COPY read of the same loads gives (the snapshots are
 * deleted and the runs recomputed), and an intake that is refused stores no snapshot.
 */
@QuarkusTest
class SnapshotRunTest {

    static final String T = "2047-01";
    static final List<String> PERIODS = List.of("2045-12", "2046-01", "2046-12", T);

    @Inject
    AgroalDataSource db;

    @Inject
    LoadReader reader;

    /** One period of the country; {@code k} varies the figures from period to period. */
    static Intake period(String period, int k) {
        String g = "LARGE_COMMERCIAL";
        Intake i = new Intake(period, 1).regulators("100000", "2000").headOffice("SNLC1", g, "CBRC", "5000", (40 + k) + ".5")
                .headOffice("SNLC2", g, "CBRC", "4000", "70").headOffice("SNCC1", "CITY_COMMERCIAL", "BUR-440000", "800", "9.99");
        i.branch("SNLC1-GD", "BRANCH_GRADE_ONE", "SNLC1", "SNLC1", g, "BUR-440000", "1000", (20 + k) + "", k + ".01");
        if (k % 2 == 1) {
            i.restated("1000", (25 + k) + ".25");
        }
        i.branch("SNLC2-GD", "BRANCH_GRADE_ONE", "SNLC2", "SNLC2", g, "BUR-440000", (1000 + 10 * k) + ".1", "50", "0")
                .branch("SNLC1-BJ", "BRANCH_GRADE_ONE", "SNLC1", "SNLC1", g, "BUR-110000", "2000", (30 - k) + "", "0")
                .branch("SNCC1-GZ", "BRANCH_GRADE_ONE", "SNCC1", "SNCC1", "CITY_COMMERCIAL", "SUB-440100", "800", "9.99", "1.5");
        if (k >= 2) {
            // a branch opened in 2046-12: absent from the older loads
            i.branch("SNLC2-BJ", "BRANCH_GRADE_ONE", "SNLC2", "SNLC2", g, "BUR-110000", "900", k + "", "0");
        }
        if (k < 3) {
            // a branch closed before t: only in the older loads
            i.branch("SNLC1-SZ", "BRANCH_GRADE_ONE", "SNLC1", "SNLC1", g, "BUR-440000", "300", "3", "0");
        }
        Map<String, Object> all = new LinkedHashMap<>(Intake.loans("700", (7 + k) + "", "1", "2"));
        Map<String, Object> nonCredit = new LinkedHashMap<>();
        nonCredit.put("totalAssets", new BigDecimal("120.5"));
        nonCredit.put("npa", new BigDecimal(k + 1));
        nonCredit.put("estimatedLosses", BigDecimal.ONE);
        all.put("nonCredit", nonCredit);
        Map<String, Object> obs = new LinkedHashMap<>();
        obs.put("balance", new BigDecimal("60"));
        obs.put("advances", new BigDecimal("0." + k));
        all.put("obs", obs);
        return i.node("SNCC1-SZ", "BRANCH_GRADE_ONE", "SNCC1", "BUR-440000", "SNCC1", "CITY_COMMERCIAL", "440300", all);
    }

    private static boolean loaded;

    static synchronized void country() {
        if (loaded) {
            return;
        }
        for (int k = 0; k < PERIODS.size(); k++) {
            int status = period(PERIODS.get(k), k).post().statusCode();
            assertTrue(status == 201 || status == 200, "intake answered " + status);
        }
        loaded = true;
    }

    private long count(String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String inPeriods() {
        return "select id from figure_load where period in ('" + String.join("','", PERIODS) + "')";
    }

    /** The loads a run of T reads, by slot (the previous period and the year start are the same load). */
    private Map<InputSlot, Long> loads() {
        Period t = Period.parse(T);
        Map<InputSlot, Long> loads = new EnumMap<>(InputSlot.class);
        for (InputSlot s : InputSlot.values()) {
            long id = count("select coalesce(max(id), 0) from figure_load where period = '" + s.of(t) + "'");
            if (id > 0) {
                loads.put(s, id);
            }
        }
        return loads;
    }

    private static long run(String regulator) {
        Response r = given().auth().oauth2(TestTokens.cbrc()).contentType("application/json")
                .body(regulator == null ? Map.of("period", T) : Map.of("period", T, "regulatorCode", regulator)).post("/api/v1/runs");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getLong("id");
    }

    private static void assertRecomputedTheSame(long run) {
        JsonPath stored = given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/runs/" + run).then().statusCode(200).extract().jsonPath();
        JsonPath again = given().auth().oauth2(TestTokens.cbrc()).post("/api/v1/runs/" + run + "/recompute").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(again.getBoolean("same"), again.prettify());
        assertEquals(stored.getString("fingerprint"), again.getString("recomputedFingerprint"));
        assertEquals(stored.getString("resultsSha256"), again.getString("recomputedResultsSha256"));
    }

    @Test
    @DisplayName("R reproducible runs: a run read from snapshots has the fingerprint and results SHA-256 of the COPY read of the same loads")
    void snapshotsAndRowsGiveTheSameRuns() {
        country();
        assertEquals(4, count("select count(*) from figure_snapshot where format = 1 and load_id in (" + inPeriods() + ")"),
                "every load stored with its snapshot");
        Map<InputSlot, Long> loads = loads();
        assertEquals(loads.get(InputSlot.PREVIOUS_PERIOD), loads.get(InputSlot.YEAR_START), "January: one load for two slots");
        List<String> bureau = List.of("BUR-440000", "SUB-440100");
        Population national = reader.population(Period.parse(T), loads, null);
        Population ofBureau = reader.population(Period.parse(T), loads, bureau);
        assertEquals(13, national.nodes().size(), "four regulators, three head offices, six branches at t");
        assertEquals(List.of("BUR-440000", "SNCC1", "SNCC1-GZ", "SNCC1-SZ", "SNLC1-GD", "SNLC2-GD", "SUB-440100"),
                ofBureau.nodes().stream().map(n -> n.code()).toList(), "the bureau's nodes, itself and its sub-bureau");
        long nationalRun = run(null);
        long bureauRun = run("BUR-440000");
        assertRecomputedTheSame(nationalRun);
        assertRecomputedTheSame(bureauRun);

        execute("delete from figure_snapshot where load_id in (" + inPeriods() + ")");
        // Without snapshots every load is read from its rows: the same populations (equals: every amount of the same
        // scale too), so the same fingerprints.
        assertEquals(national, reader.population(Period.parse(T), loads, null));
        assertEquals(ofBureau, reader.population(Period.parse(T), loads, bureau));
        assertRecomputedTheSame(nationalRun);
        assertRecomputedTheSame(bureauRun);
    }

    @Test
    @DisplayName("V4: a refused intake stores no snapshot; a conflicting or repeated one adds none")
    void aRefusedIntakeStoresNoSnapshot() {
        country();
        long before = count("select count(*) from figure_snapshot");
        Intake refused = period("2047-03", 4);
        refused.branch("SNLC9-GD", "BRANCH_GRADE_ONE", "SNLC1", "SNLC1", "LARGE_COMMERCIAL", "BUR-440000", "10", "11", "0");
        assertEquals(422, refused.post().statusCode(), "NPL above total loans (V4)");
        assertEquals(0, Intake.loads("2047-03"));
        assertEquals(before, count("select count(*) from figure_snapshot"), "no snapshot of a refused intake");

        assertEquals(409, period(T, 9).post().statusCode(), "the same version of t with other figures");
        assertEquals(200, period(T, 3).post().statusCode(), "the same version of t byte for byte");
        assertEquals(before, count("select count(*) from figure_snapshot"));
    }
}
