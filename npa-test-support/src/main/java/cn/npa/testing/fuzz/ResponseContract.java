package cn.npa.testing.fuzz;

import cn.npa.testing.ProblemAssertions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every answer to a hostile request must be: never a 5xx; a request id in the header (the caller's when it sent a
 * usable one); an error as problem+json with type, title, status, detail and the same request id, {@code errors[]} of
 * {rule, path, message} wherever the client has something to fix, nothing internal, and a 401 with one challenge.
 */
final class ResponseContract {

    /** Statuses where the client has something to fix, so the problem must say what in {@code errors[]}. */
    private static final Set<Integer> WITH_ERRORS = Set.of(400, 406, 413, 414, 415, 422);
    private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseContract() {
    }

    /** Every way the response breaks the contract; empty when it keeps it. */
    static List<String> violations(FuzzRequest request, HttpResponse<byte[]> response) {
        List<String> v = new ArrayList<>();
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            v.add("answered " + status);
        }
        Optional<String> id = response.headers().firstValue("X-Request-Id");
        String sent = request.headers().get("X-Request-Id");
        if (id.isEmpty()) {
            v.add("no X-Request-Id header");
        } else if (sent != null && USABLE_ID.matcher(sent).matches() && !sent.equals(id.get())) {
            v.add("X-Request-Id " + id.get() + " is not the one sent (" + sent + ")");
        }
        if (status < 400) {
            return v;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            v.add(status + " with Content-Type '" + type + "', not application/problem+json");
            return v;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            v.add(status + " with a body that is not JSON");
            return v;
        }
        if (problem == null || !problem.path("type").asText().startsWith("urn:npa:problem:")) {
            v.add("problem type is not urn:npa:problem:*");
            return v;
        }
        if (problem.path("title").asText().isBlank() || problem.path("detail").asText().isBlank()) {
            v.add("problem without title or detail");
        }
        if (problem.path("status").asInt() != status) {
            v.add("problem status " + problem.path("status") + " differs from " + status);
        }
        if (id.isPresent() && !id.get().equals(problem.path("requestId").asText())) {
            v.add("problem requestId '" + problem.path("requestId").asText() + "' differs from the header " + id.get());
        }
        if (WITH_ERRORS.contains(status)) {
            errors(problem.path("errors"), status, v);
        }
        if (status == 401 && response.headers().allValues("WWW-Authenticate").size() != 1) {
            v.add("401 with " + response.headers().allValues("WWW-Authenticate").size() + " WWW-Authenticate headers");
        }
        ProblemAssertions.leak(body).ifPresent(leak -> v.add("the body leaks internals (" + leak + ")"));
        return v;
    }

    private static void errors(JsonNode errors, int status, List<String> v) {
        if (!errors.isArray() || errors.isEmpty()) {
            v.add(status + " without errors[]");
            return;
        }
        for (JsonNode e : errors) {
            if (e.path("rule").asText().isBlank() || !e.path("path").isTextual() || e.path("message").asText().isBlank()) {
                v.add("an errors[] entry without rule, path or message: " + e);
            }
        }
    }
}
