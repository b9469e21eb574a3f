package cn.npa.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** After a fault run's wave: waits for the feeds to settle, then counts what each service stored and reads the results. */
final class FaultChecks {

    /** Fields that say when, not what: left out of the rollups' digest. */
    private static final Pattern VOLATILE = Pattern.compile("\"(computedAt|fetchedAt|stamp|registerVersion)\":(\"[^\"]*\"|[0-9]+),?");

    private final ThreeServices s;
    private final HttpClient http;
    private final List<String> months;

    FaultChecks(ThreeServices s, HttpClient http, List<String> months) {
        this.s = s;
        this.http = http;
        this.months = months;
    }

    /** Until every event left the submission outbox, the report service holds every filing and every month's figures reached the indicator service. */
    void awaitConverged(int acknowledged, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (count("npa_submission", "select count(*) from outbox where delivered_at is null") == 0
                    && count("npa_report", "select count(distinct (submission_id, version)) from accepted_statement") >= acknowledged
                    && count("npa_report", "select count(*) from figures_outbox where delivered_at is null") == 0
                    && count("npa_report", "select count(distinct period) from figures_outbox where delivered_at is not null") >= months.size()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the services did not converge within " + within.toMinutes() + " minutes");
    }

    FaultOutcome outcome(FaultWave.Fault fault, int sent, Map<String, String> acknowledged, int rejected, double wave, double converge)
            throws Exception {
        String[] ids = acknowledged.values().toArray(String[]::new);
        long storedSubmission = count("npa_submission", "select count(*) from submission_version");
        long slots = count("npa_submission", "select count(*) from submission");
        long foundSubmission = count("npa_submission", "select count(*) from submission where id::text = any(?)", (Object) ids);
        long storedReport = count("npa_report", "select count(*) from accepted_statement");
        long distinctReport = count("npa_report", "select count(distinct (submission_id, version)) from accepted_statement");
        long foundReport = count("npa_report", "select count(distinct submission_id) from accepted_statement where submission_id = any(?)",
                (Object) ids);
        long lost = (ids.length - foundSubmission) + (ids.length - foundReport);
        long duplicated = (storedSubmission - slots) + (storedReport - distinctReport);
        return new FaultOutcome(fault, sent, ids.length, rejected, storedSubmission, storedReport, lost, duplicated, wave, converge,
                rollupDigest(fault), assessmentFingerprint());
    }

    /** SHA-256 of the national rollups of every month on both bases, with every breakdown; each also kept as a file to compare. */
    private String rollupDigest(FaultWave.Fault fault) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String cbrc = s.token("cbrc", "CBRC");
        for (String month : months) {
            for (String basis : List.of("RESTATED", "AS_FIRST_REPORTED")) {
                String body = VOLATILE.matcher(get(s.report.url() + "/api/v1/rollups/CBRC?period=" + month + "&basis=" + basis, cbrc))
                        .replaceAll("");
                Files.writeString(s.run.resolve("rollup-" + fault + "-" + month + "-" + basis + ".json"), body);
                sha.update(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The fingerprint of a national assessment run of the last month (all nodes, both bases). */
    private String assessmentFingerprint() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.indicator.url() + "/api/v1/runs"))
                .header("Authorization", "Bearer " + s.token("cbrc", "CBRC")).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + months.get(months.size() - 1) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"fingerprint\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("assessment run answered " + r.statusCode() + ": " + r.body());
        }
        return m.group(1);
    }

    private String get(String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private long count(String database, String sql, Object... args) throws Exception {
        try (Connection c = s.database(database); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof String[] a ? c.createArrayOf("text", a) : args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
