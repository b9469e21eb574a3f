package cn.npa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that an error response is a clean RFC 9457 problem: right status, right media type, nothing internal leaked. */
public final class ProblemAssertions {

    /** Traces of internals that must never reach a caller. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("Exception"), Pattern.compile("\\bat [a-z]+\\.[a-z]"), Pattern.compile("\\bjava\\."),
            Pattern.compile("\\borg\\.(hibernate|jboss|postgresql)"), Pattern.compile("\\bio\\.(quarkus|vertx|smallrye)"),
            Pattern.compile("\\bcn\\.npa\\."), Pattern.compile("(?i)\\bselect .* from\\b"), Pattern.compile("SQLState"),
            Pattern.compile("\\bcom\\.fasterxml"), Pattern.compile("\\bjakarta\\."), Pattern.compile("[A-Z][A-Za-z]+Feature\\.[A-Z_]{3,}"),
            Pattern.compile("StreamReadConstraints|StreamWriteConstraints|JsonNode|JsonParser|ObjectMapper|MismatchedInput"));

    private ProblemAssertions() {
    }

    /** Asserts the problem shape and returns the response for further checks. */
    public static Response assertProblem(Response response, int status) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), "status of: " + body);
        String type = response.contentType();
        assertTrue(type != null && type.startsWith("application/problem+json"), "content type was " + type + " for " + body);
        assertTrue(response.jsonPath().getString("type").startsWith("urn:npa:problem:"), body);
        assertNotNull(response.jsonPath().getString("title"), body);
        assertEquals(status, response.jsonPath().getInt("status"), body);
        leak(body).ifPresent(leak -> assertFalse(true, "the body leaks internals (" + leak + "): " + body));
        return response;
    }

    /** The first trace of internals in a response body, if any. */
    public static Optional<String> leak(String body) {
        return LEAKS.stream().filter(p -> p.matcher(body).find()).map(Pattern::pattern).findFirst();
    }
}
