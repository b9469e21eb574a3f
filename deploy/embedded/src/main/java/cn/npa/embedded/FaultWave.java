package cn.npa.embedded;

import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14's fault runs: a filing wave of the demo register's bank units over twelve months through the real
 * submission API (six banks' systems at once, each retrying with its Idempotency-Key until it gets an answer), with a
 * fault a third of the way in: none, report-service and indicator-service killed (SIGKILL) and restarted, or
 * PostgreSQL stopped and started again. Every twentieth filing is first sent broken (its total loans do not add up:
 * 422) and then right. Afterwards it waits for the feed and the figures to settle and reports what was sent,
 * acknowledged, stored, lost and duplicated in each service, the time to converge, and a digest of the national
 * rollups and the fingerprint of an assessment run, which must equal those of the run without faults.
 * Usage: {@code deploy/bench/fault-wave.sh [NONE|KILL_SERVICES|RESTART_POSTGRES ...]}; exits 1 if anything was lost,
 * duplicated or differs. Targets 127.0.0.1 only; every wait is bounded.
 */
final class FaultWave {

    enum Fault { NONE, KILL_SERVICES, RESTART_POSTGRES }

    static final List<String> MONTHS = List.of("2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
            "2026-06", "2026-07", "2026-08", "2026-09", "2026-10");
    private static final Pattern SUBMISSION = Pattern.compile("\"submissionId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalLoans\":([0-9.]+)");
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(3);

    private final Fault fault;
    private final List<InstitutionRow> register = RegisterGenerator.generate(EmbeddedRun.SEED, RegisterScale.DEMO);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();

    private FaultWave(Fault fault) {
        this.fault = fault;
    }

    public static void main(String[] args) throws Exception {
        List<Fault> faults = new ArrayList<>(List.of(Fault.NONE));
        for (String a : args.length > 0 ? args : new String[] {"KILL_SERVICES", "RESTART_POSTGRES"}) {
            Fault f = Fault.valueOf(a);
            if (f != Fault.NONE) {
                faults.add(f);
            }
        }
        List<FaultOutcome> outcomes = new ArrayList<>();
        for (Fault f : faults) {
            outcomes.add(new FaultWave(f).run());
        }
        FaultOutcome baseline = outcomes.get(0);
        boolean ok = true;
        Console.line(FaultOutcome.HEADER);
        for (FaultOutcome o : outcomes) {
            Console.line(o.row(baseline));
            ok &= o.holds(baseline);
        }
        Console.line(ok ? "fault runs: nothing lost, nothing duplicated, the same rollups and assessments" : "fault runs: FAILED");
        System.exit(ok ? 0 : 1);
    }

    private FaultOutcome run() throws Exception {
        Console.line("fault run " + fault + ": starting PostgreSQL and the three services");
        try (ThreeServices s = ThreeServices.start(EmbeddedRun.projectRoot().resolve("deploy/bench/run/faults"))) {
            new DemoLoader(s.submission.url(), s.token("admin", "CBRC")).loadRegister(EmbeddedRun.SEED);
            List<InstitutionRow> filers = register.stream().filter(r -> !r.kind().startsWith("REGULATOR")).toList();
            int total = filers.size() * MONTHS.size();
            ExecutorService banks = Executors.newFixedThreadPool(6);
            long started = System.nanoTime();
            Thread faultThread = new Thread(() -> injectAfter(s, total / 3), "fault");
            faultThread.start();
            int n = 0;
            for (String month : MONTHS) {
                for (InstitutionRow filer : filers) {
                    boolean broken = n++ % 20 == 0;
                    banks.submit(() -> file(s, filer, month, broken));
                }
            }
            banks.shutdown();
            if (!banks.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the wave did not end within 30 minutes");
            }
            faultThread.join(TimeUnit.MINUTES.toMillis(5));
            double waveSeconds = (System.nanoTime() - started) / 1e9;
            long settled = System.nanoTime();
            FaultChecks checks = new FaultChecks(s, http, MONTHS);
            checks.awaitConverged(acknowledged.size(), Duration.ofMinutes(10));
            double convergeSeconds = (System.nanoTime() - settled) / 1e9;
            FaultOutcome o = checks.outcome(fault, sent.get(), acknowledged, rejected.get(), waveSeconds, convergeSeconds);
            Console.line(FaultOutcome.HEADER);
            Console.line(o.row(o));
            return o;
        }
    }

    /** Waits until a third of the filings are answered, then applies the fault. */
    private void injectAfter(ThreeServices s, int filings) {
        try {
            while (answered.get() < filings) {
                Thread.sleep(50);
            }
            switch (fault) {
                case KILL_SERVICES -> {
                    Console.line("fault: killing report-service and indicator-service after " + answered.get() + " answers");
                    s.report.kill();
                    s.indicator.kill();
                    Thread.sleep(3000);
                    s.restart(s.report);
                    s.restart(s.indicator);
                }
                case RESTART_POSTGRES -> {
                    Console.line("fault: restarting PostgreSQL after " + answered.get() + " answers");
                    s.restartPostgres(Duration.ofSeconds(3));
                }
                case NONE -> { }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the fault could not be applied", e);
        }
    }

    /** One bank's filing, retried with the same key until it gets a final answer (2xx or 4xx), within a bound. */
    private void file(ThreeServices s, InstitutionRow filer, String month, boolean brokenFirst) {
        try {
            String token = s.token("bank", filer.code());
            String right = FilingGenerator.monthly(filer, month, EmbeddedRun.SEED);
            if (brokenFirst) {
                Matcher m = TOTAL.matcher(right);
                m.find();
                String broken = right.substring(0, m.start(1)) + new java.math.BigDecimal(m.group(1)).add(java.math.BigDecimal.ONE)
                        + right.substring(m.end(1));
                int status = send(s, token, broken, UUID.randomUUID().toString()).statusCode();
                if (status != 422) {
                    throw new IllegalStateException("a filing whose total loans do not add up was answered " + status);
                }
                rejected.incrementAndGet();
            }
            String key = UUID.nameUUIDFromBytes((filer.code() + "/" + month).getBytes(StandardCharsets.UTF_8)).toString();
            HttpResponse<String> r = send(s, token, right, key);
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new IllegalStateException(filer.code() + " " + month + " answered " + r.statusCode() + ": " + r.body());
            }
            Matcher id = SUBMISSION.matcher(r.body());
            if (!id.find()) {
                throw new IllegalStateException("no submission id in " + r.body());
            }
            acknowledged.put(filer.code() + "/" + month, id.group(1));
        } catch (Exception e) {
            Console.line("filing of " + filer.code() + " " + month + " failed: " + e.getMessage());
        } finally {
            answered.incrementAndGet();
        }
    }

    private HttpResponse<String> send(ThreeServices s, String token, String body, String key) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
        while (true) {
            sent.incrementAndGet();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.submission.url() + "/api/v1/submissions"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() < 500 && r.statusCode() != 429) {
                    return r;
                }
            } catch (java.io.IOException unreachable) {
                // the service or its database is restarting: the bank's system tries again with the same key
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no final answer within " + ANSWER_WITHIN.toMinutes() + " minutes");
            }
            Thread.sleep(500);
        }
    }
}
