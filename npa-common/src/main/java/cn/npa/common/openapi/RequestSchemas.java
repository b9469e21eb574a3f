package cn.npa.common.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The component schemas a request body uses, directly or through references: their optional fields stay optional. */
final class RequestSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private RequestSchemas() {
    }

    static Set<String> reachable(OpenAPI api) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                        && op.getRequestBody().getContent().getMediaTypes() != null) {
                    for (MediaType media : op.getRequestBody().getContent().getMediaTypes().values()) {
                        if (media.getSchema() != null) {
                            todo.add(media.getSchema());
                        }
                    }
                }
            }));
        }
        return reachableFrom(todo, api.getComponents().getSchemas());
    }

    /** The names of the component schemas the given schemas refer to, directly or through other components. */
    static Set<String> reachableFrom(Deque<Schema> todo, Map<String, Schema> named) {
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null) {
                String name = s.getRef().startsWith(PREFIX) ? s.getRef().substring(PREFIX.length()) : s.getRef();
                if (seen.add(name) && named != null && named.get(name) != null) {
                    todo.add(named.get(name));
                }
                continue;
            }
            if (s.getProperties() != null) {
                todo.addAll(s.getProperties().values());
            }
            if (s.getItems() != null) {
                todo.add(s.getItems());
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                todo.add(s.getAdditionalPropertiesSchema());
            }
            for (var list : new java.util.List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
                if (list != null) {
                    list.forEach(x -> todo.add((Schema) x));
                }
            }
        }
        return seen;
    }
}
