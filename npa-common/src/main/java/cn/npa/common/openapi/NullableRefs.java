package cn.npa.common.openapi;

import io.smallrye.openapi.model.BaseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.logging.Logger;

/**
 * Inlines the scalar schema (a date, a time, a UUID) that a property refers to through {@code allOf}. OpenAPI 3.0 writes
 * a nullable such property as {@code nullable: true, allOf: [$ref]}, which validators read as "must match the
 * referenced schema", so a {@code null} fails; {@code type: string, format: date-time, nullable: true} says what is meant.
 */
final class NullableRefs {

    private static final Logger LOG = Logger.getLogger(NullableRefs.class);
    private static final String PREFIX = "#/components/schemas/";
    /** The formats of the scalar schemas Quarkus names after their Java types. */
    private static final Map<String, String> FORMATS = Map.of("Instant", "date-time", "OffsetDateTime", "date-time",
            "ZonedDateTime", "date-time", "LocalDateTime", "date-time", "LocalDate", "date", "UUID", "uuid");

    private NullableRefs() {
    }

    static void inline(Map<String, Schema> components) {
        components.forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((field, p) -> inlineOne(name + "." + field, p, components));
            }
        });
    }

    private static void inlineOne(String where, Schema property, Map<String, Schema> components) {
        // In the model (OpenAPI 3.1 style) a nullable reference is {$ref, type: [.., null]}; the 3.0 writer turns it
        // into allOf: [$ref] with nullable: true. Both forms are inlined.
        boolean nullable = property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)
                || Boolean.TRUE.equals(raw(property, "nullable"));
        String ref;
        if (property.getAllOf() != null && property.getAllOf().size() == 1) {
            ref = ref(property.getAllOf().get(0));
        } else if (nullable && ref(property) != null) {
            ref = ref(property);
        } else {
            return;
        }
        String name = ref == null ? null : ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : ref;
        Schema target = name == null ? null : components.get(name);
        if (target == null && !FORMATS.containsKey(name)) {
            LOG.debugf("%s: allOf %s is not a component schema; left as is", where, ref);
            return;
        }
        boolean composite = target != null && (target.getItems() != null
                || target.getProperties() != null && !target.getProperties().isEmpty()
                || target.getType() != null && (target.getType().contains(Schema.SchemaType.OBJECT)
                        || target.getType().contains(Schema.SchemaType.ARRAY)));
        if (composite) {
            if (nullable && target.getProperties() != null && !target.getProperties().isEmpty()) {
                // a nullable object: its own copy, since "allOf: [$ref]" refuses the null
                property.setType(new ArrayList<>(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL)));
                property.setProperties(new java.util.LinkedHashMap<>(target.getProperties()));
                property.setRequired(target.getRequired() == null ? null : new ArrayList<>(target.getRequired()));
                property.setAllOf(null);
                property.setRef(null);
            }
            return;
        }
        // a scalar read from configuration (Quarkus' java.time schemas) may not answer getType(): those are strings
        List<Schema.SchemaType> types = new ArrayList<>(target == null || target.getType() == null || target.getType().isEmpty()
                ? List.of(Schema.SchemaType.STRING) : target.getType());
        if (nullable) {
            types.add(Schema.SchemaType.NULL);
        }
        property.setType(types);
        property.setFormat(target != null && target.getFormat() != null ? target.getFormat() : FORMATS.get(name));
        if (target != null && target.getPattern() != null) {
            property.setPattern(target.getPattern());
        }
        property.setAllOf(null);
        property.setRef(null);
    }

    private static String ref(Schema schema) {
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        Object raw = raw(schema, "$ref");
        return raw == null ? null : raw.toString();
    }

    /** A property of the model as SmallRye stores it, where the typed getters may not answer (e.g. a 3.0 nullable). */
    private static Object raw(Schema schema, String name) {
        return schema instanceof BaseModel<?> model ? model.getAllProperties().get(name) : null;
    }
}
