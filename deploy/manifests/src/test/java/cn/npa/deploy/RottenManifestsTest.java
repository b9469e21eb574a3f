package cn.npa.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks catch what rots: a dropped probe or limit, a password written in, a Secret with values, an inline key. */
class RottenManifestsTest {

    private static JsonNode yaml(String text) throws Exception {
        return Manifests.documents(text).get(0);
    }

    @Test
    @DisplayName("a container without limits, with a readiness probe on the wrong path, on another port: every problem named")
    void rottenContainer() throws Exception {
        JsonNode c = yaml("""
                image: registry.npa.example/npa/report-service:1.0.0
                ports: [{containerPort: 8080}]
                livenessProbe: {httpGet: {path: /q/health/live, port: 8083}}
                readinessProbe: {httpGet: {path: /q/health, port: 8083}}
                resources: {requests: {cpu: 500m, memory: 768Mi}}
                """);
        assertEquals(List.of("report: no containerPort 8083", "report: readinessProbe is not GET /q/health/ready on port 8083",
                "report: no resources.limits.cpu", "report: no resources.limits.memory"), Checks.container("report", c, 8083));
    }

    @Test
    @DisplayName("an image without a tag is refused")
    void untaggedImage() throws Exception {
        JsonNode c = yaml("""
                image: report-service
                ports: [{containerPort: 8083}]
                livenessProbe: {httpGet: {path: /q/health/live, port: 8083}}
                readinessProbe: {httpGet: {path: /q/health/ready, port: 8083}}
                resources: {requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 1, memory: 1Gi}}
                """);
        assertEquals(List.of("report: image 'report-service' is not registry/name:tag"), Checks.container("report", c, 8083));
    }

    @Test
    @DisplayName("credentials written in: an env password, a compose password, a Secret with data, a PEM key, a client secret")
    void inlineCredentials() throws Exception {
        JsonNode env = yaml("env: [{name: NPA_DB_PASSWORD, value: hunter2}, {name: NPA_DB_USER, valueFrom: {secretKeyRef: {name: x, key: username}}}]");
        assertEquals(1, Checks.noInlineCredentials("d", env).size());
        JsonNode compose = yaml("environment: {POSTGRES_PASSWORD: postgres, NPA_DB_PASSWORD: '${NPA_DB_PASSWORD:?set it}'}");
        assertEquals(List.of("d.environment.POSTGRES_PASSWORD: a literal credential ('postgres')"), Checks.noInlineCredentials("d", compose));
        assertEquals(1, Checks.noInlineCredentials("d", yaml("{kind: Secret, metadata: {name: s}, stringData: {password: ''}}")).size());
        assertTrue(Checks.noInlineCredentials("d", yaml("key: \"-----BEGIN PRIVATE KEY-----\\nMII\"")).get(0).contains("PEM"));
        assertEquals(1, Checks.noInlineCredentials("d", yaml("clients: [{clientId: bank, secret: s3cr3t}]")).size());
    }

    @Test
    @DisplayName("references are not credentials: secretKeyRef, secret names, file paths, interpolations")
    void references() throws Exception {
        JsonNode ok = yaml("""
                env: [{name: NPA_SERVICE_TOKEN_KEY, value: /etc/npa/service-token/private-key.pem}]
                volumes: [{secret: {secretName: npa-service-token}}]
                passwordSecret: {name: npa-report-db}
                environment: {NPA_DB_PASSWORD: '${NPA_REPORT_DB_PASSWORD:?set it in .env}'}
                """);
        assertEquals(List.of(), Checks.noInlineCredentials("d", ok));
    }
}
