package cn.npa.submission.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/** The outbox relay that sends the feed's events (docs/feed.md) to the report service, in bulk. */
@ConfigMapping(prefix = "npa.outbox")
public interface OutboxConfig {

    /** How often the relay runs (Quartz cron, read by name by {@code @Scheduled}), every second by default; "off" disables it. */
    @WithDefault("*/1 * * * * ?")
    String cron();

    /** Private key (PEM: a path, a file: or a classpath: URI) signing the relay's service token; without it events stay pending. */
    Optional<String> serviceTokenKey();

    /** Events claimed per batch and sent in one call. */
    @WithDefault("500")
    @Min(1)
    int batchSize();

    /** Most bytes of events sent in one call: the events of a claimed batch beyond it are given back for the next call (one event always goes). */
    @WithDefault("33554432")
    @Min(1024)
    int maxBatchBytes();

    /**
     * Calls a run keeps under way at once, each with its own claimed batch (claims skip each other's rows, and the
     * report service stores events in any order: docs/feed.md): while one call waits for the report service, the next
     * batch is read and sent, so the feed keeps pace with intake (docs/benchmarks.md, "Feed pace").
     */
    @WithDefault("2")
    @Min(1)
    int parallelCalls();

    /** Seconds a run keeps sending batches back to back while full ones are acknowledged; the batch under way finishes. */
    @WithDefault("4")
    @Min(1)
    int tickBudgetSeconds();

    /**
     * Seconds a claimed batch stays leased: longer than a call can take (30 s, tried three times), so no two relays send
     * one event at once; short, because a batch whose outcome could not be recorded (the database went away mid-call)
     * waits out the lease before it is sent again (docs/reliability.md, "Faults").
     */
    @WithDefault("120")
    @Min(1)
    int leaseSeconds();

    /**
     * Longest wait before the next try of a failed event, in seconds; the wait starts at 10 s and doubles up to this.
     * A minute: one small call a minute costs a service that is down nothing, and a restarted one gets its backlog
     * within a minute of coming back (an hour made the fault run wait up to nine minutes, docs/reliability.md).
     */
    @WithDefault("60")
    @Min(10)
    int maxBackoffSeconds();
}
