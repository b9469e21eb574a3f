package cn.npa.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A plausible JSON value for a schema, for operations whose document gives no example: every property filled, the
 * service's sample value where it names one for the field, else a value of the schema's type and format.
 */
final class JsonSkeleton {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private final UnaryOperator<JsonNode> resolve;
    private final Map<String, String> samples;

    JsonSkeleton(UnaryOperator<JsonNode> resolve, Map<String, String> samples) {
        this.resolve = resolve;
        this.samples = samples;
    }

    JsonNode of(JsonNode schema) {
        return of(null, schema, 0);
    }

    private JsonNode of(String field, JsonNode raw, int depth) {
        JsonNode schema = resolve.apply(raw);
        if (field != null && samples.containsKey(field) && !"array".equals(schema.path("type").asText())) {
            return typed(samples.get(field), schema);
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (depth < MAX_DEPTH) {
                    a.add(of(field, schema.path("items"), depth + 1));
                }
                yield a;
            }
            case "integer" -> F.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() + (schema.path("exclusiveMinimum").isNumber() ? 1 : 0) : 1);
            case "number" -> F.numberNode(new java.math.BigDecimal("1.50"));
            case "boolean" -> F.booleanNode(false);
            case "string" -> F.textNode(string(schema));
            default -> F.objectNode();
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode o = F.objectNode();
        if (depth >= MAX_DEPTH) {
            return o;
        }
        schema.path("properties").fields().forEachRemaining(p -> o.set(p.getKey(), of(p.getKey(), p.getValue(), depth + 1)));
        return o;
    }

    private static JsonNode typed(String sample, JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> F.numberNode(new java.math.BigDecimal(sample));
            case "boolean" -> F.booleanNode(Boolean.parseBoolean(sample));
            default -> F.textNode(sample);
        };
    }

    /** A string of the schema's format: the values a generated client would send. */
    static String string(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "date" -> "2026-06-30";
            case "date-time" -> "2026-06-30T10:00:00+08:00";
            case "uuid" -> "00000000-0000-4000-8000-000000000016";
            case "binary" -> "";
            default -> schema.has("pattern") && schema.get("pattern").asText().contains("A-Z0-9-") ? "LC0001" : "x";
        };
    }
}
