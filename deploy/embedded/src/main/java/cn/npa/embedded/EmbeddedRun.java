package cn.npa.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * README command 1: starts a real PostgreSQL (no Docker) on the run folder's database, the three services against it
 * (each logging to its own file), loads the holiday calendar and, into an empty database only, the demo data set;
 * prints one line per step and where to look. Ctrl-C stops the services, then the database; the data stays for the
 * next run ({@code --fresh} starts over). A service that dies is reported with the end of its log, and the run stops.
 */
public final class EmbeddedRun {

    static final int PG_PORT = Integer.getInteger("npa.pg.port", 55432);
    /** The submission service's port; the indicator and report services take the next two. */
    static final int PORT = Integer.getInteger("npa.port", 8081);
    static final long SEED = Long.getLong("npa.seed", 2004L);
    private static final int STEPS = 5;

    private EmbeddedRun() {
    }

    /** The working folder of the embedded run (keys, database files, logs), beside the launcher's build output. */
    static Path runDir() {
        String dir = System.getProperty("npa.run.dir");
        return dir != null ? Path.of(dir).toAbsolutePath() : projectRoot().resolve("deploy/embedded/run");
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
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            Console.out(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            Console.out(RunOptions.USAGE);
            return;
        }
        long started = Console.started();
        RunFolder folder = new RunFolder(runDir());
        if (options.fresh()) {
            folder.wipeData();
            Console.line("--fresh: the database and logs of the last run are deleted");
        }
        Files.createDirectories(folder.logs());
        Path publicKey = DevKeys.ensure(folder.keys());
        boolean kept = folder.hasDatabase();
        var keptPlan = DemoRun.planOfKeptDemo(folder);

        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(PG_PORT).setDataDirectory(folder.pgdata())
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                // the data is kept between runs: a commit is on disk before a service answers (zonky's defaults are for tests)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(folder.log("postgres").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(folder.log("postgres").toFile())).start();
        Console.step(1, STEPS, "PostgreSQL 17 on port " + PG_PORT + ": " + (kept ? "the database of the last run, kept" : "a new database")
                + " in " + folder.pgdata() + " (log " + folder.log("postgres") + ")");
        List<ServiceProcess> services = List.of(
                ServiceProcess.demo("submission-service", PORT, projectRoot(), folder),
                ServiceProcess.demo("indicator-service", PORT + 1, projectRoot(), folder),
                ServiceProcess.demo("report-service", PORT + 2, projectRoot(), folder));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(services, pg, stopped), "npa-stop"));

        int created = 0;
        for (ServiceProcess s : services) {
            created += createDatabaseIfMissing(pg, database(s)) ? 1 : 0;
        }
        Console.step(2, STEPS, "databases npa_submission, npa_indicator, npa_report: " + (created == 0 ? "all there" : created + " created"));

        AtomicBoolean crashed = new AtomicBoolean();
        for (ServiceProcess s : services) {
            s.start(environment(s, services, publicKey, folder));
            s.whenItEndsUnasked(code -> reportCrash(s, code, crashed));
        }
        for (ServiceProcess s : services) {
            try {
                s.awaitReady(Duration.ofSeconds(180));
            } catch (IllegalStateException e) {
                if (crashed.compareAndSet(false, true)) {
                    Console.line("!! " + e.getMessage() + "; the end of its log:");
                    s.logTail(25).forEach(l -> Console.out("   " + l));
                    System.exit(1);
                }
                stopped.await();
            }
        }
        Console.step(3, STEPS, "services UP in " + seconds(started) + " s: submission :" + PORT + ", indicator :" + (PORT + 1)
                + ", report :" + (PORT + 2) + " (logs in "
                + folder.logs() + ")");

        DemoRun demo = new DemoRun(services, folder, keptPlan);
        demo.loadCalendar(4, STEPS);
        demo.loadDemoIfEmpty(5, STEPS, SEED, started);
        demo.printWhereToLook(seconds(started));
        stopped.await();
    }

    /** What a service is given: its database, the token key, the other services' addresses. */
    private static Map<String, String> environment(ServiceProcess s, List<ServiceProcess> services, Path publicKey, RunFolder folder) {
        Map<String, String> env = new HashMap<>();
        env.put("NPA_DB_URL", "jdbc:postgresql://localhost:" + PG_PORT + "/" + database(s));
        env.put("NPA_DB_USER", "postgres");
        env.put("NPA_DB_PASSWORD", "postgres");
        env.put("NPA_JWT_PUBLIC_KEY", publicKey.toUri().toString());
        env.put("NPA_SUBMISSION_URL", services.get(0).url());
        env.put("NPA_INDICATOR_URL", services.get(1).url());
        env.put("NPA_REPORT_URL", services.get(2).url());
        env.put("NPA_SERVICE_TOKEN_KEY", folder.keys().resolve(DevKeys.PRIVATE).toString());
        return env;
    }

    private static String database(ServiceProcess s) {
        return "npa_" + s.name().replace("-service", "");
    }

    /** A service ended while nobody asked it to: say so with the end of its log, then stop everything (exit 1). */
    private static void reportCrash(ServiceProcess s, int code, AtomicBoolean crashed) {
        if (!crashed.compareAndSet(false, true)) {
            return;
        }
        Console.line("!! " + s.name() + " ended unexpectedly with exit code " + code + "; the end of its log (" + s.logFile() + "):");
        s.logTail(25).forEach(l -> Console.out("   " + l));
        Console.line("stopping the other services and PostgreSQL; the data is kept. Fix the cause and start again.");
        System.exit(1);
    }

    /** Ctrl-C (or a crash): the services first, in parallel, then PostgreSQL, so nothing writes to a stopped database. */
    private static void stopAll(List<ServiceProcess> services, EmbeddedPostgres pg, CountDownLatch stopped) {
        Console.line("stopping the services");
        List<Thread> stops = services.stream().map(s -> new Thread(s::stop, "stop-" + s.name())).toList();
        stops.forEach(Thread::start);
        for (Thread t : stops) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            pg.close();
            Console.line("stopped; the data is kept in " + runDir().resolve("pgdata") + " for the next run (--fresh starts over)");
        } catch (Exception e) {
            Console.line("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        stopped.countDown();
    }

    private static boolean createDatabaseIfMissing(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    return false;
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("create database " + name);
            }
            return true;
        }
    }

    static long seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000;
    }
}
