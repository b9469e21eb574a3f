package cn.npa.submission.client;

import cn.npa.submission.domain.outbox.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Sends a batch of events to the report service's feed in one call, with a timeout and a couple of quick retries of
 * the same call (the receiver is idempotent by event id); the outbox retries later whatever is not acknowledged.
 */
@ApplicationScoped
public class ReportServiceNotifier {

    /** The longest an error text of one event is kept (the outbox column holds 500 characters). */
    private static final int ERROR_CHARS = 500;

    private final ReportServiceApi api;
    private final ObjectMapper json;

    public ReportServiceNotifier(@RestClient ReportServiceApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /**
     * Posts {@code events} (a JSON array as text) with a service token and reads the answer. Any other status comes
     * back as it is, not retried; no answer at all (down, timeout) and a 200 whose body cannot be read are exceptions,
     * retried twice, then left to the caller.
     */
    @Timeout(30_000)
    @Retry(maxRetries = 2, delay = 200)
    public FeedAnswer deliver(String events, String token) {
        try (Response r = api.feed("Bearer " + token, events)) {
            if (r.getStatus() != 200) {
                return new FeedAnswer(r.getStatus(), List.of(), refusal(r));
            }
            return new FeedAnswer(200, results(r.readEntity(String.class)), null);
        } catch (WebApplicationException refused) {
            // the client's default mapper turns a 4xx/5xx into this: an answer, not a failure to reach the service
            return new FeedAnswer(refused.getResponse().getStatus(), List.of(), refusal(refused.getResponse()));
        }
    }

    /** What a non-200 answer says: its problem+json title, detail and rule ids, or the status alone if its body is not one. */
    private Refusal refusal(Response r) {
        String title = null;
        String detail = null;
        List<String> rules = new ArrayList<>();
        try {
            JsonNode problem = r.hasEntity() ? json.readTree(r.readEntity(String.class)) : null;
            if (problem != null && problem.isObject()) {
                title = cut(problem.path("title").asText(null), 200);
                detail = cut(problem.path("detail").asText(null), 1000);
                problem.path("errors").forEach(e -> {
                    String rule = e.path("rule").asText("");
                    if (!rule.isEmpty() && !rules.contains(rule)) {
                        rules.add(rule);
                    }
                });
            }
        } catch (IOException | RuntimeException unreadable) {
            // a body that is no problem+json (a proxy's HTML page, say): the status alone is the reason
        }
        return new Refusal(r.getStatus(), title, detail, rules);
    }

    private static String cut(String text, int chars) {
        return text == null || text.length() <= chars ? text : text.substring(0, chars);
    }

    /** The {@code results} of a 200 answer: {@code {"results":[{"eventId","outcome","errors":[{rule,path,message}]}]}}. */
    private List<FeedOutcome> results(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the report service's answer is not JSON: " + e.getMessage(), e);
        }
        JsonNode results = root == null ? null : root.get("results");
        if (results == null || !results.isArray()) {
            throw new IllegalStateException("the report service's answer has no results array");
        }
        List<FeedOutcome> out = new ArrayList<>(results.size());
        for (JsonNode r : results) {
            List<String> rules = new ArrayList<>();
            r.path("errors").forEach(e -> {
                if (e.hasNonNull("rule") && !rules.contains(e.get("rule").asText())) {
                    rules.add(e.get("rule").asText());
                }
            });
            out.add(new FeedOutcome(r.path("eventId").asText(null), r.path("outcome").asText(null), errors(r.path("errors")), rules));
        }
        return out;
    }

    /** The errors of one result as one line ("EVENT $.period: not a period; ..."), or null when there are none. */
    private static String errors(JsonNode errors) {
        if (!errors.isArray() || errors.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode e : errors) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(e.path("rule").asText("")).append(' ').append(e.path("path").asText("")).append(": ")
                    .append(e.path("message").asText(e.toString()));
        }
        return text.length() <= ERROR_CHARS ? text.toString() : text.substring(0, ERROR_CHARS);
    }
}
