package cn.npa.common.openapi;

import io.smallrye.openapi.model.BaseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/** The scopes of a security requirement, which Quarkus fills with the roles of {@code @RolesAllowed}. */
final class ScopeLists {

    private ScopeLists() {
    }

    /**
     * Every scope the requirement names. SmallRye's model answers {@code getSchemes()} only with values of the exact
     * List type it expects, and the scanner stores the roles otherwise, so the raw properties are read as well.
     */
    static List<String> of(SecurityRequirement requirement) {
        List<String> scopes = new ArrayList<>();
        Map<String, ?> raw = requirement instanceof BaseModel<?> model ? model.getAllProperties() : requirement.getSchemes();
        if (raw != null) {
            raw.values().forEach(v -> add(v, scopes));
        }
        return scopes;
    }

    private static void add(Object value, List<String> scopes) {
        if (value instanceof Iterable<?> many) {
            many.forEach(v -> add(v, scopes));
        } else if (value instanceof Object[] many) {
            for (Object v : many) {
                add(v, scopes);
            }
        } else if (value != null && !scopes.contains(value.toString())) {
            scopes.add(value.toString());
        }
    }
}
