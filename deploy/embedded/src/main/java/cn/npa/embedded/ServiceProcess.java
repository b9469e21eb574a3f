package cn.npa.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the embedded run: a child JVM running the service's Quarkus jar, its output either written to a log
 * file of the run folder (the embedded run) or read line by line (benchmarks, which echo or keep some lines).
 */
final class ServiceProcess {

    /**
     * JVM options of the embedded run's services (not of the benchmarks): three JVMs start at once on a laptop, and
     * most of their start is the JIT compiling; the quick compiler only (C1) and the serial collector leave the CPUs to
     * the start itself (docs/deployment.md, "How fast a second run is ready"). A demo needs no peak throughput;
     * {@code -Dnpa.service.jvm-options=...} replaces them.
     */
    static final String FAST_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final String name;
    private final int port;
    private final Path jar;
    private final boolean echo;
    private Process process;
    private final java.util.List<String> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String keepMarker;
    private final Path logFile;
    private final boolean fastStart;
    private ClassDataArchive classData;
    private volatile boolean stopping;

    ServiceProcess(String name, int port, Path root) {
        this(name, port, root, true);
    }

    /** A service whose log lines are shown ({@code echo}) or dropped (benchmarks keep the terminal for results). */
    ServiceProcess(String name, int port, Path root, boolean echo) {
        this(name, port, root, echo, null);
    }

    /** A service whose whole output goes to {@code logFile} (the previous run's log is kept beside it as {@code .1}). */
    ServiceProcess(String name, int port, Path root, Path logFile) {
        this(name, port, root, false, logFile, false);
    }

    /**
     * A service of the embedded run: its output to its log in the run folder, started with {@link #FAST_START} and its
     * class-data archive there ({@link ClassDataArchive}).
     */
    static ServiceProcess demo(String name, int port, Path root, RunFolder folder) {
        ServiceProcess s = new ServiceProcess(name, port, root, false, folder.log(name), true);
        s.classData = new ClassDataArchive(folder.classData(name), s.jar);
        return s;
    }

    private ServiceProcess(String name, int port, Path root, boolean echo, Path logFile) {
        this(name, port, root, echo, logFile, false);
    }

    private ServiceProcess(String name, int port, Path root, boolean echo, Path logFile, boolean fastStart) {
        this.fastStart = fastStart;
        this.echo = echo;
        this.name = name;
        this.port = port;
        this.jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.logFile = logFile;
    }

    /** Where the service's output goes, or null when it is read by this launcher. */
    Path logFile() {
        return logFile;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** The operating system's id of the service's JVM. */
    long pid() {
        return process.pid();
    }

    String url() {
        return "http://localhost:" + port;
    }

    void start(Map<String, String> env) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package).");
        }
        List<String> command = new java.util.ArrayList<>(List.of(javaBin(),
                "-Xmx" + System.getProperty("npa.service.heap." + name, System.getProperty("npa.service.heap", "1g"))));
        if (fastStart) {
            // an empty value starts the services with the JVM's defaults
            java.util.Arrays.stream(System.getProperty("npa.service.jvm-options", FAST_START).trim().split("\\s+"))
                    .filter(o -> !o.isEmpty()).forEach(command::add);
        }
        if (classData != null && !"false".equals(System.getProperty("npa.service.class-data"))) {
            command.addAll(classData.options());
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        if (logFile != null) {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = pb.start();
            return;
        }
        process = pb.start();
        Thread pump = new Thread(() -> pump(process), name + "-log");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Calls {@code onCrash} when the process ends without {@link #stop()} having been asked (a crash, an out-of-memory
     * kill, a failed start), with its exit code.
     */
    void whenItEndsUnasked(java.util.function.IntConsumer onCrash) {
        process.onExit().thenAccept(p -> {
            if (!stopping) {
                onCrash.accept(p.exitValue());
            }
        });
    }

    /** The last {@code n} lines of the log file (empty when there is none). */
    List<String> logTail(int n) {
        if (logFile == null || !Files.exists(logFile)) {
            return List.of();
        }
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - n), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    /** Waits until /q/health/ready answers UP, or fails after the timeout. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready"
                        + (logFile == null ? "" : "; its log: " + logFile));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s"
                + (logFile == null ? "" : "; its log: " + logFile));
    }

    /** Keeps the log lines that contain {@code marker} (a benchmark reads the service's own timings from them). */
    void keep(String marker) {
        keepMarker = marker;
    }

    java.util.List<String> keptLines() {
        return java.util.List.copyOf(kept);
    }

    /** Asks the service to stop (SIGTERM: Quarkus shuts down gracefully), and kills it after 15 s. */
    void stop() {
        stopping = true;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            // 30 s: a JVM writing its class-data archive at exit (the first stop after a build) takes a few seconds more
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the service's JVM at once (SIGKILL: no shutdown hook runs), as a crash or an OOM killer would. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void pump(Process p) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (echo) {
                    Console.child(name, line);
                }
                String marker = keepMarker;
                if (marker != null && line.contains(marker)) {
                    kept.add(line);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
