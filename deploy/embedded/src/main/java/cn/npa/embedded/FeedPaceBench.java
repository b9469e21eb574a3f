package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Does the feed keep pace with intake (issue 11)? The filing wave of {@link IntakeBench} (wrk, one monthly report per
 * bank unit of the national register) and the submission service's real outbox relay delivering the accepted filings to
 * a real report service, in one run. Two modes. {@code sequential} (default): the waves are filed with the relay off
 * (the intake rate, as intake-bench.sh measures it), then the submission service is restarted with the relay on and
 * the whole backlog is delivered (the feed's rate: each side alone on the same two cores). {@code concurrent}: the relay
 * delivers while the wave is filed, as in production but with intake, relay and report service sharing two cores; the
 * backlog is sampled every 5 s. The outbox carries the obligation status events of the period too (same feed).
 */
public final class FeedPaceBench {

    private static final int REPORT_PORT = 18083;

    private FeedPaceBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        boolean concurrent = args.length > 2 && args[2].equals("concurrent");
        Path keys = EmbeddedRun.projectRoot().resolve("deploy/bench/run/keys");
        DevKeys.ensure(keys);
        Map<String, String> relay = new HashMap<>(Map.of("NPA_REPORT_URL", "http://localhost:" + REPORT_PORT,
                "NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString()));
        if (!concurrent) {
            relay.put("NPA_OUTBOX_CRON", "off");
        }
        try (BenchPlatform platform = BenchPlatform.start(relay)) {
            List<InstitutionRow> register = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
            RollupBench.importRegister(platform, register);
            try (Connection c = platform.pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database npa_report");
            }
            ServiceProcess report = new ServiceProcess("report-service", REPORT_PORT, EmbeddedRun.projectRoot(), false);
            Map<String, String> env = new HashMap<>(Map.of("NPA_DB_URL", "jdbc:postgresql://localhost:" + BenchPlatform.PG_PORT + "/npa_report",
                    "NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres",
                    "NPA_JWT_PUBLIC_KEY", keys.resolve(DevKeys.PUBLIC).toUri().toString(),
                    "NPA_SUBMISSION_URL", platform.service.url(), "NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString(),
                    "QUARKUS_LOG_LEVEL", "WARN", "NPA_REPORTS_PREBUILD", "false", "NPA_FIGURES_FEED_EVERY", "off"));
            env.put("QUARKUS_LOG_FILE_ENABLE", "true");
            env.put("QUARKUS_LOG_FILE_PATH", platform.run.resolve("report-service.log").toString());
            report.start(env);
            try {
                report.awaitReady(Duration.ofSeconds(120));
                int filers = IntakeBench.writeFilers(platform, register, platform.run, limit);
                long seconds = Math.min(1800, filers / (concurrent ? 400 : 900) + 60);
                Console.line(String.format("previous month %s: %,d filers, not measured", WaveTemplates.PREVIOUS, filers));
                IntakeBench.wave(register, platform.run, WaveTemplates.PREVIOUS, connections, seconds).forEach(l -> Console.line("previous month: " + l));
                if (concurrent) {
                    drained(platform, "previous month");
                }
                IntakeBench.generateObligations(platform, WaveTemplates.PERIOD);
                if (concurrent) {
                    measured(platform, register, filers, connections, seconds);
                } else {
                    sequential(platform, register, filers, connections, seconds);
                }
            } finally {
                report.stop();
            }
        }
    }

    /** The measured wave with the relay off, then the submission service restarted with it on and the backlog delivered. */
    private static void sequential(BenchPlatform platform, List<InstitutionRow> register, int filers, int connections, long seconds)
            throws Exception {
        Console.line(String.format("wave %s: %,d filers, the relay off", WaveTemplates.PERIOD, filers));
        IntakeBench.wave(register, platform.run, WaveTemplates.PERIOD, connections, seconds).forEach(Console::line);
        long backlog = waiting(platform);
        Console.line(String.format("restarting the submission service with its relay on (every second, the default lanes and batch)"
                + " to deliver the backlog of %,d events (both months' filings and the obligation statuses)", backlog));
        platform.restart(Map.of("NPA_OUTBOX_CRON", "*/1 * * * * ?"));
        long started = System.nanoTime();
        long last = backlog;
        while (true) {
            Thread.sleep(5000);
            long now = waiting(platform);
            double s = (System.nanoTime() - started) / 1e9;
            Console.line(String.format("  %5.0f s: delivered %,d, waiting %,d (%,.0f events/s over the last 5 s)", s, backlog - now, now,
                    (last - now) / 5.0));
            last = now;
            if (now == 0) {
                break;
            }
            if (s > 1800) {
                throw new IllegalStateException("the backlog was not delivered in 30 minutes");
            }
        }
        double drain = (System.nanoTime() - started) / 1e9;
        Console.line(String.format("RESULT feed: %,d events delivered by the relay to the report service in %.1f s (from the restart's"
                + " readiness, polled every 5 s) = %,.0f events/s; compare with the WAVE line's intake rate above", backlog, drain,
                backlog / drain));
    }

    /** The measured wave with the backlog sampled beside it, then the drain. */
    private static void measured(BenchPlatform platform, List<InstitutionRow> register, int filers, int connections, long seconds) throws Exception {
        long deliveredBefore = delivered(platform);
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        sampler.scheduleAtFixedRate(() -> {
            try {
                long[] b = backlog(platform);
                peak.accumulateAndGet(b[0], Math::max);
                Console.line(String.format("  %5.0f s: events written %,d, delivered %,d, waiting %,d", (System.nanoTime() - started) / 1e9,
                        b[0] + b[1] - deliveredBefore, b[1] - deliveredBefore, b[0]));
            } catch (Exception e) {
                Console.line("  sample failed: " + e.getMessage());
            }
        }, 5, 5, TimeUnit.SECONDS);
        Console.line(String.format("wave %s: %,d filers, the relay delivering to the report service meanwhile", WaveTemplates.PERIOD, filers));
        List<String> wave = IntakeBench.wave(register, platform.run, WaveTemplates.PERIOD, connections, seconds);
        double waveSeconds = (System.nanoTime() - started) / 1e9;
        sampler.shutdownNow();
        wave.forEach(Console::line);
        long waitingAtEnd = waiting(platform);
        double drain = drained(platform, "wave");
        long delivered = delivered(platform) - deliveredBefore;
        double total = waveSeconds + drain;
        Console.line(String.format("RESULT intake: %,d filings in %.1f s (wrk's own rate is in the WAVE line); relay: %,d events delivered,"
                + " %,d still waiting when the wave's last answer came (peak %,d), all delivered %.1f s after it; delivery rate over"
                + " wave and drain: %,.0f events/s", filers, waveSeconds, delivered, waitingAtEnd, peak.get(), drain, delivered / total));
    }

    /** Waits until the outbox holds nothing undelivered; the seconds it took. */
    private static double drained(BenchPlatform platform, String what) throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(20);
        while (waiting(platform) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": the outbox did not drain in 20 minutes");
            }
            Thread.sleep(200);
        }
        double s = (System.nanoTime() - start) / 1e9;
        Console.line(String.format("%s: outbox drained %.1f s after the wave", what, s));
        return s;
    }

    /** {waiting, delivered} in the submission service's outbox (dead letters count as neither). */
    private static long[] backlog(BenchPlatform platform) throws Exception {
        try (Connection c = platform.database(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) filter (where delivered_at is null and dead_at is null),"
                     + " count(*) filter (where delivered_at is not null) from outbox")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long delivered(BenchPlatform platform) throws Exception {
        return backlog(platform)[1];
    }

    /** The undelivered events alone (the outbox's partial index: cheap enough to poll). */
    private static long waiting(BenchPlatform platform) throws Exception {
        try (Connection c = platform.database(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from outbox where delivered_at is null and dead_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
