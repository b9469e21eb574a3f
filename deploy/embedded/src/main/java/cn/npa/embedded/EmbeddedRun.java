package cn.npa.embedded;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README command 1: starts a real PostgreSQL (no Docker), the three services against it, loads the demo data set,
 * prints where to look, and on Ctrl-C stops everything, database included.
 */
public final class EmbeddedRun {

    static final int PG_PORT = Integer.getInteger("npa.pg.port", 55432);
    static final long SEED = Long.getLong("npa.seed", 2004L);

    private EmbeddedRun() {
    }

    /** The working folder of the embedded run (keys, database files), beside the launcher's build output. */
    static Path runDir() {
        return projectRoot().resolve("deploy/embedded/run");
    }

    static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("deploy/embedded/pom.xml"))) {
                return p;
            }
        }
        return here;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        long started = System.nanoTime();
        Path run = runDir();
        Files.createDirectories(run);
        Path publicKey = DevKeys.ensure(run.resolve("dev-keys"));
        // what the demo files depends on nothing the services say: work it out while they start
        List<InstitutionRow> register = RegisterGenerator.generate(SEED, RegisterScale.DEMO);
        CompletableFuture<DemoPlan> demo = CompletableFuture.supplyAsync(() -> DemoPlan.of(register, SEED, DemoFilings.lastEndedMonth()));

        Console.line("starting PostgreSQL on port " + PG_PORT + " (data in " + run.resolve("pgdata") + ")");
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(PG_PORT)
                .setDataDirectory(run.resolve("pgdata")).setCleanDataDirectory(true).start();
        List<ServiceProcess> services = List.of(
                new ServiceProcess("submission-service", 8081, projectRoot()),
                new ServiceProcess("indicator-service", 8082, projectRoot()),
                new ServiceProcess("report-service", 8083, projectRoot()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Console.line("stopping services and PostgreSQL");
            services.forEach(ServiceProcess::stop);
            try {
                pg.close();
            } catch (Exception e) {
                Console.line("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));

        for (ServiceProcess s : services) {
            String db = "npa_" + s.name().replace("-service", "");
            createDatabase(pg, db);
            Map<String, String> env = new HashMap<>();
            env.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + PG_PORT + "/" + db);
            env.put("NPA_DB_USER", "postgres");
            env.put("NPA_DB_PASSWORD", "postgres");
            env.put("NPA_JWT_PUBLIC_KEY", publicKey.toUri().toString());
            env.put("NPA_SUBMISSION_URL", services.get(0).url());
            env.put("NPA_INDICATOR_URL", services.get(1).url());
            env.put("NPA_REPORT_URL", services.get(2).url());
            env.put("NPA_SERVICE_TOKEN_KEY", run.resolve("dev-keys").resolve(DevKeys.PRIVATE).toString());
            s.start(env);
        }
        for (ServiceProcess s : services) {
            s.awaitReady(Duration.ofSeconds(120));
            Console.line(s.name() + " is UP on " + s.url());
        }
        String admin = DevToken.mint(run.resolve("dev-keys"), "admin", "CBRC", 3600);
        int institutions = new DemoLoader(services.get(0).url(), admin).loadRegister(SEED);
        Console.line("demo register loaded: " + institutions + " institutions (seed " + SEED + ")");
        DemoPlan plan = demo.get();
        long filing = System.nanoTime();
        DemoFilings.Summary filed = new DemoFilings(services.get(0).url(), run.resolve("dev-keys")).fileAll(plan);
        Console.line("demo filings " + filed.from() + " .. " + filed.to() + ": " + filed.filed() + " filed (" + filed.headOffice()
                + " by head offices, " + filed.outlets() + " by branches and sub-branches, " + filed.amended() + " amendments) in "
                + (System.nanoTime() - filing) / 1_000_000_000 + " s, " + filed.accepted() + " accepted, " + filed.warnings()
                + " with warnings, " + filed.rejected() + " rejected");
        filed.problems().stream().limit(5).forEach(p -> Console.line("  rejected " + p));
        printWhereToLook(services, plan, (System.nanoTime() - started) / 1_000_000_000);
        watchDelivery(services.get(2).url(), run.resolve("dev-keys"), plan, started);
        stopped.await();
    }

    /**
     * Tells when the report service has every version of the last ended month: the outbox sends oldest first and the
     * amendments were filed last, so by then every demo filing has arrived and the rollups are complete.
     */
    private static void watchDelivery(String reportUrl, Path keyDir, DemoPlan plan, long started) {
        Thread watcher = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            int expected = plan.versionsOf(plan.to.toString());
            Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)\\s*}\\s*$");
            try {
                String token = DevToken.mint(keyDir, "cbrc", "CBRC", 3600);
                for (int i = 0; i < 720; i++) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(reportUrl + "/api/v1/accepted-statements?period="
                            + plan.to + "&size=1")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = total.matcher(r.body());
                    if (m.find() && Integer.parseInt(m.group(1)) >= expected) {
                        Console.line("the report service has every demo filing (the outbox delivered them in "
                                + (System.nanoTime() - started) / 1_000_000_000 + " s from start): the rollups are complete");
                        return;
                    }
                    Thread.sleep(5000);
                }
                Console.line("the report service still lacks demo filings of " + plan.to + " after an hour; see the relay's log");
            } catch (Exception e) {
                Console.line("cannot watch the delivery of the demo filings: " + e.getMessage());
            }
        }, "delivery-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void createDatabase(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + name);
        }
    }

    private static void printWhereToLook(List<ServiceProcess> services, DemoPlan plan, long seconds) {
        Console.line("==================================================================");
        Console.line("NPA platform is up in " + seconds + " s. Ctrl-C stops everything.");
        for (ServiceProcess s : services) {
            Console.line(String.format("%-19s swagger %s/q/swagger-ui   health %s/q/health", s.name(), s.url(), s.url()));
        }
        Console.line("PostgreSQL          jdbc:postgresql://localhost:" + PG_PORT + "/npa_submission (user postgres)");
        Console.line("Tokens (dev key of this run only):  deploy/token.sh admin | cbrc | bureau BUR-440000 | bank LC0001");
        Console.line("Example: curl -H \"Authorization: Bearer $(deploy/token.sh cbrc)\" "
                + services.get(0).url() + "/api/v1/institutions/CBRC");
        Console.line("Filed demo reports: curl -H \"Authorization: Bearer $(deploy/token.sh cbrc)\" \""
                + services.get(2).url() + "/api/v1/accepted-statements?period=" + plan.to + "\"");
        List<String> climb = plan.climbPath;
        Console.line("Demo rollups of " + plan.to + " (README, \"See the rollups\"; complete once the line \"every demo filing\" below appears):");
        if (climb.size() == 4) {
            Console.line("  climb      " + climb.get(0) + "'s sub-branches file; " + climb.get(2) + " (under sub-bureau " + plan.subBureau
                    + ") and " + climb.get(1) + " are their sums (CHILDREN_SUM); " + climb.get(0) + " files the same sum");
        }
        Console.line("  Guangdong  " + DemoPlan.BUREAU + " set branch deadlines (" + DemoPlan.MONTHLY_DUE_DAYS + " days after a month, "
                + DemoPlan.QUARTERLY_DUE_DAYS + " after a quarter); every outlet there files, except " + DemoPlan.MISSING + " for " + plan.to);
        Console.line("  amended    " + DemoPlan.AMENDED + " and its branch re-filed " + String.join(", ", plan.latestPeriods)
                + ": RESTATED differs from AS_FIRST_REPORTED");
        Console.line("==================================================================");
    }
}
