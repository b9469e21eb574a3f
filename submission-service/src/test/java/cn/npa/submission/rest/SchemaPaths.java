package cn.npa.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Names the properties of OpenAPI 3.0 schemas ($ref and allOf followed) and of documents as paths like $.loans.clients[].name. */
final class SchemaPaths {

    private final JsonNode schemas;

    SchemaPaths(JsonNode openApi) {
        this.schemas = openApi.path("components").path("schemas");
    }

    /** The named component schema. */
    JsonNode named(String name) {
        JsonNode s = schemas.get(name);
        if (s == null) {
            throw new AssertionError("no schema " + name + " in components.schemas");
        }
        return s;
    }

    /** The schema with its references followed and its allOf parts collected: the schema itself first. */
    List<JsonNode> parts(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        collect(schema, out);
        return out;
    }

    /** Properties of an object schema, over all its parts. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode part : parts(schema)) {
            part.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Required property names of an object schema, over all its parts. */
    Set<String> required(JsonNode schema) {
        Set<String> out = new LinkedHashSet<>();
        parts(schema).forEach(p -> p.path("required").forEach(n -> out.add(n.asText())));
        return out;
    }

    /** The declared type ("object", "array", "string", ...) or "" when none of the parts declares one. */
    String type(JsonNode schema) {
        return parts(schema).stream().map(p -> p.path("type").asText("")).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    /** The item schema of an array schema. */
    JsonNode items(JsonNode schema) {
        return parts(schema).stream().map(p -> p.get("items")).filter(i -> i != null).findFirst()
                .orElseThrow(() -> new AssertionError("array schema without items: " + schema));
    }

    /** Every property path the schema describes, below {@code path}. */
    Set<String> of(JsonNode schema, String path) {
        Set<String> out = new TreeSet<>();
        walk(schema, path, out);
        return out;
    }

    /** Every object schema below and including {@code schema}, by path (array elements as {@code []}). */
    Map<String, JsonNode> objects(JsonNode schema, String path) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        objects(schema, path, out);
        return out;
    }

    /** Whether the schema, in one of its parts, declares {@code additionalProperties: false}. */
    boolean closed(JsonNode schema) {
        return parts(schema).stream().anyMatch(p -> p.path("additionalProperties").isBoolean()
                && !p.path("additionalProperties").booleanValue());
    }

    /** Every property path a JSON document uses (array elements as {@code []}). */
    static Set<String> in(JsonNode doc, String path) {
        Set<String> out = new TreeSet<>();
        walkDoc(doc, path, out);
        return out;
    }

    private void walk(JsonNode schema, String path, Set<String> out) {
        properties(schema).forEach((name, child) -> {
            String p = path + "." + name;
            out.add(p);
            descend(child, p, out);
        });
    }

    private void descend(JsonNode schema, String path, Set<String> out) {
        switch (type(schema)) {
            case "object" -> walk(schema, path, out);
            case "array" -> descend(items(schema), path + "[]", out);
            default -> {
            }
        }
    }

    private void objects(JsonNode schema, String path, Map<String, JsonNode> out) {
        switch (type(schema)) {
            case "object" -> {
                out.put(path, schema);
                properties(schema).forEach((name, child) -> objects(child, path + "." + name, out));
            }
            case "array" -> objects(items(schema), path + "[]", out);
            default -> {
            }
        }
    }

    private static void walkDoc(JsonNode doc, String path, Set<String> out) {
        if (doc.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                out.add(p);
                walkDoc(e.getValue(), p, out);
            }
        } else if (doc.isArray()) {
            doc.forEach(e -> walkDoc(e, path + "[]", out));
        }
    }

    private void collect(JsonNode schema, List<JsonNode> out) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = named(ref.substring(ref.lastIndexOf('/') + 1));
        }
        out.add(s);
        s.path("allOf").forEach(p -> collect(p, out));
    }
}
