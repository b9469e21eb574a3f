package cn.npa.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The rightful request of an operation that every hostile case departs from: parameter values by name (absent
 * optional parameters are left out), the media type and body (JSON as a tree, other types as text) and a token.
 */
public record Baseline(Map<String, String> params, String contentType, JsonNode json, String text, String token) {

    public boolean hasBody() {
        return json != null || text != null;
    }
}
