package cn.npa.submission.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The settings' defaults live in the mappings only, and a setting read by name (as {@code @Scheduled} reads the crons)
 * sees them: application.properties sets none of these.
 */
@QuarkusTest
class ConfigDefaultsTest {

    @Inject
    OutboxConfig outbox;

    @Inject
    ObligationsConfig obligations;

    @Test
    void outboxDefaults() {
        assertEquals(500, outbox.batchSize());
        assertEquals(4, outbox.tickBudgetSeconds());
        assertEquals(33554432, outbox.maxBatchBytes());
        assertEquals(120, outbox.leaseSeconds());
        assertEquals(60, outbox.maxBackoffSeconds());
        assertEquals("off", outbox.cron(), "the test profile switches the relay job off");
    }

    @Test
    void obligationDefaults() {
        assertEquals("off", obligations.generateCron(), "the test profile switches the jobs off");
        assertEquals("off", obligations.overdueCron());
        assertEquals(5000, obligations.overdueBatchSize());
    }

    @Test
    void defaultsAreVisibleByPropertyName() {
        var config = ConfigProvider.getConfig();
        assertEquals(500, config.getValue("npa.outbox.batch-size", Integer.class));
        assertEquals(5000, config.getValue("npa.obligations.overdue-batch-size", Integer.class));
        assertEquals(5, config.getValue("npa.deadlines.major-change-working-days", Integer.class));
    }
}
