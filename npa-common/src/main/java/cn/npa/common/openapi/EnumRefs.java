package cn.npa.common.openapi;

import io.smallrye.openapi.model.BaseModel;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Drops the {@code type: object} SmallRye puts beside a property's {@code $ref} to a scalar schema (an enum given with
 * {@code @Schema(implementation = ...)} on a String component). Written as OpenAPI 3.0 that became {@code type: object,
 * allOf: [$ref: ReportType]}, which no string satisfies; without it the property is the reference itself, which
 * validators check as the enum and generated clients type as the enum.
 */
final class EnumRefs {

    private static final String PREFIX = "#/components/schemas/";

    private EnumRefs() {
    }

    static void untype(Map<String, Schema> components) {
        components.values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> untypeOne(p, components));
            }
        });
    }

    private static void untypeOne(Schema property, Map<String, Schema> components) {
        if (!List.of(Schema.SchemaType.OBJECT).equals(property.getType())) {
            return;
        }
        String ref = ref(property);
        Schema target = ref == null ? null : components.get(ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : ref);
        boolean scalar = target != null && target.getType() != null && !target.getType().isEmpty()
                && !target.getType().contains(Schema.SchemaType.OBJECT) && !target.getType().contains(Schema.SchemaType.ARRAY);
        if (scalar) {
            property.setType(null);
        }
    }

    private static String ref(Schema schema) {
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        Object raw = schema instanceof BaseModel<?> model ? model.getAllProperties().get("$ref") : null;
        return raw == null ? null : raw.toString();
    }
}
