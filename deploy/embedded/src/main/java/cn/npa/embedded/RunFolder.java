package cn.npa.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded run's folder (ignored by git): the database files, one log per service and PostgreSQL, the dev key
 * pair, the services' class-data archives and what the demo load recorded. Kept between runs; {@code --fresh} deletes the
 * database, the logs and the demo record.
 */
record RunFolder(Path root) {

    Path pgdata() {
        return root.resolve("pgdata");
    }

    Path keys() {
        return root.resolve("dev-keys");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    /** A service's class-data archive (kept by {@code --fresh}: it depends on the service's jar only). */
    Path classData(String service) {
        return root.resolve("class-data").resolve(service + ".jsa");
    }

    Path demoRecord() {
        return root.resolve("demo.properties");
    }

    /** A database from an earlier run is there (initdb has run in it). */
    boolean hasDatabase() {
        return Files.exists(pgdata().resolve("PG_VERSION"));
    }

    /**
     * Deletes the database, the logs and the demo record; keeps the key pair, so tokens minted earlier still verify.
     */
    void wipeData() {
        for (Path p : new Path[] {pgdata(), logs(), demoRecord()}) {
            delete(p);
        }
    }

    private static void delete(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }
}
