package cn.npa.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose: PostgreSQL and the three services with images, ports, health checks, resources, start order on
 * health, the JVM Dockerfile they are built from, the database init script; no credential but from the environment.
 */
class ComposeAndImagesTest {

    private static final Path COMPOSE = Manifests.root().resolve("deploy/compose");

    private static JsonNode compose() {
        return Manifests.documents(COMPOSE.resolve("compose.yaml")).get(0);
    }

    @Test
    @DisplayName("compose: postgres and every service, each with image, port, health check, resources, depends_on healthy")
    void everyServiceIsThere() throws IOException {
        JsonNode services = compose().path("services");
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        Set<String> expected = new TreeSet<>(KubernetesManifestsTest.SERVICES);
        expected.add("postgres");
        assertEquals(expected, names);
        assertFalse(services.path("postgres").path("healthcheck").path("test").isMissingNode(), "postgres has a health check");
        for (String service : KubernetesManifestsTest.SERVICES) {
            JsonNode s = services.path(service);
            int port = KubernetesManifestsTest.port(service);
            assertTrue(s.path("image").asText().matches("registry\\.npa\\.example/npa/" + service + ":[A-Za-z0-9_.-]+"), service + " image");
            assertTrue(s.path("healthcheck").path("test").toString().contains("http://localhost:" + port + "/q/health/ready"),
                    service + ": health check on its readiness endpoint");
            assertTrue(s.path("ports").toString().contains(port + ":" + port), service + " publishes " + port);
            assertEquals("service_healthy", s.path("depends_on").path("postgres").path("condition").asText(), service + " waits for postgres");
            s.path("depends_on").forEach(d -> assertEquals("service_healthy", d.path("condition").asText(), service + ": every dependency healthy"));
            for (String kind : List.of("reservations", "limits")) {
                for (String resource : List.of("cpus", "memory")) {
                    assertFalse(s.path("deploy").path("resources").path(kind).path(resource).asText().isBlank(), service + " " + kind + "." + resource);
                }
            }
            JsonNode build = s.path("build");
            Path dockerfile = COMPOSE.resolve(build.path("context").asText()).normalize().resolve(build.path("dockerfile").asText());
            assertTrue(Files.exists(dockerfile), service + ": " + dockerfile + " exists");
            assertEquals(service, build.path("args").path("SERVICE").asText());
            assertEquals(Integer.toString(port), build.path("args").path("PORT").asText());
            assertTrue(s.path("environment").path("NPA_DB_URL").asText().endsWith("/npa_" + service.replace("-service", "")));
        }
    }

    @Test
    @DisplayName("Dockerfile.jvm: a JVM base image, the fast-jar layout of the named service, the Java runner")
    void dockerfileIsAJvmImageOfTheFastJar() throws IOException {
        List<String> lines = Files.readAllLines(COMPOSE.resolve("Dockerfile.jvm")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(lines.get(0).matches("FROM [a-z0-9./-]+/openjdk-17:[0-9.]+"), "FROM a pinned OpenJDK 17 image: " + lines.get(0));
        assertTrue(lines.contains("ARG SERVICE"), "ARG SERVICE");
        for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY") && l.contains("${SERVICE}/target/quarkus-app/" + part)), "copies " + part);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("USER ") && !l.equals("USER root") && !l.equals("USER 0")), "runs as a non-root user");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ENTRYPOINT")), "an ENTRYPOINT");
        for (String l : lines) {
            String keyword = l.split("\\s+")[0];
            assertTrue(Set.of("FROM", "ARG", "ENV", "COPY", "EXPOSE", "USER", "ENTRYPOINT").contains(keyword), "unexpected instruction: " + l);
        }
    }

    @Test
    @DisplayName("the postgres init script makes a database and a role per service from environment passwords")
    void initScript() throws IOException {
        String script = Files.readString(COMPOSE.resolve("initdb/01-databases.sh"));
        assertTrue(script.contains("for svc in submission report indicator"), "every service's database");
        assertTrue(script.contains("NPA_${svc^^}_DB_PASSWORD"), "passwords from the environment");
        JsonNode pgEnv = compose().path("services").path("postgres").path("environment");
        for (String s : List.of("SUBMISSION", "REPORT", "INDICATOR")) {
            assertTrue(pgEnv.has("NPA_" + s + "_DB_PASSWORD"), "postgres is given NPA_" + s + "_DB_PASSWORD");
        }
    }

    @Test
    @DisplayName("no credential is written in compose.yaml: passwords only as ${VARIABLE} from .env")
    void noInlineCredentials() {
        List<String> problems = new ArrayList<>(Checks.noInlineCredentials("compose", compose()));
        assertEquals(List.of(), problems);
    }
}
