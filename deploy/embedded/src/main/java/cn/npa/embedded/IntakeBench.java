package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filing-wave benchmark of docs/benchmarks.md: one monthly report for each unit of the national register,
 * POSTed by {@code wrk} over loopback with each head office's token, then PostgreSQL's own insert rate for the same
 * rows (copying what the wave stored into empty tables with the same indexes) as the reference.
 */
public final class IntakeBench {

    private static final List<String> TABLES = List.of("submission", "submission_version", "quality_finding", "audit_event", "outbox");

    private IntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int expectedRate = args.length > 2 ? Integer.parseInt(args[2]) : 900;
        boolean withPrevious = args.length <= 3 || !args[3].equals("no-previous");
        Map<String, String> env = new java.util.HashMap<>(Map.of("NPA_OUTBOX_CRON", "off"));
        String jfr = System.getProperty("npa.bench.jfr");
        if (jfr != null) {
            // -Dnpa.bench.jfr=/tmp/intake.jfr records a CPU profile of the service (not of this JVM) for "where the time goes"
            env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
        }
        try (BenchPlatform platform = BenchPlatform.start(env)) {
            List<InstitutionRow> register = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
            RollupBench.importRegister(platform, register);
            Path dir = platform.run;
            int filers = writeFilers(platform, register, dir, limit);
            // wrk runs for its whole duration even after the script stops its threads: size it to the wave, time it in the script
            long seconds = Math.min(1800, filers / expectedRate + 30);
            if (withPrevious) {
                // the previous month as filed through the same door, so Q1-Q3 and Q5 have something to compare with
                Console.line(String.format("previous month %s: %,d filers, not measured", WaveTemplates.PREVIOUS, filers));
                wave(register, dir, WaveTemplates.PREVIOUS, connections, seconds).forEach(l -> Console.line("previous month: " + l));
            }
            generateObligations(platform, WaveTemplates.PERIOD);
            Console.line(String.format("wave %s: %,d filers (head offices: %s; branches: %s)", WaveTemplates.PERIOD, filers,
                    WaveTemplates.HEAD_SHAPE, WaveTemplates.BRANCH_SHAPE));
            wave(register, dir, WaveTemplates.PERIOD, connections, seconds).forEach(Console::line);
            reference(platform);
        }
    }

    /** Runs one wave with wrk and returns its summary lines. */
    static List<String> wave(List<InstitutionRow> register, Path dir, String period, int connections, long seconds) throws Exception {
        Files.writeString(dir.resolve("template-head.json"), WaveTemplates.head(register, period));
        Files.writeString(dir.resolve("template-branch.json"), WaveTemplates.branch(register, period));
        String out = run(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "-s",
                "deploy/bench/intake-wave.lua", "http://127.0.0.1:" + BenchPlatform.PORT, "--", dir.toString(), "2"));
        return out.lines().filter(l -> l.startsWith("WAVE") || l.startsWith("refused") || l.contains("Socket errors")).toList();
    }

    /** What the daily job does after a month ends: every filer's obligation for the period exists before the wave. */
    static void generateObligations(BenchPlatform platform, String period) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.service.url() + "/api/v1/obligations/generate?period=" + period))
                .header("Authorization", "Bearer " + platform.token("admin", "CBRC")).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Console.line("obligations " + period + ": " + r.statusCode() + " " + r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the obligations of " + period + " were not generated");
        }
    }

    /** Writes one token per head office and the filers (all bank units, kinds interleaved). */
    static int writeFilers(BenchPlatform platform, List<InstitutionRow> register, Path dir, int limit) throws Exception {
        Map<String, String> parent = new HashMap<>();
        register.forEach(r -> parent.put(r.code(), r.parentCode()));
        Map<String, Integer> tokenIndex = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (InstitutionRow r : register) {
            if (r.kind().startsWith("REGULATOR") || lines.size() >= limit) {
                continue;
            }
            String root = r.code();
            while (parent.get(root) != null) {
                root = parent.get(root);
            }
            Integer t = tokenIndex.get(root);
            if (t == null) {
                tokens.add(platform.token("bank", root));
                t = tokens.size();
                tokenIndex.put(root, t);
            }
            lines.add(r.code() + "|" + t + "|" + (r.kind().equals("BANK_HEAD_OFFICE") ? "H" : "B"));
        }
        // Spread head offices and branches evenly over the run instead of all head offices first.
        java.util.Collections.shuffle(lines, new java.util.Random(2004));
        Files.write(dir.resolve("tokens.txt"), tokens);
        Files.write(dir.resolve("filers.txt"), lines);
        return lines.size();
    }

    /**
     * PostgreSQL's own rate for the rows the measured wave stored: set aside (untimed; bodies as text), then inserted,
     * table by table, into empty look-alike tables with the same indexes and foreign keys (timed), parsing each body into
     * jsonb as the service's insert does. Set-based with one commit, and without the obligation updates: an upper bound.
     */
    private static void reference(BenchPlatform platform) throws Exception {
        try (Connection c = platform.database(); Statement st = c.createStatement()) {
            st.execute("create temp table wave_ids as select id from submission where period = '" + WaveTemplates.PERIOD + "'");
            for (String t : TABLES) {
                st.execute("create temp table src_" + t + " as select * from " + t + " where "
                        + (t.equals("submission") ? "id" : "submission_id") + " in (select id from wave_ids)");
                st.execute("create table ref_" + t + " (like " + t + " including all)");
            }
            st.execute("alter table src_submission_version alter column body type text");
            st.execute("alter table ref_submission_version add foreign key (submission_id) references ref_submission (id)");
            st.execute("alter table ref_quality_finding add foreign key (submission_id, version) references ref_submission_version");
            st.execute("alter table ref_audit_event add foreign key (submission_id) references ref_submission (id)");
            st.execute("alter table ref_outbox add foreign key (submission_id, version) references ref_submission_version");
            String versionColumns;
            try (ResultSet rs = st.executeQuery("select string_agg(case when column_name = 'body' then 'body::jsonb' else column_name end,"
                    + " ', ' order by ordinal_position) from information_schema.columns where table_name = 'submission_version'")) {
                rs.next();
                versionColumns = rs.getString(1);
            }
            long filings;
            try (ResultSet rs = st.executeQuery("select count(*) from src_submission_version")) {
                rs.next();
                filings = rs.getLong(1);
            }
            long rows = 0;
            long start = System.nanoTime();
            for (String t : TABLES) {
                String select = t.equals("submission_version") ? "select " + versionColumns : "select *";
                rows += st.executeUpdate("insert into ref_" + t + " " + select + " from src_" + t);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Console.line(String.format("stored by the measured wave: %,d filing versions, %,d rows in %s", filings, rows, TABLES));
            Console.line(String.format("reference: PostgreSQL inserts the same %,d rows (insert ... select, bodies parsed, same indexes and"
                    + " foreign keys) in %.1f s = %,.0f filings/s", rows, seconds, filings / seconds));
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
