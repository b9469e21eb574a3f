package cn.npa.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README command 1 as a person runs it, from the packaged launcher ({@code java -jar target/npa-embedded.jar}, its
 * manifest's class path, after {@code package}): a fresh start loads the calendar and the demo and the outbox delivers
 * it to the report service; a stop (SIGTERM, what Ctrl-C does) stops everything cleanly; a second start keeps the
 * data, loads nothing again and maps the class-data archives the first stop wrote. Its own run folder and free ports,
 * so it runs beside a person's demo. The two start times are printed, not asserted (docs/deployment.md has them).
 */
class EmbeddedRunIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration START = Duration.ofMinutes(6);

    @Test
    void aSecondRunKeepsTheDataAndStartsFromTheArchives() throws Exception {
        Path folder = Path.of("target/embedded-run-it").toAbsolutePath();
        int port = freeTriple();
        int pgPort = RunningPlatform.freePort();

        List<String> first = run(folder, port, pgPort, "--fresh", "every demo filing");
        assertTrue(first.stream().anyMatch(l -> l.contains("a new database")), String.join("\n", first));
        assertTrue(first.stream().anyMatch(l -> l.contains("demo filings") && l.contains(" 0 rejected")), String.join("\n", first));
        assertTrue(first.stream().anyMatch(l -> l.contains("stopped; the data is kept")), String.join("\n", first));
        for (String service : List.of("submission-service", "indicator-service", "report-service")) {
            assertTrue(Files.size(new RunFolder(folder).classData(service)) > 0, service + " wrote no class-data archive at its stop");
        }

        List<String> second = run(folder, port, pgPort, null, "is up in");
        assertTrue(second.stream().anyMatch(l -> l.contains("the database of the last run, kept")), String.join("\n", second));
        assertTrue(second.stream().anyMatch(l -> l.contains("data kept from the last run: 264 institutions")), String.join("\n", second));
        assertTrue(second.stream().noneMatch(l -> l.contains("demo filings")), "the demo was loaded again:\n" + String.join("\n", second));
        assertTrue(second.stream().anyMatch(l -> l.contains("stopped; the data is kept")), String.join("\n", second));
        Console.line("EmbeddedRunIT: fresh start: " + upLine(first) + "; second start: " + upLine(second));
    }

    /**
     * Starts the launcher, waits for a console line containing {@code until}, reads the register through the submission
     * service with a token of the run folder's dev key, stops the launcher as Ctrl-C does, and returns its console.
     */
    private static List<String> run(Path folder, int port, int pgPort, String flag, String until) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dnpa.run.dir=" + folder, "-Dnpa.port=" + port, "-Dnpa.pg.port=" + pgPort,
                "-jar", Path.of("target/npa-embedded.jar").toAbsolutePath().toString()));
        if (flag != null) {
            command.add(flag);
        }
        Path console = Files.createTempFile("npa-embedded-it", ".log");
        Process launcher = new ProcessBuilder(command).directory(EmbeddedRun.projectRoot().toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            long deadline = System.nanoTime() + START.toNanos();
            while (!read(console).contains(until)) {
                String sofar = read(console);
                assertTrue(launcher.isAlive(), () -> "the launcher ended with " + launcher.exitValue() + ":\n" + sofar);
                assertTrue(System.nanoTime() < deadline, () -> "no \"" + until + "\" within " + START + ":\n" + sofar);
                Thread.sleep(250);
            }
            String token = DevToken.mint(folder.resolve("dev-keys"), "cbrc", "CBRC", 300);
            HttpResponse<String> cbrc = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/institutions/CBRC"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, cbrc.statusCode(), cbrc.body());
        } finally {
            launcher.destroy(); // SIGTERM: the launcher's shutdown hook stops the services, then PostgreSQL
            if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
        List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
        Files.delete(console);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Exception") || l.startsWith("[npa] !!")), String.join("\n", lines));
        return lines;
    }

    private static String upLine(List<String> console) {
        return console.stream().filter(l -> l.contains("is up in")).findFirst().orElse("?").replace("[npa] ", "");
    }

    private static String read(Path console) throws IOException {
        return Files.readString(console, StandardCharsets.UTF_8);
    }

    /** The first of three consecutive free ports (the three services'). */
    private static int freeTriple() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            if (free(p) && free(p + 1) && free(p + 2)) {
                return p;
            }
        }
        throw new IOException("no three consecutive free ports");
    }

    private static boolean free(int p) {
        try (ServerSocket s = new ServerSocket(p)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
