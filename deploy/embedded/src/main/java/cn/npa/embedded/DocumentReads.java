package cn.npa.embedded;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the document benchmark measures once the data is in: fresh builds of bureaus' quarterly assessment documents
 * (the stored builds of the node deleted first, so the read finds none and builds), then GET latency with hey on the
 * stored JSON, HTML and PDF; and, in the same run, the references: hey on the service's liveness check and the stored
 * row read straight from PostgreSQL.
 */
final class DocumentReads {

    private static final String KIND = "QUARTERLY_ASSESSMENT";

    private final BenchPlatform platform;
    private final HttpClient http;
    private final ServiceProcess report;
    private final String quarter;

    /** Restarts the report service without its in-memory copies of builds (npa.reports.cached-documents=0). */
    interface Restart {
        void withoutCache() throws Exception;
    }

    private final Restart restart;
    private final String indicatorUrl;

    DocumentReads(BenchPlatform platform, HttpClient http, ServiceProcess report, String quarter, String indicatorUrl, Restart restart) {
        this.restart = restart;
        this.indicatorUrl = indicatorUrl;
        this.platform = platform;
        this.http = http;
        this.report = report;
        this.quarter = quarter;
    }

    void measure(List<String> bureaus) throws Exception {
        Console.line(String.format("load average before the measurements: %.2f", load()));
        // the first build of a fresh JVM (class loading, JIT), shown apart
        long first = build(bureaus.get(0), null);
        Console.line(String.format("first build after start (%s, not counted): %,d ms", bureaus.get(0), first));
        for (int round = 1; round <= 2; round++) {
            List<Long> times = new ArrayList<>();
            for (String b : bureaus) {
                times.add(build(b, round));
            }
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            Console.line(String.format("MEASURED fresh builds, round %d, %d bureaus: median %,d ms, max %,d ms (%s)", round, sorted.length,
                    sorted[sorted.length / 2], sorted[sorted.length - 1], times));
        }
        report.keptLines().forEach(l -> Console.line("service log: " + l.strip()));

        String bureau = bureaus.get(0);
        String token = platform.token("bureau", bureau);
        String url = report.url() + "/api/v1/reports/" + bureau + "?period=" + quarter + "&kind=quarterly-assessment";
        for (String accept : List.of("application/json", "text/html", "application/pdf")) {
            long s = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", accept).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
            Console.line(String.format("first GET %s of %s (%s): %d, %,d bytes, %,d ms", accept, bureau,
                    accept.equals("application/json") ? "stored build" : "renders and stores the rendering", r.statusCode(),
                    r.body().length, (System.nanoTime() - s) / 1_000_000));
        }
        hey("REFERENCE /q/health/live", report.url() + "/q/health/live", null, null, 2000);
        gets("MEASURED", url, token);
        // every read asks the indicator service which run serves the quarter (the inputs key names the run)
        hey("REFERENCE the indicator service's GET /api/v1/runs?period= that every read makes", indicatorUrl + "/api/v1/runs?period="
                + quarter + "&page=0&size=1000", platform.token("service", null), null, 1000);
        database(bureau);
        Console.line("restarting the report service with npa.reports.cached-documents=0 (every read fetches the stored text)");
        restart.withoutCache();
        gets("WITHOUT the in-memory copies", url, token);
        hey("REFERENCE /q/health/live (again)", report.url() + "/q/health/live", null, null, 2000);
        Console.line(String.format("load average after: %.2f", load()));
    }

    /**
     * hey on the JSON, HTML and PDF of one stored build, each after 100 unmeasured reads: as hey reads by default (it takes
     * gzip, as browsers and HTTP client libraries do, and unpacks every answer on the same two cores), for JSON and HTML
     * uncompressed ({@code -disable-compression}), and gzip on the wire left packed ({@code Accept-Encoding: gzip} set
     * by hand, so hey does not unpack: the service's side of a read by a portal over a network, which unpacks it on
     * its own machine).
     */
    private void gets(String what, String url, String token) throws Exception {
        for (String[] f : new String[][] {{"JSON", "application/json", "1000"}, {"HTML", "text/html", "500"}, {"PDF", "application/pdf", "500"}}) {
            hey(null, url, token, f[1], 100);
            hey(what + " GET " + f[0] + " (gzip accepted)", url, token, f[1], Integer.parseInt(f[2]));
            if (!f[0].equals("PDF")) {
                hey(what + " GET " + f[0] + " (uncompressed, -disable-compression)", url, token, f[1], Integer.parseInt(f[2]), "-disable-compression");
                hey(what + " GET " + f[0] + " (gzip on the wire, not unpacked)", url, token, f[1], Integer.parseInt(f[2]), "-disable-compression",
                        "-H", "Accept-Encoding: gzip");
            }
        }
    }

    /** Deletes the stored builds of the bureau's document, then reads it (the read builds): the read's time in ms. */
    private long build(String bureau, Integer round) throws Exception {
        try (Connection c = platform.pg.getDatabase("postgres", "npa_report").getConnection();
             PreparedStatement st = c.prepareStatement("delete from analysis_document where node_code = ? and period = ? and kind = ?")) {
            st.setString(1, bureau);
            st.setString(2, quarter);
            st.setString(3, KIND);
            st.executeUpdate();
        }
        String url = report.url() + "/api/v1/reports/" + bureau + "?period=" + quarter + "&kind=quarterly-assessment";
        long s = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + platform.token("bureau", bureau))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - s) / 1_000_000;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        if (round != null && round == 1) {
            Console.line(String.format("  %s: %,d bytes of JSON, %s, %,d ms", bureau, r.body().length(), parts(r.body()), ms));
        }
        return ms;
    }

    /** How full the document is: its run, banks and key entries (a document without its indicator parts would be quick and wrong). */
    private static String parts(String json) {
        return "run " + (json.contains("\"run\":null") ? "none" : "present") + ", " + count(json, "\"peerGroup\"") + " peerGroup fields, "
                + count(json, "\"rules\"") + " key entries";
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int at = s.indexOf(needle); at >= 0; at = s.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    /** The stored row read straight from PostgreSQL, 200 times each: the floor under a GET of the stored document. */
    private void database(String bureau) throws Exception {
        try (Connection c = platform.pg.getDatabase("postgres", "npa_report").getConnection()) {
            for (String column : List.of("document", "pdf")) {
                long[] t = new long[200];
                int bytes = 0;
                try (PreparedStatement st = c.prepareStatement("select " + column + " from analysis_document where node_code = ? and period = ?"
                        + " and kind = ? order by id desc limit 1")) {
                    st.setString(1, bureau);
                    st.setString(2, quarter);
                    st.setString(3, KIND);
                    for (int i = 0; i < t.length; i++) {
                        long s = System.nanoTime();
                        try (ResultSet rs = st.executeQuery()) {
                            rs.next();
                            bytes = rs.getBytes(1).length;
                        }
                        t[i] = System.nanoTime() - s;
                    }
                }
                Arrays.sort(t);
                Console.line(String.format("REFERENCE the stored %s (%,d bytes) read by JDBC from PostgreSQL, 200 times: p50 %.2f ms, p95 %.2f ms",
                        column, bytes, t[100] / 1e6, t[190] / 1e6));
            }
        }
    }

    private void hey(String what, String url, String token, String accept, int n, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("hey", "-n", Integer.toString(n), "-c", "4"));
        cmd.addAll(List.of(options));
        if (token != null) {
            cmd.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (accept != null) {
            cmd.addAll(List.of("-H", "Accept: " + accept));
        }
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String lines = out.lines().filter(l -> l.contains("Requests/sec") || l.contains("50%") || l.contains("95%") || l.contains("99%")
                || l.contains("[200]") || l.contains("[4") || l.contains("[5")).map(String::strip).collect(Collectors.joining("; "));
        if (what != null) {
            Console.line(String.format("%s (hey -n %d -c 4): %s; load average %.2f", what, n, lines, load()));
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
