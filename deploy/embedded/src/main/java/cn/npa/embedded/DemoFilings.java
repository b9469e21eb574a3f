package cn.npa.embedded;

import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files the demo history through {@code POST /api/v1/submissions}, each head office with its own bank token: the
 * monthly NPL reports of the last {@link #MONTHS} ended months and the quarterly NPA reports of the quarters that lie
 * wholly inside them. Banks file in parallel, each bank's reports in period order (so quality rules see the previous).
 */
final class DemoFilings {

    static final int MONTHS = 14;
    private static final int THREADS = 4;
    private static final Pattern VERDICT = Pattern.compile("\"verdictAtReceipt\"\\s*:\\s*\"([A-Z_]+)\"");

    /** What the services answered. */
    record Summary(YearMonth from, YearMonth to, int accepted, int warnings, int rejected, List<String> problems) {
        int filed() {
            return accepted + warnings + rejected;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String submissionUrl;
    private final Path keyDir;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();

    DemoFilings(String submissionUrl, Path keyDir) {
        this.submissionUrl = submissionUrl;
        this.keyDir = keyDir;
    }

    /** The last month that has ended in Beijing, and the month {@code MONTHS - 1} before it. */
    static YearMonth lastEndedMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    }

    Summary fileAll(List<InstitutionRow> register, long seed) throws Exception {
        YearMonth to = lastEndedMonth();
        YearMonth from = to.minusMonths(MONTHS - 1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (InstitutionRow bank : register) {
                if (bank.kind().equals("BANK_HEAD_OFFICE")) {
                    done.add(pool.submit(() -> {
                        fileBank(bank, seed, from, to);
                        return null;
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Summary(from, to, accepted.get(), warnings.get(), rejected.get(), List.copyOf(problems));
    }

    private void fileBank(InstitutionRow bank, long seed, YearMonth from, YearMonth to) throws Exception {
        String token = DevToken.mint(keyDir, "bank", bank.code(), 3600);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            file(token, bank.code() + "-M-" + m, FilingGenerator.monthly(bank, m.toString(), seed));
            if (m.getMonthValue() % 3 == 0 && !m.minusMonths(2).isBefore(from)) {
                String quarter = m.getYear() + "-Q" + m.getMonthValue() / 3;
                file(token, bank.code() + "-Q-" + quarter, FilingGenerator.quarterly(bank, quarter, seed));
            }
        }
    }

    private void file(String token, String key, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(submissionUrl + "/api/v1/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "demo-" + key)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher verdict = VERDICT.matcher(r.body());
        String v = r.statusCode() / 100 == 2 && verdict.find() ? verdict.group(1) : "REJECTED";
        switch (v) {
            case "ACCEPTED" -> accepted.incrementAndGet();
            case "ACCEPTED_WITH_WARNINGS" -> warnings.incrementAndGet();
            default -> {
                rejected.incrementAndGet();
                synchronized (problems) {
                    problems.add(key + ": HTTP " + r.statusCode() + " " + r.body());
                }
            }
        }
    }
}
