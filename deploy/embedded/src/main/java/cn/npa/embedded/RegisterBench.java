package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The register benchmark of docs/benchmarks.md: imports the national register (about 235,000 institutions) through
 * the API, measures PostgreSQL's own COPY of the same rows as the reference, then drives the jurisdiction and
 * subtree queries with {@code hey}. Starts and stops its own PostgreSQL and submission service.
 */
public final class RegisterBench {

    private RegisterBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (BenchPlatform platform = BenchPlatform.start(Map.of())) {
            bench(platform, requests, concurrency);
        }
    }

    private static void bench(BenchPlatform platform, int requests, int concurrency) throws Exception {
        ServiceProcess service = platform.service;
        List<InstitutionRow> rows = RegisterGenerator.generate(2004L, RegisterScale.NATIONAL);
        byte[] json = rows.stream().map(InstitutionRow::toJson).collect(Collectors.joining(",\n", "[", "]")).getBytes(StandardCharsets.UTF_8);
        String csv = rows.stream().map(InstitutionRow::toCsv).collect(Collectors.joining("\n", "", "\n"));
        Console.line(String.format("national register: %,d institutions, %,d bytes of JSON", rows.size(), json.length));

        long copyMillis = referenceCopy(platform, csv);
        Console.line(String.format("reference: PostgreSQL COPY of the same rows into a table with the same indexes: %,d ms", copyMillis));

        String admin = platform.token("admin", "CBRC");
        HttpClient http = HttpClient.newHttpClient();
        for (String label : List.of("import (new register)", "re-import (nothing changes)")) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/api/v1/institutions/import"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            Console.line(String.format("%s over HTTP: %,d ms -> %d %s", label, millis, r.statusCode(), r.body()));
        }
        String bureau = platform.token("bureau", "BUR-440000");
        String bank = platform.token("bank", "LC0001");
        hey("bureau BUR-440000 jurisdiction, page of 100", service.url() + "/api/v1/institutions/BUR-440000/jurisdiction?asOf=2026-10-31", bureau, requests, concurrency);
        hey("bureau BUR-440000 maximal nodes, page of 100", service.url() + "/api/v1/institutions/BUR-440000/jurisdiction/maximal?asOf=2026-10-31", bureau, requests, concurrency);
        hey("head office LC0001 subtree, page of 100", service.url() + "/api/v1/institutions/LC0001/subtree?asOf=2026-10-31", bank, requests, concurrency);
    }

    /** PostgreSQL's own rate for the same rows: COPY into a copy of the institution table, with its indexes. */
    private static long referenceCopy(BenchPlatform platform, String csv) throws Exception {
        try (Connection c = platform.database(); Statement st = c.createStatement()) {
            st.execute("create table copy_reference (like institution including all)");
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copy_reference (" + "code, name, kind, parent_code, supervisor_code,"
                    + " region_code, peer_group, valid_from, valid_to) from stdin with (format csv)",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            st.execute("drop table copy_reference");
            return millis;
        }
    }

    private static void hey(String label, String url, String token, int requests, int concurrency) throws Exception {
        // warm up the JIT and the database caches first, then measure
        run(List.of("hey", "-n", "200", "-c", Integer.toString(concurrency), "-H", "Authorization: Bearer " + token, url));
        String out = run(List.of("hey", "-n", Integer.toString(requests), "-c", Integer.toString(concurrency),
                "-H", "Authorization: Bearer " + token, url));
        String p95 = line(out, "95%"), p99 = line(out, "99%"), rps = line(out, "Requests/sec"), codes = line(out, "[200]");
        Console.line(String.format("%s: %s | %s | %s | %s (hey -n %d -c %d)", label, p95, p99, rps, codes, requests, concurrency));
    }

    private static String line(String out, String key) {
        return out.lines().map(String::trim).filter(l -> l.startsWith(key)).findFirst().orElse(key + " missing");
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
