package cn.npa.submission.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The scheduled obligation jobs (Asia/Shanghai); each cron is read by name by {@code @Scheduled}, "off" disables the job. */
@ConfigMapping(prefix = "npa.obligations")
public interface ObligationsConfig {

    /** When to generate the obligations of the month, quarter and year that ended last (daily, 00:10). */
    @WithDefault("0 10 0 * * ?")
    String generateCron();

    /** When to mark obligations whose deadline passed as overdue (every five minutes). */
    @WithDefault("0 */5 * * * ?")
    String overdueCron();

    /** Obligations marked overdue per transaction of the sweep: short row locks, bounded work per statement. */
    @WithDefault("5000")
    @Min(1)
    int overdueBatchSize();
}
