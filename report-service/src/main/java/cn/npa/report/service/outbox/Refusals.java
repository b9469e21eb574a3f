package cn.npa.report.service.outbox;

import cn.npa.report.domain.outbox.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads a receiver's refusal: its problem+json title, detail and rule ids, or the status alone if the body is no problem. */
final class Refusals {

    private Refusals() {
    }

    static Refusal of(int status, String body, ObjectMapper json) {
        String title = null;
        String detail = null;
        List<String> rules = new ArrayList<>();
        try {
            JsonNode problem = body == null || body.isBlank() ? null : json.readTree(body);
            if (problem != null && problem.isObject()) {
                title = problem.path("title").asText(null);
                detail = problem.path("detail").asText(null);
                problem.path("errors").forEach(e -> {
                    String rule = e.path("rule").asText("");
                    if (!rule.isEmpty() && !rules.contains(rule)) {
                        rules.add(rule);
                    }
                });
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            // a body that is no problem+json (a proxy's HTML page, say): the status alone is the reason
        }
        return new Refusal(status, title, detail, rules);
    }
}
