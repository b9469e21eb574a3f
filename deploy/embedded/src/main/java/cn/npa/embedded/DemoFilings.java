package cn.npa.embedded;

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
 * Files the demo of {@link DemoPlan} through the public APIs, as a bureau, an operator and each filer would: the
 * Guangdong bureau sets its branch deadlines ({@code POST /api/v1/deadline-rules}), the last ended month's obligations
 * are generated ({@code POST /api/v1/obligations/generate}, what the daily job does on the first of a month), then
 * every filer files with its own bank token ({@code POST /api/v1/submissions}; filers in parallel, each filer's
 * reports in period order, so quality rules see the previous), and last the corrections are filed as version 2.
 */
final class DemoFilings {

    private static final int THREADS = 4;
    private static final Pattern VERDICT = Pattern.compile("\"verdictAtReceipt\"\\s*:\\s*\"([A-Z_]+)\"");

    /** What the services answered. */
    record Summary(YearMonth from, YearMonth to, int headOffice, int outlets, int amended, int accepted, int warnings,
                   int rejected, List<String> problems) {
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

    /** The last month that has ended in Beijing. */
    static YearMonth lastEndedMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    }

    Summary fileAll(DemoPlan plan) throws Exception {
        String bureau = DevToken.mint(keyDir, "bureau", DemoPlan.BUREAU, 3600);
        for (DemoPlan.Rule rule : plan.rules) {
            expect(201, post("/api/v1/deadline-rules", bureau, rule.json(), null), "deadline rule " + rule.reportType());
        }
        String admin = DevToken.mint(keyDir, "admin", "CBRC", 3600);
        for (String period : plan.latestPeriods) {
            expect(200, post("/api/v1/obligations/generate?period=" + period, admin, null, null), "obligations of " + period);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<DemoPlan.Filing> filer : plan.byFiler) {
                done.add(pool.submit(() -> {
                    String token = DevToken.mint(keyDir, "bank", filer.get(0).institution(), 3600);
                    for (DemoPlan.Filing f : filer) {
                        file(token, f);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (DemoPlan.Filing f : plan.amendments) {
            file(DevToken.mint(keyDir, "bank", f.institution(), 3600), f);
        }
        int headOffice = (int) plan.byFiler.stream().flatMap(List::stream).filter(f -> f.reportType().startsWith("BANK_")).count();
        int all = plan.byFiler.stream().mapToInt(List::size).sum();
        return new Summary(plan.from, plan.to, headOffice, all - headOffice, plan.amendments.size(), accepted.get(),
                warnings.get(), rejected.get(), List.copyOf(problems));
    }

    private void file(String token, DemoPlan.Filing f) throws Exception {
        HttpResponse<String> r = post("/api/v1/submissions", token, f.body(), f.key());
        Matcher verdict = VERDICT.matcher(r.body());
        String v = r.statusCode() / 100 == 2 && verdict.find() ? verdict.group(1) : "REJECTED";
        switch (v) {
            case "ACCEPTED" -> accepted.incrementAndGet();
            case "ACCEPTED_WITH_WARNINGS" -> warnings.incrementAndGet();
            default -> {
                rejected.incrementAndGet();
                synchronized (problems) {
                    problems.add(f.key() + ": HTTP " + r.statusCode() + " " + r.body());
                }
            }
        }
    }

    /** A POST with a JSON body, or with none when {@code body} is null. */
    private HttpResponse<String> post(String path, String token, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(submissionUrl + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60));
        if (body == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> r, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }
}
