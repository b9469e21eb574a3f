package cn.npa.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.util.Collection;

/** Turns Jackson's reference chain into a JSON path such as {@code $.loans[3].balance}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Names a Java target type in JSON terms, so no class name reaches the caller. */
    static String describe(Class<?> type) {
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return type.isEnum() ? "one of the allowed values" : "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.getName().startsWith("java.time")) {
            return "a date in ISO format (YYYY-MM-DD)";
        }
        return "an object";
    }
}
