package cn.npa.submission.service;

import cn.npa.common.time.Shanghai;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The scheduled obligation jobs; each is one call into a tested service method, its cron from config
 * ({@link cn.npa.submission.config.ObligationsConfig}, where the defaults are; "off" disables a job).
 */
@ApplicationScoped
public class ObligationJobs {

    private final ObligationGenerator generator;
    private final ObligationService obligations;
    private final Clock clock;

    public ObligationJobs(ObligationGenerator generator, ObligationService obligations, Clock clock) {
        this.clock = clock;
        this.generator = generator;
        this.obligations = obligations;
    }

    @Scheduled(identity = "obligations-generate", cron = "{npa.obligations.generate-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void generate() {
        generator.generateEnded(Shanghai.today(clock));
    }

    @Scheduled(identity = "obligations-overdue", cron = "{npa.obligations.overdue-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void overdue() {
        obligations.markOverdue(clock.instant());
    }
}
