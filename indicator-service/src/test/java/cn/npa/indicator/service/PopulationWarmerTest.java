package cn.npa.indicator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.rest.Intake;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Against PostgreSQL (codes PW..., periods 2098-12 and 2099-01, later than any other test's): once the figures of the
 * latest period are committed, its national population is read into memory in the background, so its first run reads
 * nothing; an earlier period taken in afterwards is not prepared.
 */
@QuarkusTest
class PopulationWarmerTest {

    @Inject
    AgroalDataSource db;

    @Inject
    PopulationCache populations;

    private static Intake period(String period) {
        return new Intake(period, 1).regulators("100000", "2000").headOffice("PWLC1", "LARGE_COMMERCIAL", "CBRC", "5000", "41.5")
                .headOffice("PWCC1", "CITY_COMMERCIAL", "BUR-440000", "800", "9.99");
    }

    private long id(String period) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from figure_load where period = '" + period + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<InputSlot, Long> inputs(Period t) {
        Map<InputSlot, Long> loads = new EnumMap<>(InputSlot.class);
        for (InputSlot s : InputSlot.values()) {
            long id = id(s.of(t).toString());
            if (id > 0) {
                loads.put(s, id);
            }
        }
        return loads;
    }

    private boolean heldWithin(Period t, Map<InputSlot, Long> loads, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            if (populations.holds(t, loads, null)) {
                return true;
            }
            Thread.sleep(50);
        }
        return populations.holds(t, loads, null);
    }

    @Test
    @DisplayName("R the latest period's population is read once its figures are committed; an earlier period's is not")
    void theLatestPeriodIsPreparedAfterItsIntake() throws InterruptedException {
        assertEquals(201, period("2098-12").post().statusCode());
        assertEquals(201, period("2099-01").post().statusCode());
        Period t = Period.parse("2099-01");
        Map<InputSlot, Long> loads = inputs(t);
        assertEquals(3, loads.size(), "t, its previous period and its year start: " + loads);
        assertEquals(loads.get(InputSlot.PREVIOUS_PERIOD), loads.get(InputSlot.YEAR_START), "January: one load for both");
        assertTrue(heldWithin(t, loads, 20_000), "the population of 2099-01 is prepared");

        // A backfilled earlier month is not what is assessed next: nothing read for it.
        assertEquals(201, period("2098-06").post().statusCode());
        Period earlier = Period.parse("2098-06");
        assertFalse(heldWithin(earlier, inputs(earlier), 1_000), "2098-06 is not the latest period");
        assertTrue(populations.holds(t, loads, null), "2099-01's population is still kept");
    }
}
