package cn.npa.embedded;

import cn.npa.datagen.FigureGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessment benchmark of docs/benchmarks.md: national figures (the 234,406 institutions of the national register
 * plus six peer-group nodes, every month from t − 13 to t, 14 months) sent to the indicator service through its intake,
 * the intake of month t timed on its own; then assessment runs of every node of t (indicators on both bases, peer
 * statistics of every peer group and level, ranks, K1–K7 for the CBRC and every bureau and sub-bureau) timed over HTTP;
 * and, as the reference, a plain SQL aggregate over the same rows (t and its previous month: per peer group and level,
 * the NPL ratio from summed amounts, the median of the units' ratios and the NPL change) measured in the same run.
 * Starts and stops its own PostgreSQL and indicator service.
 *
 * <p>Arguments: [month t, default 2026-01] [runs, default 3].
 */
public final class AssessmentBench {

    private AssessmentBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        YearMonth t = args.length > 0 ? YearMonth.parse(args[0]) : YearMonth.of(2026, 1);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, String> env = new java.util.HashMap<>(Map.of("QUARKUS_LOG_LEVEL", "INFO"));
        // The service's JVM options (docs/benchmarks.md): the throughput collector by default, -Dnpa.bench.gc= to try another.
        String options = "-XX:+Use" + System.getProperty("npa.bench.gc", "ParallelGC");
        // -Dnpa.bench.service-opts=-Xmn2g,-XX:+AlwaysPreTouch: more options for the service's JVM, comma-separated
        options += " " + System.getProperty("npa.bench.service-opts", "").replace(',', ' ');
        String jfr = System.getProperty("npa.bench.jfr");
        if (jfr != null) {
            // -Dnpa.bench.jfr=/tmp/assessment.jfr records a CPU profile of the service for "where the time goes"
            options += " -XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true";
        }
        env.put("JAVA_TOOL_OPTIONS", options);
        Console.line("service JVM: -Xmx" + System.getProperty("npa.service.heap", "1g") + " " + options);
        try (BenchPlatform platform = BenchPlatform.start("indicator-service", BenchPlatform.INDICATOR_PORT, "npa_indicator", env)) {
            bench(platform, t, runs);
        }
    }

    private static void bench(BenchPlatform platform, YearMonth t, int runs) throws Exception {
        Console.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1 << 30)
                + " GiB, Java " + System.getProperty("java.version") + "; load average before: "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        List<InstitutionRow> register = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
        FigureGenerator figures = new FigureGenerator(register, 7L);
        String service = platform.token("service", null);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Long> loads = new ArrayList<>();
        for (int back = 13; back >= 0; back--) {
            YearMonth m = t.minusMonths(back);
            byte[] body = intake(figures, m);
            long[] cpu = cpu(platform);
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(platform.service.url() + "/api/v1/figures"))
                    .header("Authorization", "Bearer " + service).header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("intake of " + m + " answered " + r.statusCode() + ": " + r.body());
            }
            loads.add(Long.parseLong(field(r.body(), "loadId")));
            long[] used = cpu(platform);
            String what = back == 0 ? "MEASURED intake of t = " + m : "history " + m + " (not measured)";
            Console.line(String.format("%s: %,d bytes, %s nodes (%s restated), %s client exposures: %,d ms over HTTP (service: %s ms); "
                    + "CPU used: service %.1f s, PostgreSQL %.1f s", what, body.length, field(r.body(), "nodes"), field(r.body(), "restatedNodes"),
                    field(r.body(), "clientExposures"), millis, field(r.body(), "millis"), (used[0] - cpu[0]) / 100.0, (used[1] - cpu[1]) / 100.0));
        }
        long tLoad = loads.get(loads.size() - 1);
        long previousLoad = loads.get(loads.size() - 2);
        reference(platform, tLoad, previousLoad);
        String cbrc = platform.token("cbrc", "CBRC");
        long firstRun = 0;
        for (int i = 1; i <= runs; i++) {
            long[] cpu = cpu(platform);
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(platform.service.url() + "/api/v1/runs"))
                    .header("Authorization", "Bearer " + cbrc).header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + t + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("run answered " + r.statusCode() + ": " + r.body());
            }
            if (firstRun == 0) {
                firstRun = Long.parseLong(field(r.body(), "id"));
            }
            long[] used = cpu(platform);
            Console.line(String.format("MEASURED assessment run %d of %s (CBRC, every node): %,d ms over HTTP; service: read + compute %s ms; "
                    + "%s nodes, %s values; fingerprint %s, results SHA-256 %s; CPU used: service %.1f s, PostgreSQL %.1f s; load average %.2f",
                    i, t, millis, field(r.body(), "computeMillis"), field(r.body(), "nodeCount"), field(r.body(), "valueCount"),
                    field(r.body(), "fingerprint"), field(r.body(), "resultsSha256"),
                    (used[0] - cpu[0]) / 100.0, (used[1] - cpu[1]) / 100.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        reference(platform, tLoad, previousLoad);
        long start = System.nanoTime();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(platform.service.url() + "/api/v1/runs/" + firstRun + "/recompute"))
                .header("Authorization", "Bearer " + cbrc).timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        Console.line(String.format("recompute of run %d: %,d ms, same = %s", firstRun, (System.nanoTime() - start) / 1_000_000,
                field(again.body(), "same")));
        String bureau = platform.token("bureau", "BUR-440000");
        for (String path : List.of("/api/v1/key-lists/BUR-440000?period=" + t + "&size=5",
                "/api/v1/assessments/" + t + "/nodes/LC0001-440000", "/api/v1/assessments/" + t + "?kind=BRANCH_GRADE_ONE&size=100")) {
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(platform.service.url() + path))
                    .header("Authorization", "Bearer " + bureau).timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Console.line(String.format("read %s as BUR-440000: %d, %,d bytes, %,d ms", path, r.statusCode(), r.body().length(),
                    (System.nanoTime() - s) / 1_000_000));
        }
        Console.line("load average after: " + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long hold = Long.getLong("npa.bench.hold", 0);
        if (hold > 0) {
            // -Dnpa.bench.hold=<seconds> keeps PostgreSQL and the service up for profiling by hand
            Console.line("holding for " + hold + " s: " + platform.service.url() + ", PostgreSQL on port " + BenchPlatform.PG_PORT
                    + ", CBRC token: " + cbrc);
            Thread.sleep(hold * 1000);
        }
    }

    /**
     * CPU time (in clock ticks of 10 ms) used so far by the service's JVM and by PostgreSQL's processes, from /proc: on a
     * machine shared with other work, the CPU a run uses says more about its cost than the wall-clock time it took.
     */
    private static long[] cpu(BenchPlatform platform) throws Exception {
        long service = ticks(platform.service.pid());
        long postgres = 0;
        java.nio.file.Path pidFile = platform.run.resolve("pgdata/postmaster.pid");
        if (java.nio.file.Files.exists(pidFile)) {
            long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).strip());
            postgres = ticks(postmaster);
            try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (java.nio.file.Path p : procs.toList()) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && parent(Long.parseLong(name)) == postmaster) {
                        postgres += ticks(Long.parseLong(name));
                    }
                }
            }
        }
        return new long[] {service, postgres};
    }

    /** utime + stime of a process (its own threads) from /proc/<pid>/stat, 0 when it is gone. */
    private static long ticks(long pid) {
        String[] f = stat(pid);
        return f == null ? 0 : Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static long parent(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[3]);
    }

    private static String[] stat(long pid) {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (2nd field) is in parentheses and may hold spaces: split after its closing one
            String rest = s.substring(s.lastIndexOf(')') + 2);
            String[] tail = rest.split(" ");
            String[] f = new String[tail.length + 2];
            System.arraycopy(tail, 0, f, 2, tail.length);
            return f;
        } catch (Exception e) {
            return null;
        }
    }

    /** The intake body of one month, made in memory. */
    private static byte[] intake(FigureGenerator figures, YearMonth m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 << 20);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            figures.writeIntake(figures.month(m), 1, w);
        }
        return out.toByteArray();
    }

    /**
     * The reference: one SQL statement over the same rows a run reads first (t and its previous month), per peer group and
     * level: count, NPL ratio from summed amounts, the median of the units' ratios, the NPL change. Run twice, the second
     * timed (warm caches, as the runs are).
     */
    private static void reference(BenchPlatform platform, long tLoad, long previousLoad) throws Exception {
        String sql = "select t.peer_group, t.kind, count(*), sum(t.f_npl) * 100 / nullif(sum(t.f_total_loans), 0),"
                + " percentile_cont(0.5) within group (order by t.f_npl * 100 / nullif(t.f_total_loans, 0)),"
                + " sum(t.f_npl - p.f_npl) from figure_node t left join figure_node p on p.load_id = " + previousLoad + " and p.code = t.code"
                + " where t.load_id = " + tLoad + " group by t.peer_group, t.kind";
        try (Connection c = platform.database(); Statement st = c.createStatement()) {
            long millis = 0;
            int groups = 0;
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                groups = 0;
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        groups++;
                    }
                }
                millis = (System.nanoTime() - start) / 1_000_000;
            }
            Console.line(String.format("REFERENCE plain SQL aggregate over the same rows (t joined with t-1, ratio, median and change per "
                    + "peer group and level, %d groups): %,d ms", groups, millis));
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
