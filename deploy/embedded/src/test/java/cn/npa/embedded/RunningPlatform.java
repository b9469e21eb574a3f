package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The three packaged services on free loopback ports over one real PostgreSQL, with the demo register loaded, and
 * generated API clients pointed at them with a bearer token of a given role and institution.
 */
final class RunningPlatform implements AutoCloseable {

    /** One poll of {@link #await}: the awaited value, or null while it is not there yet. */
    interface Probe<T> {
        T get() throws Exception;
    }

    private final Path keys;
    private final EmbeddedPostgres pg;
    private final List<ServiceProcess> services;
    private final ServiceProcess submission;
    private final ServiceProcess report;
    private final ServiceProcess indicator;

    private RunningPlatform(Path keys, EmbeddedPostgres pg) throws Exception {
        this.keys = keys;
        this.pg = pg;
        Path root = EmbeddedRun.projectRoot();
        submission = new ServiceProcess("submission-service", freePort(), root, false);
        report = new ServiceProcess("report-service", freePort(), root, false);
        indicator = new ServiceProcess("indicator-service", freePort(), root, false);
        services = List.of(submission, report, indicator);
    }

    /** Starts PostgreSQL and the three services as {@link RelayDeliveryTest} does, and loads the demo register. */
    static RunningPlatform start() throws Exception {
        Path keys = Files.createTempDirectory("npa-generated-client-keys");
        Path publicKey = DevKeys.ensure(keys);
        RunningPlatform p = new RunningPlatform(keys, EmbeddedPostgres.builder().start());
        for (String db : List.of("npa_submission", "npa_report", "npa_indicator")) {
            try (Connection c = p.pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database " + db);
            }
        }
        Map<String, String> common = Map.of("NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres",
                "NPA_JWT_PUBLIC_KEY", publicKey.toUri().toString(), "QUARKUS_LOG_LEVEL", "WARN",
                "NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString(),
                "NPA_SUBMISSION_URL", p.submission.url(), "NPA_REPORT_URL", p.report.url(), "NPA_INDICATOR_URL", p.indicator.url());
        p.submission.start(p.env(common, "npa_submission", Map.of("NPA_OUTBOX_CRON", "* * * * * ?")));
        p.report.start(p.env(common, "npa_report", Map.of("NPA_FIGURES_FEED_EVERY", "1s", "NPA_FIGURES_FEED_QUIET_SECONDS", "1")));
        p.indicator.start(p.env(common, "npa_indicator", Map.of()));
        for (ServiceProcess s : p.services) {
            s.awaitReady(Duration.ofSeconds(180));
        }
        new DemoLoader(p.submission.url(), p.token("admin", "CBRC")).loadRegister(EmbeddedRun.SEED);
        return p;
    }

    /** The register the services hold: the demo register of the embedded run. */
    List<InstitutionRow> register() {
        return RegisterGenerator.generate(EmbeddedRun.SEED, RegisterScale.DEMO);
    }

    cn.npa.client.submission.ApiClient submissionClient(String role, String institution) throws Exception {
        cn.npa.client.submission.ApiClient c = new cn.npa.client.submission.ApiClient();
        c.updateBaseUri(submission.url());
        c.setRequestInterceptor(bearer(role, institution));
        return c.setReadTimeout(Duration.ofSeconds(60));
    }

    cn.npa.client.report.ApiClient reportClient(String role, String institution) throws Exception {
        cn.npa.client.report.ApiClient c = new cn.npa.client.report.ApiClient();
        c.updateBaseUri(report.url());
        c.setRequestInterceptor(bearer(role, institution));
        return c.setReadTimeout(Duration.ofSeconds(60));
    }

    cn.npa.client.indicator.ApiClient indicatorClient(String role, String institution) throws Exception {
        cn.npa.client.indicator.ApiClient c = new cn.npa.client.indicator.ApiClient();
        c.updateBaseUri(indicator.url());
        c.setRequestInterceptor(bearer(role, institution));
        return c.setReadTimeout(Duration.ofSeconds(120));
    }

    /** Polls every quarter second until the probe answers a value (an exception counts as not yet), for at most two minutes. */
    <T> T await(String what, Probe<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (Exception notYet) {
                last = notYet;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("within 120 s: " + what + (last == null ? "" : " (last answer: " + last.getMessage() + ")"));
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess s : services) {
            s.stop();
        }
        pg.close();
    }

    private Consumer<HttpRequest.Builder> bearer(String role, String institution) throws Exception {
        String header = "Bearer " + token(role, institution);
        return b -> b.header("Authorization", header);
    }

    private String token(String role, String institution) throws Exception {
        return DevToken.mint(keys, role, institution, 3600);
    }

    private Map<String, String> env(Map<String, String> common, String database, Map<String, String> extra) {
        Map<String, String> out = new HashMap<>(common);
        out.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database);
        out.putAll(extra);
        return out;
    }

    /** A port free on this machine now (the services of a test take theirs from here). */
    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
