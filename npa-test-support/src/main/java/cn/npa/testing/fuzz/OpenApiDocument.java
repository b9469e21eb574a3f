package cn.npa.testing.fuzz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The service's served OpenAPI document ({@code /q/openapi?format=json}), read into the operations under {@code /api/}. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** The document the service under test serves now. */
    public static OpenApiDocument served() {
        String text = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            return new OpenApiDocument(JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("the served OpenAPI document is not JSON", e);
        }
    }

    /** Every operation under /api/, in the document's order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> ops = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().startsWith("/api/")) {
                return;
            }
            p.getValue().fields().forEachRemaining(m -> {
                if (METHODS.contains(m.getKey())) {
                    ops.add(operation(m.getKey().toUpperCase(), p.getKey(), m.getValue(), p.getValue().path("parameters")));
                }
            });
        });
        return ops;
    }

    private ApiOperation operation(String method, String path, JsonNode op, JsonNode shared) {
        List<ApiParameter> params = new ArrayList<>();
        for (JsonNode list : List.of(shared, op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                params.add(new ApiParameter(param.path("name").asText(), param.path("in").asText(), resolve(param.path("schema")),
                        param.path("required").asBoolean(false) || "path".equals(param.path("in").asText())));
            }
        }
        Map<String, ApiOperation.Body> bodies = new LinkedHashMap<>();
        resolve(op.path("requestBody")).path("content").fields().forEachRemaining(c ->
                bodies.put(c.getKey(), new ApiOperation.Body(resolve(c.getValue().path("schema")), example(c.getValue()))));
        // the roles an operation admits are listed in x-npa-roles (cn.npa.common.openapi.ContractDocument)
        List<String> roles = new ArrayList<>();
        op.path("x-npa-roles").forEach(r -> roles.add(r.asText()));
        return new ApiOperation(method, path, List.copyOf(params), bodies, List.copyOf(roles));
    }

    private JsonNode example(JsonNode content) {
        if (content.has("example")) {
            return content.get("example");
        }
        Iterator<JsonNode> examples = content.path("examples").elements();
        return examples.hasNext() ? resolve(examples.next()).path("value") : MissingNode.getInstance();
    }

    /** Follows a local {@code $ref} (to any depth); other nodes come back as they are. */
    public JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int hops = 0; hops < 20 && n.has("$ref"); hops++) {
            String ref = n.get("$ref").asText();
            n = ref.startsWith("#") ? root.at(ref.substring(1)) : MissingNode.getInstance();
        }
        return n;
    }
}
