package cn.npa.embedded;

import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

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
        DemoFilings.Summary filed = new DemoFilings(services.get(0).url(), run.resolve("dev-keys"))
                .fileAll(RegisterGenerator.generate(SEED, RegisterScale.DEMO), SEED);
        Console.line("demo filings " + filed.from() + " .. " + filed.to() + ": " + filed.filed() + " filed, "
                + filed.accepted() + " accepted, " + filed.warnings() + " with warnings, " + filed.rejected() + " rejected");
        filed.problems().stream().limit(5).forEach(p -> Console.line("  rejected " + p));
        printWhereToLook(services, (System.nanoTime() - started) / 1_000_000_000);
        stopped.await();
    }

    private static void createDatabase(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + name);
        }
    }

    private static void printWhereToLook(List<ServiceProcess> services, long seconds) {
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
                + services.get(2).url() + "/api/v1/accepted-statements?period=" + DemoFilings.lastEndedMonth() + "\"");
        Console.line("==================================================================");
    }
}
