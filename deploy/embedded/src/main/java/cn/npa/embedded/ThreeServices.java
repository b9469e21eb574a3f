package cn.npa.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three services and their PostgreSQL on loopback for the fault runs: each service on its own database, the relays
 * ticking every second, and the means to kill a service (SIGKILL) or to stop and start PostgreSQL on the same data.
 */
final class ThreeServices implements AutoCloseable {

    static final int PG_PORT = 55435;

    final Path run;
    final ServiceProcess submission;
    final ServiceProcess report;
    final ServiceProcess indicator;
    private final Map<ServiceProcess, Map<String, String>> env = new HashMap<>();
    private EmbeddedPostgres pg;

    private ThreeServices(Path run) {
        this.run = run;
        Path root = EmbeddedRun.projectRoot();
        submission = new ServiceProcess("submission-service", 18191, root, false);
        report = new ServiceProcess("report-service", 18192, root, false);
        indicator = new ServiceProcess("indicator-service", 18193, root, false);
    }

    /** Starts PostgreSQL on an empty data folder under {@code run}, then the three services, and waits until they are ready. */
    static ThreeServices start(Path run) throws Exception {
        ThreeServices s = new ThreeServices(run);
        deleteTree(run.resolve("pgdata"));
        Path publicKey = DevKeys.ensure(run.resolve("keys"));
        s.startPostgres();
        try (Connection c = s.pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String db : List.of("npa_submission", "npa_report", "npa_indicator")) {
                st.execute("create database " + db);
            }
        }
        Map<String, String> common = Map.of("NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres",
                "NPA_JWT_PUBLIC_KEY", publicKey.toUri().toString(), "QUARKUS_LOG_LEVEL", "WARN",
                "NPA_SERVICE_TOKEN_KEY", run.resolve("keys").resolve(DevKeys.PRIVATE).toString(),
                "NPA_SUBMISSION_URL", s.submission.url(), "NPA_REPORT_URL", s.report.url(), "NPA_INDICATOR_URL", s.indicator.url());
        s.env.put(s.submission, with(common, "npa_submission", Map.of("NPA_OUTBOX_CRON", "* * * * * ?")));
        s.env.put(s.report, with(common, "npa_report", Map.of("NPA_FIGURES_FEED_EVERY", "1s", "NPA_FIGURES_FEED_QUIET_SECONDS", "2")));
        s.env.put(s.indicator, with(common, "npa_indicator", Map.of()));
        for (ServiceProcess p : s.all()) {
            p.start(s.env.get(p));
        }
        for (ServiceProcess p : s.all()) {
            p.awaitReady(Duration.ofSeconds(180));
        }
        return s;
    }

    List<ServiceProcess> all() {
        return List.of(submission, report, indicator);
    }

    /** Starts a service killed before, with the environment it had. */
    void restart(ServiceProcess service) throws IOException {
        service.start(env.get(service));
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut) and starts it again on the same data and port. */
    void restartPostgres(Duration down) throws Exception {
        pg.close();
        Thread.sleep(down.toMillis());
        startPostgres();
    }

    Connection database(String name) throws Exception {
        return pg.getDatabase("postgres", name).getConnection();
    }

    String token(String role, String institution) throws Exception {
        return DevToken.mint(run.resolve("keys"), role, institution, 3 * 3600);
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess p : all()) {
            p.stop();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private void startPostgres() throws IOException {
        // the data folder is kept across a restart; start() above empties it once, before the first start
        pg = EmbeddedPostgres.builder().setPort(PG_PORT).setDataDirectory(run.resolve("pgdata")).setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200").start();
    }

    private static Map<String, String> with(Map<String, String> common, String database, Map<String, String> extra) {
        Map<String, String> out = new HashMap<>(common);
        out.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + PG_PORT + "/" + database);
        out.putAll(extra);
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
