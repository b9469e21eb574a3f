package cn.npa.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One operation of a served OpenAPI document: method, path template, parameters, the body it reads per media type
 * (schema and first example, both resolved) and the roles its security requirement names.
 */
public record ApiOperation(String method, String path, List<ApiParameter> parameters, Map<String, Body> bodies,
                           List<String> roles) {

    /** The body an operation reads in one media type. */
    public record Body(JsonNode schema, JsonNode example) {
    }

    /** {@code "METHOD /path/{template}"}, as the security matrix names operations. */
    public String key() {
        return method + " " + path;
    }

    /** Whether the operation may change stored data (anything but GET and HEAD). */
    public boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    public boolean readsBody() {
        return !bodies.isEmpty();
    }
}
