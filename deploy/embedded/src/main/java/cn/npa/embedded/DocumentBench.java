package cn.npa.embedded;

import cn.npa.datagen.FigureGenerator;
import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import cn.npa.datagen.Shape;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The analysis document benchmark (issue 13, "Speed"): at national scale, a bureau's quarterly assessment document. It
 * starts PostgreSQL and the three services on loopback (ports of their own, given by document-bench.sh), imports the
 * national register, sends the indicator service eight quarters of national figures and runs the CBRC's assessment of
 * the quarter, feeds the report service one quarterly NPA filing per bank unit and every bureau's own assessment filing,
 * then measures builds and reads ({@link DocumentReads}).
 *
 * <p>Arguments: [quarter, default 2026-Q3] [filers, default all].
 */
public final class DocumentBench {

    static final int REPORT_PORT = Integer.getInteger("npa.bench.report-port", 18292);
    static final int INDICATOR_PORT = Integer.getInteger("npa.bench.indicator-port", 18293);
    private static final int BATCH = 500;

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        String quarter = args.length > 0 ? args[0] : "2026-Q3";
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Console.line(String.format("machine: %d cores (other sessions' builds share it), %d GiB; load average before: %.2f",
                Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 30,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        try (BenchPlatform platform = BenchPlatform.start(Map.of("NPA_OUTBOX_CRON", "off"))) {
            List<InstitutionRow> register = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
            RollupBench.importRegister(platform, register);
            try (Connection c = platform.pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database npa_report");
                st.execute("create database npa_indicator");
            }
            Path root = EmbeddedRun.projectRoot();
            Path keys = platform.run.resolve("keys");
            ServiceProcess indicator = new ServiceProcess("indicator-service", INDICATOR_PORT, root, platform.run.resolve("indicator-service.log"));
            ServiceProcess report = new ServiceProcess("report-service", REPORT_PORT, root, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // a run cut short (timeout, Ctrl-C) still stops what it started
                report.stop();
                indicator.stop();
                platform.service.stop();
            }));
            indicator.start(env(platform, "npa_indicator", Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC")));
            Map<String, String> reportEnv = env(platform, "npa_report", Map.of("NPA_SUBMISSION_URL", platform.service.url(),
                    "NPA_INDICATOR_URL", indicator.url(), "NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString(),
                    // this benchmark feeds the indicator service itself, and builds on demand only what it measures
                    "NPA_FIGURES_FEED_EVERY", "off", "NPA_REPORTS_PREBUILD", "false",
                    "QUARKUS_LOG_FILE_ENABLE", "true", "QUARKUS_LOG_FILE_PATH", platform.run.resolve("report-service.log").toString()));
            String jfr = System.getProperty("npa.bench.jfr");
            if (jfr != null) {
                // -Dnpa.bench.jfr=/tmp/documents.jfr records a CPU profile of the report service
                reportEnv.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
            }
            report.keep("QUARTERLY_ASSESSMENT of");
            report.start(reportEnv);
            try {
                indicator.awaitReady(Duration.ofSeconds(180));
                report.awaitReady(Duration.ofSeconds(180));
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                indicators(platform, http, indicator, register, quarter);
                filings(platform, http, report, register, quarter, limit);
                new DocumentReads(platform, http, report, quarter, indicator.url(), () -> {
                    report.stop();
                    reportEnv.remove("JAVA_TOOL_OPTIONS");
                    reportEnv.put("NPA_REPORTS_CACHED_DOCUMENTS", "0");
                    report.start(reportEnv);
                    report.awaitReady(Duration.ofSeconds(180));
                }).measure(bureaus(register));
            } finally {
                report.stop();
                indicator.stop();
            }
        }
    }

    private static Map<String, String> env(BenchPlatform platform, String database, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("NPA_DB_URL", "jdbc:postgresql://localhost:" + BenchPlatform.PG_PORT + "/" + database,
                "NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres", "QUARKUS_LOG_LEVEL", "INFO",
                "NPA_JWT_PUBLIC_KEY", platform.run.resolve("keys").resolve(DevKeys.PUBLIC).toUri().toString()));
        env.putAll(extra);
        return env;
    }

    /** Six bureaus, the largest jurisdiction first (Guangdong), as the measured readers. */
    static List<String> bureaus(List<InstitutionRow> register) {
        List<String> wanted = List.of("BUR-440000", "BUR-310000", "BUR-110000", "BUR-320000", "BUR-330000", "BUR-510000");
        return wanted.stream().filter(c -> register.stream().anyMatch(r -> r.code().equals(c))).toList();
    }

    /**
     * Eight quarters of national figures (the quarter and the seven before: its previous quarter, the beginning of this
     * year and of last year) through the indicator service's intake, then the CBRC's assessment run of the quarter.
     */
    private static void indicators(BenchPlatform platform, HttpClient http, ServiceProcess indicator, List<InstitutionRow> register,
                                   String quarter) throws Exception {
        FigureGenerator figures = new FigureGenerator(register, 7L);
        YearMonth end = YearMonth.of(Integer.parseInt(quarter.substring(0, 4)), 3 * Integer.parseInt(quarter.substring(6)));
        String service = platform.token("service", null);
        long started = System.nanoTime();
        for (int back = 7; back >= 0; back--) {
            YearMonth m = end.minusMonths(3L * back);
            String q = m.getYear() + "-Q" + ((m.getMonthValue() + 2) / 3);
            byte[] body = intake(figures, m, q);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(indicator.url() + "/api/v1/figures"))
                    .header("Authorization", "Bearer " + service).header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("figure intake of " + q + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        Console.line(String.format("indicator service: eight quarters of national figures taken in %.0f s", (System.nanoTime() - started) / 1e9));
        long s = System.nanoTime();
        HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(indicator.url() + "/api/v1/runs"))
                .header("Authorization", "Bearer " + platform.token("cbrc", "CBRC")).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + quarter + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (run.statusCode() != 201) {
            throw new IllegalStateException("the assessment run answered " + run.statusCode() + ": " + run.body());
        }
        Console.line(String.format("indicator service: the CBRC's assessment run of %s (every node) done in %.1f s: %s", quarter,
                (System.nanoTime() - s) / 1e9, run.body().substring(0, Math.min(300, run.body().length()))));
    }

    /** A quarter's intake body: the figures of its last month, named as the quarter (both names are seven characters). */
    private static byte[] intake(FigureGenerator figures, YearMonth m, String quarter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 << 20);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            figures.writeIntake(figures.month(m), 1, w);
        }
        byte[] body = out.toByteArray();
        byte[] month = ("\"period\":\"" + m + "\"").getBytes(StandardCharsets.US_ASCII);
        byte[] named = ("\"period\":\"" + quarter + "\"").getBytes(StandardCharsets.US_ASCII);
        if (!java.util.Arrays.equals(body, 1, 1 + month.length, month, 0, month.length) || month.length != named.length) {
            throw new IllegalStateException("the intake body does not start with its period");
        }
        System.arraycopy(named, 0, body, 1, named.length);
        return body;
    }

    /** One quarterly NPA filing per bank unit and each bureau's own assessment filing, through the bulk feed; then a current national rollup. */
    private static void filings(BenchPlatform platform, HttpClient http, ServiceProcess report, List<InstitutionRow> register,
                                String quarter, int limit) throws Exception {
        String cbrc = platform.token("cbrc", "CBRC");
        // the register copy of the quarter's end is taken before the wave, as the first read of a period does
        get(http, report.url() + "/api/v1/rollups/CBRC?period=" + quarter + "&breakdown=none", cbrc);
        InstitutionRow ho = register.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).findFirst().orElseThrow();
        InstitutionRow leaf = register.stream().filter(r -> r.kind().equals("SUB_BRANCH")).findFirst().orElseThrow();
        String head = FilingGenerator.quarterly(ho, quarter, 2004L, Shape.FULL).replace("\"" + ho.code() + "\"", "\"{{CODE}}\"");
        String branch = FilingGenerator.quarterly(leaf, quarter, 2004L, Shape.forFiler(leaf)).replace("\"" + leaf.code() + "\"", "\"{{CODE}}\"");
        List<InstitutionRow> filers = register.stream().filter(r -> !r.kind().startsWith("REGULATOR")).limit(limit).toList();
        List<String> events = new java.util.ArrayList<>();
        for (InstitutionRow r : filers) {
            boolean bank = r.kind().equals("BANK_HEAD_OFFICE");
            String type = bank ? "BANK_QUARTERLY_NPA" : "BRANCH_QUARTERLY_NPA";
            String filing = (bank ? head : branch).replace("{{CODE}}", r.code())
                    .replace("\"BANK_QUARTERLY_NPA\"", "\"" + type + "\"").replace("\"BRANCH_QUARTERLY_NPA\"", "\"" + type + "\"");
            events.add(event(r.code(), type, quarter, filing));
        }
        register.stream().filter(r -> r.kind().equals("REGULATOR_BUREAU")).forEach(b -> events.add(event(b.code(),
                "BUREAU_QUARTERLY_ASSESSMENT", quarter, "{\"header\":{\"institutionCode\":\"" + b.code()
                        + "\",\"reportType\":\"BUREAU_QUARTERLY_ASSESSMENT\",\"period\":\"" + quarter + "\"},\"narrative\":{\"causeAnalysis\":"
                        + "\"New NPL of the quarter came mostly from manufacturing exporters.\",\"typicalCases\":[],\"trendProjection\":"
                        + "{\"text\":\"stable\"},\"measures\":\"On-site checks of the three banks with the fastest rise.\",\"evaluation\":"
                        + "\"Asset quality held; watch acceptances.\"}}")));
        long started = System.nanoTime();
        for (int from = 0; from < events.size(); from += BATCH) {
            String body = events.subList(from, Math.min(events.size(), from + BATCH)).stream().collect(Collectors.joining(",", "[", "]"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(report.url() + "/api/v1/feed"))
                    .header("Authorization", "Bearer " + platform.token("service", "CBRC")).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().contains("REJECTED")) {
                throw new IllegalStateException("feed call answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(400, r.body().length())));
            }
        }
        Console.line(String.format("report service: %,d quarterly filings fed in %.0f s", events.size(), (System.nanoTime() - started) / 1e9));
        long heads = filers.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).count();
        long fed = System.nanoTime();
        String national;
        do {
            national = get(http, report.url() + "/api/v1/rollups/CBRC?period=" + quarter + "&breakdown=none", cbrc);
        } while (!national.contains("\"filingUnits\":" + heads));
        Console.line(String.format("report service: national rollup of %s current %.1f s after the last feed call", quarter,
                (System.nanoTime() - fed) / 1e9));
    }

    private static String event(String code, String type, String period, String filing) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"STATEMENT_ACCEPTED\",\"submissionId\":\"" + UUID.randomUUID()
                + "\",\"version\":1,\"institutionCode\":\"" + code + "\",\"reportType\":\"" + type + "\",\"period\":\"" + period
                + "\",\"acceptedAt\":\"2026-10-12T09:30:00+08:00\",\"figures\":{\"filing\":" + filing + "}}";
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
