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
        if (property.getAllOf() == null || property.getAllOf().size() != 1) {
            return;
        }
        String ref = ref(property.getAllOf().get(0));
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
            return;
        }
        // a scalar read from configuration (Quarkus' java.time schemas) may not answer getType(): those are strings
        List<Schema.SchemaType> types = new ArrayList<>(target == null || target.getType() == null || target.getType().isEmpty()
                ? List.of(Schema.SchemaType.STRING) : target.getType());
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        property.setType(types);
        property.setFormat(target != null && target.getFormat() != null ? target.getFormat() : FORMATS.get(name));
        if (target != null && target.getPattern() != null) {
            property.setPattern(target.getPattern());
        }
        property.setAllOf(null);
    }

    private static String ref(Schema schema) {
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        Object raw = schema instanceof BaseModel<?> model ? model.getAllProperties().get("$ref") : null;
        return raw == null ? null : raw.toString();
    }
}
