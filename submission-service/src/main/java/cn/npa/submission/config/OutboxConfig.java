package cn.npa.submission.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/** The outbox relay that sends "statement accepted" events to the report service. */
@ConfigMapping(prefix = "npa.outbox")
public interface OutboxConfig {

    /** How often the relay runs (Quartz cron, read by name by {@code @Scheduled}); "off" disables it. */
    @WithDefault("*/5 * * * * ?")
    String cron();

    /** Private key (PEM: a path, a file: or a classpath: URI) signing the relay's service token; without it events stay pending. */
    Optional<String> serviceTokenKey();

    /** Events claimed and sent per run. */
    @WithDefault("50")
    @Min(1)
    int batchSize();

    /** Seconds a claimed batch stays leased: longer than a batch can take (5 s per send, retried twice), so no two relays send one event at once. */
    @WithDefault("900")
    @Min(1)
    int leaseSeconds();

    /** Longest wait before the next try of a failed event, in seconds; the wait starts at 10 s and doubles up to this. */
    @WithDefault("3600")
    @Min(10)
    int maxBackoffSeconds();
}
