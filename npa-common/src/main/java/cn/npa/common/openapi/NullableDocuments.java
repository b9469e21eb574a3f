package cn.npa.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks nullable every property (but lists) of the named document schemas and of every schema they reach. A stored
 * document (an analysis or assessment report) is written by Jackson with its nulls, and a null there says "undefined"
 * (no previous period, a zero base, a section a monthly document has not), so its schema must admit them; lists are
 * always written, empty when there is nothing.
 */
final class NullableDocuments {

    private static final String PREFIX = "#/components/schemas/";

    private NullableDocuments() {
    }

    static void mark(Map<String, Schema> components, Collection<String> roots) {
        Deque<Schema> todo = new ArrayDeque<>();
        for (String root : roots) {
            Schema schema = components.get(root);
            if (schema == null) {
                throw new IllegalStateException("npa.openapi.nullable-documents names " + root + ", which is no schema of the document");
            }
            todo.add(OASFactory.createSchema().ref(PREFIX + root));
        }
        Set<String> reachable = RequestSchemas.reachableFrom(todo, components);
        for (String name : reachable) {
            Schema schema = components.get(name);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> nullable(p, components));
            }
        }
    }

    private static void nullable(Schema property, Map<String, Schema> components) {
        List<Schema.SchemaType> types = property.getType() == null ? new ArrayList<>() : new ArrayList<>(property.getType());
        if (types.contains(Schema.SchemaType.ARRAY) || types.contains(Schema.SchemaType.NULL)) {
            return;
        }
        String ref = property.getRef() != null ? property.getRef()
                : property.getAllOf() != null && property.getAllOf().size() == 1 ? property.getAllOf().get(0).getRef() : null;
        if (ref != null) {
            Schema target = components.get(ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : ref);
            // an enum is always there (a kind, a basis), and a null would not be one of its values
            if (target == null || target.getEnumeration() != null && !target.getEnumeration().isEmpty()
                    || target.getType() != null && target.getType().contains(Schema.SchemaType.ARRAY)) {
                return;
            }
        } else if (property.getProperties() != null) {
            property.getProperties().values().forEach(p -> nullable(p, components));
        }
        if (property.getEnumeration() != null && !property.getEnumeration().isEmpty()) {
            return;
        }
        types.add(Schema.SchemaType.NULL);
        property.setType(types);
    }
}
