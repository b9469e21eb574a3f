package cn.npa.embedded;

import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data steps of the embedded run, all through the services' APIs: the holiday calendar (years not loaded yet),
 * the demo data set (into an empty register only, recorded in the run folder when complete), and where to look.
 */
final class DemoRun {

    private final List<ServiceProcess> services;
    private final RunFolder folder;
    private DemoPlan plan;

    private final java.util.concurrent.CompletableFuture<Optional<DemoPlan>> keptPlan;

    /** {@code keptPlan}: the plan of the demo recorded in the run folder, being worked out meanwhile ({@link #planOfKeptDemo}). */
    DemoRun(List<ServiceProcess> services, RunFolder folder, java.util.concurrent.CompletableFuture<Optional<DemoPlan>> keptPlan) {
        this.services = services;
        this.folder = folder;
        this.keptPlan = keptPlan;
    }

    /**
     * Works out, in the background while PostgreSQL and the services start, the plan of the demo a previous run
     * recorded (generating its register takes seconds of a cold JVM): a second run has it ready when it needs it.
     */
    static java.util.concurrent.CompletableFuture<Optional<DemoPlan>> planOfKeptDemo(RunFolder folder) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return DemoRecord.read(folder.demoRecord()).map(r ->
                        DemoPlan.of(RegisterGenerator.generate(r.seed(), RegisterScale.DEMO), r.seed(), r.lastMonth()));
            } catch (Exception e) {
                return Optional.<DemoPlan>empty();
            }
        });
    }

    private String submissionUrl() {
        return services.get(0).url();
    }

    void loadCalendar(int step, int steps) throws Exception {
        String admin = DevToken.mint(folder.keys(), "admin", "CBRC", 3600);
        List<HolidayCalendar.Year> loaded = HolidayCalendar.loadMissing(submissionUrl(), admin);
        List<Integer> all = HolidayCalendar.years().stream().map(HolidayCalendar.Year::year).toList();
        Console.step(step, steps, "working-day calendar " + all + " (State Council notices, " + HolidayCalendar.RESOURCE + "): "
                + (loaded.isEmpty() ? "already loaded" : "loaded " + loaded.stream().map(y -> y.year() + " (" + y.holidays().size()
                + " holidays, " + y.makeUpWorkdays().size() + " make-up workdays)").collect(Collectors.joining(", "))));
    }

    /** Loads the register and the filings when the register is empty; otherwise says what the kept data holds. */
    void loadDemoIfEmpty(int step, int steps, long seed, long started) throws Exception {
        String admin = DevToken.mint(folder.keys(), "admin", "CBRC", 3600);
        DemoLoader loader = new DemoLoader(submissionUrl(), admin);
        long institutions = loader.registerSize();
        Optional<DemoRecord> record = DemoRecord.read(folder.demoRecord());
        if (institutions > 0) {
            if (record.isPresent()) {
                long kept = record.get().seed();
                plan = keptPlan.join().orElseGet(() -> DemoPlan.of(RegisterGenerator.generate(kept, RegisterScale.DEMO), kept,
                        record.get().lastMonth()));
                Console.step(step, steps, "data kept from the last run: " + institutions + " institutions, the demo of seed " + record.get().seed()
                        + " (" + record.get().filed() + " filings up to " + record.get().lastMonth() + ") and whatever was filed since;"
                        + " --fresh starts over");
            } else {
                Console.step(step, steps, "data kept from the last run: " + institutions + " institutions, but no record of a finished demo"
                        + " load (interrupted?): the demo is not loaded again; --fresh starts over");
            }
            return;
        }
        plan = DemoPlan.of(RegisterGenerator.generate(seed, RegisterScale.DEMO), seed, DemoFilings.lastEndedMonth());
        int sent = loader.loadRegister(seed);
        Console.line("demo register loaded: " + sent + " institutions (seed " + seed + "); filing the demo reports");
        long filing = System.nanoTime();
        DemoFilings.Summary filed = new DemoFilings(submissionUrl(), folder.keys()).fileAll(plan);
        filed.problems().stream().limit(5).forEach(p -> Console.line("  rejected " + p));
        new DemoRecord(seed, plan.to, filed.filed()).write(folder.demoRecord());
        Console.step(step, steps, "demo filings " + filed.from() + " .. " + filed.to() + ": " + filed.filed() + " filed (" + filed.headOffice()
                + " by head offices, " + filed.outlets() + " by branches and sub-branches, " + filed.amended() + " amendments) in "
                + EmbeddedRun.seconds(filing) + " s, " + filed.accepted() + " accepted, " + filed.warnings() + " with warnings, "
                + filed.rejected() + " rejected");
        watchDelivery(started);
    }

    /**
     * Tells when the report service has every version of the last ended month: the outbox sends oldest first and the
     * amendments were filed last, so by then every demo filing has arrived and the rollups are complete.
     */
    private void watchDelivery(long started) {
        String reportUrl = services.get(2).url();
        Thread watcher = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            int expected = plan.versionsOf(plan.to.toString());
            Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)\\s*}\\s*$");
            try {
                String token = DevToken.mint(folder.keys(), "cbrc", "CBRC", 3600);
                for (int i = 0; i < 720; i++) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(reportUrl + "/api/v1/accepted-statements?period="
                            + plan.to + "&size=1")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = total.matcher(r.body());
                    if (m.find() && Integer.parseInt(m.group(1)) >= expected) {
                        Console.line("the report service has every demo filing (the outbox delivered them in "
                                + EmbeddedRun.seconds(started) + " s from start): the rollups are complete");
                        return;
                    }
                    Thread.sleep(5000);
                }
                Console.line("the report service still lacks demo filings of " + plan.to + " after an hour; see "
                        + folder.log("submission-service") + " (the relay)");
            } catch (Exception e) {
                Console.line("cannot watch the delivery of the demo filings: " + e.getMessage());
            }
        }, "delivery-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    void printWhereToLook(long seconds) {
        Console.line("==================================================================");
        Console.line("NPA platform is up in " + seconds + " s. Ctrl-C stops everything; the data stays for the next run.");
        for (ServiceProcess s : services) {
            Console.line(String.format("%-19s swagger %s/q/swagger-ui   health %s/q/health   log %s", s.name(), s.url(), s.url(), s.logFile()));
        }
        Console.line("PostgreSQL          jdbc:postgresql://localhost:" + EmbeddedRun.PG_PORT + "/npa_submission (user postgres)   log "
                + folder.log("postgres"));
        Console.line("Tokens (dev key of this run folder only):  deploy/token.sh admin | cbrc | bureau BUR-440000 | bank LC0001");
        Console.line("Example: curl -H \"Authorization: Bearer $(deploy/token.sh cbrc)\" " + submissionUrl() + "/api/v1/institutions/CBRC");
        if (plan != null) {
            printDemo();
        }
        Console.line("==================================================================");
    }

    private void printDemo() {
        Console.line("Filed demo reports: curl -H \"Authorization: Bearer $(deploy/token.sh cbrc)\" \""
                + services.get(2).url() + "/api/v1/accepted-statements?period=" + plan.to + "\"");
        YearMonth january = YearMonth.of(plan.to.getYear(), 1).isBefore(plan.from) ? null : YearMonth.of(plan.to.getYear(), 1);
        if (january != null) {
            Console.line("Holiday roll-forward (D2): curl -H \"Authorization: Bearer $(deploy/token.sh cbrc)\" \"" + submissionUrl()
                    + "/api/v1/calendar/due-dates?period=" + january + "\"");
        }
        List<String> climb = plan.climbPath;
        Console.line("Demo rollups of " + plan.to + " (README, \"See the rollups\"; complete once the line \"every demo filing\" appears):");
        if (climb.size() == 4) {
            Console.line("  climb      " + climb.get(0) + "'s sub-branches file; " + climb.get(2) + " (under sub-bureau " + plan.subBureau
                    + ") and " + climb.get(1) + " are their sums (CHILDREN_SUM); " + climb.get(0) + " files the same sum");
        }
        Console.line("  Guangdong  " + DemoPlan.BUREAU + " set branch deadlines (" + DemoPlan.MONTHLY_DUE_DAYS + " days after a month, "
                + DemoPlan.QUARTERLY_DUE_DAYS + " after a quarter); every outlet there files, except " + DemoPlan.MISSING + " for " + plan.to);
        Console.line("  amended    " + DemoPlan.AMENDED + " and its branch re-filed " + String.join(", ", plan.latestPeriods)
                + ": RESTATED differs from AS_FIRST_REPORTED");
    }
}
