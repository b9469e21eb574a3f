package cn.npa.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What a benchmark runs against: its own PostgreSQL and one service (the submission service unless told) on loopback, and a key to mint tokens. */
final class BenchPlatform implements AutoCloseable {

    // -Dnpa.bench.pg-port= / -Dnpa.bench.port= / -Dnpa.bench.indicator-port= move a benchmark off the defaults, so two
    // benchmarks can run side by side
    static final int PG_PORT = Integer.getInteger("npa.bench.pg-port", 55433);
    static final int PORT = Integer.getInteger("npa.bench.port", 18081);
    static final int INDICATOR_PORT = Integer.getInteger("npa.bench.indicator-port", 18082);

    final Path run;
    final EmbeddedPostgres pg;
    final ServiceProcess service;
    private final String database;
    private final Map<String, String> env;

    private BenchPlatform(Path run, EmbeddedPostgres pg, ServiceProcess service, String database, Map<String, String> env) {
        this.run = run;
        this.pg = pg;
        this.service = service;
        this.database = database;
        this.env = env;
    }

    /** Starts PostgreSQL and the submission service with the given extra environment, and waits until it is ready. */
    static BenchPlatform start(Map<String, String> extraEnv) throws Exception {
        return start("submission-service", PORT, "npa_submission", extraEnv);
    }

    /** Starts PostgreSQL and one service on its own database, and waits until the service is ready. */
    static BenchPlatform start(String serviceName, int port, String database, Map<String, String> extraEnv) throws Exception {
        Path run = EmbeddedRun.projectRoot().resolve("deploy/bench/run");
        Files.createDirectories(run);
        Path publicKey = DevKeys.ensure(run.resolve("keys"));
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(PG_PORT).setDataDirectory(run.resolve("pgdata"))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "200")
                // a database server sized for a filing wave: checkpoints spread out instead of every gigabyte of WAL
                .setServerConfig("max_wal_size", "8GB").setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("shared_buffers", "512MB").start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + database);
        }
        ServiceProcess service = new ServiceProcess(serviceName, port, EmbeddedRun.projectRoot(), Boolean.getBoolean("npa.bench.echo"));
        Map<String, String> env = new HashMap<>(Map.of("NPA_DB_URL", "jdbc:postgresql://localhost:" + PG_PORT + "/" + database,
                "NPA_DB_USER", "postgres", "NPA_DB_PASSWORD", "postgres", "NPA_JWT_PUBLIC_KEY", publicKey.toUri().toString(),
                "QUARKUS_LOG_LEVEL", "WARN"));
        env.putAll(extraEnv);
        service.start(env);
        service.awaitReady(Duration.ofSeconds(120));
        return new BenchPlatform(run, pg, service, database, env);
    }

    /** Stops the service and starts it again with its environment changed by {@code changes}; waits until it is ready. */
    void restart(Map<String, String> changes) throws Exception {
        service.stop();
        Map<String, String> next = new HashMap<>(env);
        next.putAll(changes);
        service.start(next);
        service.awaitReady(Duration.ofSeconds(120));
    }

    String token(String role, String institution) throws Exception {
        return DevToken.mint(run.resolve("keys"), role, institution, 3 * 3600);
    }

    Connection database() throws Exception {
        return pg.getDatabase("postgres", database).getConnection();
    }

    @Override
    public void close() throws Exception {
        service.stop();
        pg.close();
    }
}
