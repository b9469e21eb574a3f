package cn.npa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.testing.ClockRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-clock rule on this service's main code and the libraries it runs with: no wall clock, no database clock. */
class OneClockTest {

    @Test
    void mainCodeTakesTimeFromTheOneClock() {
        ClockRules.noWallClock().check(ClockRules.mainClasses());
    }

    @Test
    void noStatementAsksTheDatabaseForItsTime() {
        assertEquals(List.of(), ClockRules.databaseClockReads(Path.of("src/main/java")));
    }
}
