package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rollup benchmark (issue 11): the national register in the submission service (the report service copies it from
 * the export), one monthly filing per bank unit of it pushed through the report service's bulk feed, then: the feed's
 * intake rate, the time from the last event to a current national rollup, the rollup's own computation (from the
 * service log), PostgreSQL's own GROUP BY over the same rows as the reference, and GET latency with hey.
 */
public final class RollupBench {

    private static final int REPORT_PORT = 18083;
    private static final String PERIOD = WaveTemplates.PERIOD;
    private static final int BATCH = 500;

    private RollupBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        try (BenchPlatform platform = BenchPlatform.start(Map.of("NPA_OUTBOX_CRON", "off"))) {
            List<InstitutionRow> register = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
            importRegister(platform, register);
            try (Connection c = platform.pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database npa_report");
            }
            ServiceProcess report = new ServiceProcess("report-service", REPORT_PORT, EmbeddedRun.projectRoot(), false);
            Path keys = platform.run.resolve("keys");
            Map<String, String> env = new HashMap<>(Map.of("NPA_DB_URL", "jdbc:postgresql://localhost:" + BenchPlatform.PG_PORT + "/npa_report",
                    "NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres",
                    "NPA_JWT_PUBLIC_KEY", keys.resolve(DevKeys.PUBLIC).toUri().toString(),
                    "NPA_SUBMISSION_URL", platform.service.url(), "NPA_SERVICE_TOKEN_KEY", keys.resolve(DevKeys.PRIVATE).toString(),
                    "QUARKUS_LOG_LEVEL", "INFO"));
            // the service's whole log, to look into whatever the benchmark's own lines do not show
            env.put("QUARKUS_LOG_FILE_ENABLE", "true");
            env.put("QUARKUS_LOG_FILE_PATH", platform.run.resolve("report-service.log").toString());
            report.keep("rollup of " + PERIOD);
            report.start(env);
            try {
                report.awaitReady(Duration.ofSeconds(120));
                run(platform, report, register, limit);
            } finally {
                report.stop();
            }
        }
    }

    private static void run(BenchPlatform platform, ServiceProcess report, List<InstitutionRow> register, int limit) throws Exception {
        String head = WaveTemplates.head(register, PERIOD);
        String branch = WaveTemplates.branch(register, PERIOD);
        List<InstitutionRow> filers = register.stream().filter(r -> !r.kind().startsWith("REGULATOR")).limit(limit).toList();
        String service = platform.token("service", "CBRC");
        String cbrc = platform.token("cbrc", "CBRC");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // the register copy of the period end is taken before the wave, as the first read of a period does
        get(http, report.url() + "/api/v1/rollups/CBRC?period=" + PERIOD + "&breakdown=none", cbrc);

        long started = System.nanoTime();
        for (int from = 0; from < filers.size(); from += BATCH) {
            List<InstitutionRow> part = filers.subList(from, Math.min(filers.size(), from + BATCH));
            String body = part.stream().map(r -> event(r, (r.kind().equals("BANK_HEAD_OFFICE") ? head : branch)))
                    .collect(Collectors.joining(",", "[", "]"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(report.url() + "/api/v1/feed"))
                    .header("Authorization", "Bearer " + service).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().contains("REJECTED")) {
                throw new IllegalStateException("feed call answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(400, r.body().length())));
            }
        }
        long fed = System.nanoTime();
        double feedSeconds = (fed - started) / 1e9;
        Console.line(String.format("feed: %,d filings in %,d calls of %d in %.1f s = %,.0f events/s", filers.size(),
                (filers.size() + BATCH - 1) / BATCH, BATCH, feedSeconds, filers.size() / feedSeconds));

        String national;
        do {
            national = get(http, report.url() + "/api/v1/rollups/CBRC?period=" + PERIOD + "&breakdown=none", cbrc);
        } while (!national.contains("\"provisional\"") || !national.contains("\"filingUnits\":" + headOffices(register, limit)));
        double current = (System.nanoTime() - fed) / 1e9;
        Console.line(String.format("last event to a current national rollup: %.2f s", current));
        report.keptLines().forEach(l -> Console.line("service log: " + l.strip()));
        reference(platform);
        latency(report, cbrc, platform.token("bureau", "BUR-440000"));
    }

    private static long headOffices(List<InstitutionRow> register, int limit) {
        return register.stream().filter(r -> !r.kind().startsWith("REGULATOR")).limit(limit)
                .filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).count();
    }

    private static String event(InstitutionRow r, String template) {
        String filing = template.replace("{{CODE}}", r.code());
        String type = r.kind().equals("BANK_HEAD_OFFICE") ? "BANK_MONTHLY_NPL" : "BRANCH_MONTHLY_NPL";
        filing = filing.replace("\"BANK_MONTHLY_NPL\"", "\"" + type + "\"").replace("\"BRANCH_MONTHLY_NPL\"", "\"" + type + "\"");
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"STATEMENT_ACCEPTED\",\"submissionId\":\"" + UUID.randomUUID()
                + "\",\"version\":1,\"institutionCode\":\"" + r.code() + "\",\"reportType\":\"" + type + "\",\"period\":\"" + PERIOD
                + "\",\"acceptedAt\":\"2026-11-08T09:30:00+08:00\",\"figures\":{\"filing\":" + filing + "}}";
    }

    /**
     * PostgreSQL's own GROUP BY over the same rows: every filing's five grades and six NPL movements, and its industry
     * and region lines, summed per parent in the bank tree (one level, as a plain aggregate can).
     */
    private static void reference(BenchPlatform platform) throws Exception {
        try (Connection c = platform.pg.getDatabase("postgres", "npa_report").getConnection(); Statement st = c.createStatement()) {
            long start = System.nanoTime();
            long groups = 0;
            try (ResultSet rs = st.executeQuery("with f as (select r.parent_code, a.figures -> 'filing' -> 'loans' as l"
                    + " from statement_slot s join accepted_statement a on a.event_id = s.latest_event_id"
                    + " join register_copy_row r on r.code = s.institution_code and r.as_of = '2026-10-31'"
                    + " where s.period = '" + PERIOD + "'),"
                    + " heads as (select parent_code, sum((l->'grades'->>'pass')::numeric) p, sum((l->'grades'->>'specialMention')::numeric) sm,"
                    + " sum((l->'grades'->>'substandard')::numeric) ss, sum((l->'grades'->>'doubtful')::numeric) d,"
                    + " sum((l->'grades'->>'loss')::numeric) lo, sum((l->'movements'->>'newNpl')::numeric) n,"
                    + " sum((l->'movements'->>'cashCollected')::numeric) cc, sum((l->'movements'->>'writtenOff')::numeric) wo,"
                    + " sum((l->'movements'->>'debtAssetSwap')::numeric) das, sum((l->'movements'->>'upgraded')::numeric) u,"
                    + " sum((l->'movements'->>'otherReduction')::numeric) o from f group by parent_code),"
                    + " industries as (select parent_code, i->>'industry' k, sum((i->>'total')::numeric), sum((i->>'npl')::numeric)"
                    + " from f, jsonb_array_elements(l->'byIndustry') i group by 1, 2),"
                    + " regions as (select parent_code, g->>'regionCode' k, sum((g->>'total')::numeric), sum((g->>'npl')::numeric)"
                    + " from f, jsonb_array_elements(l->'byRegion') g group by 1, 2)"
                    + " select (select count(*) from heads) + (select count(*) from industries) + (select count(*) from regions)")) {
                rs.next();
                groups = rs.getLong(1);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Console.line(String.format("reference: PostgreSQL GROUP BY of grades, movements, industries and regions per parent over the"
                    + " same rows: %,d groups in %.2f s", groups, seconds));
        }
    }

    private static void latency(ServiceProcess report, String cbrc, String bureau) throws Exception {
        String[][] reads = {
            {"bureau rollup with breakdowns", report.url() + "/api/v1/rollups/BUR-440000?period=" + PERIOD, bureau},
            {"bureau top-10", report.url() + "/api/v1/top10/BUR-440000?period=" + PERIOD, bureau},
            {"national rollup with breakdowns", report.url() + "/api/v1/rollups/CBRC?period=" + PERIOD, cbrc},
        };
        for (String[] r : reads) {
            List<String> cmd = new ArrayList<>(List.of("hey", "-n", "2000", "-c", "4", "-H", "Authorization: Bearer " + r[2], r[1]));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String lines = out.lines().filter(l -> l.contains("Requests/sec") || l.contains("95%") || l.contains("99%")
                    || l.contains("[200]") || l.contains("[4") || l.contains("[5")).map(String::strip).collect(Collectors.joining("; "));
            Console.line(r[0] + ": " + lines);
        }
    }

    static void importRegister(BenchPlatform platform, List<InstitutionRow> rows) throws Exception {
        byte[] json = rows.stream().map(InstitutionRow::toJson).collect(Collectors.joining(",", "[", "]")).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.service.url() + "/api/v1/institutions/import"))
                .header("Authorization", "Bearer " + platform.token("admin", "CBRC")).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString());
        Console.line("register import: " + r.statusCode() + " " + r.body());
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
