package cn.npa.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The essentials a manifest must keep, as functions that return every problem found (so a test can show both that the
 * real files pass and that a rotten file is caught).
 */
final class Checks {

    /** Field names whose value is a credential: only a reference may stand there. */
    private static final Pattern CREDENTIAL_FIELD = Pattern.compile("(?i).*(password|passwd|secret|credential|private.?key|access.?key).*");
    /** Field names that name where a credential is kept (secretName, passwordSecretRef), not the credential. */
    private static final Pattern NAMES_A_SECRET = Pattern.compile("(?i).*(name|ref)$");
    /** A compose interpolation (the value comes from the environment or .env), e.g. {@code ${DB_PASSWORD:?set it}}. */
    private static final Pattern INTERPOLATION = Pattern.compile("^\\$\\{[A-Z0-9_]+(:?[-?][^}]*)?}$");

    private Checks() {
    }

    /** Probes on /q/health/live and /q/health/ready at the container's port, and requests and limits of cpu and memory. */
    static List<String> container(String where, JsonNode container, int port) {
        List<String> problems = new ArrayList<>();
        if (!container.path("image").asText().matches("[a-z0-9.-]+(:[0-9]+)?/[a-z0-9/_.-]+:[A-Za-z0-9_.-]+")) {
            problems.add(where + ": image '" + container.path("image").asText() + "' is not registry/name:tag");
        }
        boolean exposes = false;
        for (JsonNode p : container.path("ports")) {
            exposes |= p.path("containerPort").asInt() == port;
        }
        if (!exposes) {
            problems.add(where + ": no containerPort " + port);
        }
        probe(where, container, "livenessProbe", "/q/health/live", port, problems);
        probe(where, container, "readinessProbe", "/q/health/ready", port, problems);
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (container.path("resources").path(kind).path(resource).asText().isBlank()) {
                    problems.add(where + ": no resources." + kind + "." + resource);
                }
            }
        }
        return problems;
    }

    private static void probe(String where, JsonNode c, String name, String path, int port, List<String> problems) {
        JsonNode get = c.path(name).path("httpGet");
        if (!path.equals(get.path("path").asText()) || get.path("port").asInt() != port) {
            problems.add(where + ": " + name + " is not GET " + path + " on port " + port);
        }
    }

    /**
     * No credential written in a file: a credential-named field holds only a reference (an object such as a
     * secretKeyRef, or a compose interpolation); an environment entry named like a credential has no literal value;
     * no Secret carries data; no PEM key anywhere.
     */
    static List<String> noInlineCredentials(String where, JsonNode node) {
        List<String> problems = new ArrayList<>();
        walk(where, node, problems);
        return problems;
    }

    private static void walk(String path, JsonNode node, List<String> problems) {
        if (node.isTextual()) {
            if (node.asText().contains("-----BEGIN")) {
                problems.add(path + ": a PEM key written inline");
            }
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if ("Secret".equals(node.path("kind").asText()) && (node.has("data") || node.has("stringData"))) {
            problems.add(path + ": a Secret with its values");
        }
        // Kubernetes env entry {name: X_PASSWORD, value: ...}
        if (node.has("name") && node.has("value") && CREDENTIAL_FIELD.matcher(node.path("name").asText()).matches()
                && !reference(node.get("value"))) {
            problems.add(path + ": env " + node.path("name").asText() + " has a literal value (use valueFrom.secretKeyRef)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (CREDENTIAL_FIELD.matcher(f.getKey()).matches() && !NAMES_A_SECRET.matcher(f.getKey()).matches()
                    && f.getValue().isValueNode() && !reference(f.getValue())) {
                problems.add(path + "." + f.getKey() + ": a literal credential ('" + f.getValue().asText() + "')");
            }
            walk(path + "." + f.getKey(), f.getValue(), problems);
        }
    }

    /**
     * A value that names where a credential is, not the credential: an interpolation, a mounted file's path, or a
     * boolean or empty value (a flag such as serviceAccountsEnabled is not a secret).
     */
    private static boolean reference(JsonNode value) {
        if (!value.isTextual()) {
            return true;
        }
        String v = value.asText();
        return v.isEmpty() || INTERPOLATION.matcher(v).matches() || v.startsWith("/") || v.startsWith("file:")
                || v.equals("true") || v.equals("false");
    }
}
