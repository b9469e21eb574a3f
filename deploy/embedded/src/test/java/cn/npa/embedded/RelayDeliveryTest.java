package cn.npa.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way data flow between the three real services over real HTTP (the built services, one real PostgreSQL): an
 * accepted filing reaches the report service with its filing; while the report service is down the event waits with a
 * recorded failure, and after it comes back the event is delivered once; the rolled-up figures then reach the
 * indicator service through the report service's figures outbox, and an assessment run over them agrees with the
 * rollup. Runs after the services are packaged (this module comes last in the reactor; alone, it needs
 * {@code ./mvnw package} of the services first).
 */
class RelayDeliveryTest {

    private static final String PERIOD = "2026-09";
    private static final Pattern SUBMISSION = Pattern.compile("\"submissionId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Path keys;
    private static EmbeddedPostgres pg;
    private static ServiceProcess submission;
    private static ServiceProcess report;
    private static ServiceProcess indicator;
    private static Map<String, String> reportEnv;
    private static List<InstitutionRow> register;

    @BeforeAll
    static void start() throws Exception {
        Path root = EmbeddedRun.projectRoot();
        keys = Files.createTempDirectory("npa-relay-keys");
        Path publicKey = DevKeys.ensure(keys);
        pg = EmbeddedPostgres.builder().start();
        for (String db : List.of("npa_submission", "npa_report", "npa_indicator")) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database " + db);
            }
        }
        submission = new ServiceProcess("submission-service", RunningPlatform.freePort(), root, false);
        report = new ServiceProcess("report-service", RunningPlatform.freePort(), root, false);
        indicator = new ServiceProcess("indicator-service", RunningPlatform.freePort(), root, false);
        Map<String, String> common = Map.of("NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres",
                "NPA_JWT_PUBLIC_KEY", publicKey.toUri().toString(), "QUARKUS_LOG_LEVEL", "WARN");
        Map<String, String> submissionEnv = new HashMap<>(common);
        submissionEnv.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/npa_submission");
        submissionEnv.put("NPA_REPORT_URL", report.url());
        submissionEnv.put("NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString());
        submissionEnv.put("NPA_OUTBOX_CRON", "* * * * * ?");
        reportEnv = new HashMap<>(common);
        reportEnv.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/npa_report");
        // the report service copies the register from the real submission service's export, with its own service token
        reportEnv.put("NPA_SUBMISSION_URL", submission.url());
        reportEnv.put("NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString());
        // and sends the rolled-up figures of a period once it has been quiet for a second
        reportEnv.put("NPA_INDICATOR_URL", indicator.url());
        reportEnv.put("NPA_FIGURES_FEED_EVERY", "1s");
        reportEnv.put("NPA_FIGURES_FEED_QUIET_SECONDS", "1");
        Map<String, String> indicatorEnv = new HashMap<>(common);
        indicatorEnv.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/npa_indicator");
        submission.start(submissionEnv);
        report.start(reportEnv);
        indicator.start(indicatorEnv);
        submission.awaitReady(Duration.ofSeconds(120));
        report.awaitReady(Duration.ofSeconds(120));
        indicator.awaitReady(Duration.ofSeconds(120));
        new DemoLoader(submission.url(), DevToken.mint(keys, "admin", "CBRC", 3600)).loadRegister(EmbeddedRun.SEED);
        register = RegisterGenerator.generate(EmbeddedRun.SEED, RegisterScale.DEMO);
    }

    @AfterAll
    static void stop() throws Exception {
        if (submission != null) {
            submission.stop();
        }
        if (report != null) {
            report.stop();
        }
        if (indicator != null) {
            indicator.stop();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void eventsReachTheReportServiceAndWaitOutItsDowntime() throws Exception {
        List<InstitutionRow> banks = register.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).limit(2).toList();
        String first = file(banks.get(0));
        await("the first event is delivered", () -> statements().contains(first));
        String received = statements();
        assertTrue(received.contains("\"institutionCode\":\"" + banks.get(0).code() + "\""), head(received));
        int filing = received.indexOf("\"filing\":{");
        int header = received.indexOf("\"header\":{", Math.max(filing, 0));
        String headerObject = header < 0 ? "" : received.substring(header, received.indexOf('}', header) + 1);
        assertTrue(filing >= 0 && headerObject.contains("\"institutionCode\":\"" + banks.get(0).code() + "\""),
                "the event carries the filing with its header: " + head(received));

        report.stop();
        String second = file(banks.get(1));
        await("the failed attempt is recorded", () -> outbox(second, "attempts >= 1 and delivered_at is null and last_error is not null"));

        report.start(reportEnv);
        report.awaitReady(Duration.ofSeconds(120));
        // the next attempt comes 10, 20, 40 ... s after the last failure: allow for a slow restart
        await("the waiting event is delivered after the back-off", Duration.ofSeconds(150), () -> outbox(second, "delivered_at is not null"));
        received = statements();
        assertTrue(received.contains(second), head(received));
        assertEquals(2, count(received, "\"eventId\""), "each event received once: " + head(received));

        // R1 over real HTTP: the national rollup, on the register the submission service exports, sums both head offices
        String national = get(report.url() + "/api/v1/rollups/CBRC?period=" + PERIOD + "&breakdown=none");
        assertTrue(national.contains("\"filingUnits\":2"), head(national));
        assertTrue(national.contains("\"source\":\"MAXIMAL_NODES_SUM\""), head(national));
        java.math.BigDecimal expected = totalLoans(banks.get(0)).add(totalLoans(banks.get(1)));
        Matcher total = Pattern.compile("\"totalLoans\":([0-9.]+)").matcher(national);
        assertTrue(total.find(), head(national));
        assertEquals(0, expected.compareTo(new java.math.BigDecimal(total.group(1))), head(national));
        Matcher npl = Pattern.compile("\"npl\":([0-9.]+)").matcher(national);
        assertTrue(npl.find(), head(national));

        // the rolled-up figures reach the indicator service through the figures outbox, once the period is quiet
        await("the period's figures are delivered to the indicator service", Duration.ofSeconds(120),
                () -> figuresOutbox("delivered_at is not null") >= 1 && figuresOutbox("delivered_at is null") == 0);
        String run = post(indicator.url() + "/api/v1/runs", "{\"period\":\"" + PERIOD + "\"}");
        Matcher runId = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(run);
        assertTrue(runId.find(), head(run));
        // I1 of the CBRC node: NPL over total loans of the summed figures, as the rollup has them (restated basis)
        String cbrc = get(indicator.url() + "/api/v1/assessments/" + PERIOD + "/nodes/CBRC?basis=RESTATED&runId=" + runId.group(1));
        Matcher i1 = Pattern.compile("\\{\"formula\":\"I1\"[^}]*\"assetClass\":\"LOAN\"[^}]*\"value\":([-0-9.Ee+]+)").matcher(cbrc);
        assertTrue(i1.find(), head(cbrc));
        java.math.BigDecimal ratio = new java.math.BigDecimal(npl.group(1)).multiply(java.math.BigDecimal.valueOf(100))
                .divide(expected, java.math.MathContext.DECIMAL64);
        assertEquals(0, ratio.compareTo(new java.math.BigDecimal(i1.group(1)).round(java.math.MathContext.DECIMAL64)), head(cbrc));
    }

    @Test
    void theCbrcsQuarterlyAssessmentReportReadsTheIndicatorServicesRunOverHttp() throws Exception {
        String quarter = "2026-Q3";
        List<InstitutionRow> banks = register.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).skip(2).limit(2).toList();
        for (InstitutionRow bank : banks) {
            file(bank, FilingGenerator.quarterly(bank, quarter, EmbeddedRun.SEED));
        }
        await("the quarter's figures are delivered to the indicator service", Duration.ofSeconds(120),
                () -> figuresOutbox(quarter, "delivered_at is not null") >= 1 && figuresOutbox(quarter, "delivered_at is null") == 0);
        String run = post(indicator.url() + "/api/v1/runs", "{\"period\":\"" + quarter + "\"}");
        Matcher runId = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(run);
        assertTrue(runId.find(), head(run));
        // the report service reads the run from the real indicator service with its own service token (Art. 12-14)
        String doc = get(report.url() + "/api/v1/reports/CBRC?period=" + quarter + "&kind=quarterly-assessment");
        assertTrue(doc.contains("\"run\":{\"id\":" + runId.group(1) + ","), head(doc));
        assertTrue(doc.contains("\"choice\":\"the latest run (none published) of CBRC for " + quarter + "\""), head(doc));
        for (InstitutionRow bank : banks) {
            assertTrue(doc.contains("{\"code\":\"" + bank.code() + "\",\"name\":"), bank.code() + " among the banks: " + head(doc));
        }
        // the I1 the report shows for a bank is the one the indicator service answers for that node in that run
        String node = get(indicator.url() + "/api/v1/assessments/" + quarter + "/nodes/" + banks.get(0).code() + "?basis=RESTATED&runId="
                + runId.group(1));
        Matcher i1 = Pattern.compile("\\{\"formula\":\"I1\"[^}]*\"assetClass\":\"LOAN\"[^}]*\"value\":([-0-9.Ee+]+)").matcher(node);
        assertTrue(i1.find(), head(node));
        int bank = doc.indexOf("{\"code\":\"" + banks.get(0).code() + "\",\"name\":");
        int restated = doc.indexOf("\"basis\":\"RESTATED\"", bank);
        Matcher shown = Pattern.compile("\\{\"formula\":\"I1\"[^}]*\"assetClass\":\"LOAN\"[^}]*\"value\":([-0-9.Ee+]+)").matcher(doc);
        assertTrue(restated > 0 && shown.find(restated), head(doc));
        assertEquals(0, new java.math.BigDecimal(i1.group(1)).compareTo(new java.math.BigDecimal(shown.group(1))), head(doc));
    }

    private static String post(String url, String body) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + DevToken.mint(keys, "cbrc", "CBRC", 3600)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int figuresOutbox(String condition) {
        return figuresOutbox(PERIOD, condition);
    }

    private static int figuresOutbox(String period, String condition) {
        try (Connection c = pg.getDatabase("postgres", "npa_report").getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from figures_outbox where period = '" + period + "' and " + condition)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.math.BigDecimal totalLoans(InstitutionRow bank) {
        Matcher m = Pattern.compile("\"totalLoans\"\\s*:\\s*([0-9.]+)").matcher(FilingGenerator.monthly(bank, PERIOD, EmbeddedRun.SEED));
        assertTrue(m.find());
        return new java.math.BigDecimal(m.group(1));
    }

    private static String get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + DevToken.mint(keys, "cbrc", "CBRC", 3600)).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String file(InstitutionRow bank) throws Exception {
        return file(bank, FilingGenerator.monthly(bank, PERIOD, EmbeddedRun.SEED));
    }

    private static String file(InstitutionRow bank, String filing) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(submission.url() + "/api/v1/submissions"))
                .header("Authorization", "Bearer " + DevToken.mint(keys, "bank", bank.code(), 3600))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(filing)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = SUBMISSION.matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    private static String statements() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(report.url() + "/api/v1/accepted-statements?period=" + PERIOD))
                    .header("Authorization", "Bearer " + DevToken.mint(keys, "cbrc", "CBRC", 3600)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception down) {
            return "";
        }
    }

    private static boolean outbox(String submissionId, String condition) {
        try (Connection c = pg.getDatabase("postgres", "npa_submission").getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from outbox where submission_id = '" + submissionId + "' and " + condition)) {
            rs.next();
            return rs.getInt(1) == 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, Duration.ofSeconds(60), condition);
    }

    private static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static String head(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
