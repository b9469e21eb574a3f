package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A position in the JSON tree that reads typed fields, remembers which names it was asked for and so can report
 * unknown fields (V7). A broken cursor (over a value that was not an object) answers {@code null} silently,
 * because its one problem has already been reported.
 */
final class Cursor {

    static final RuleId STRUCTURE = RuleId.V7;

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    private Cursor(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Reads a whole document object with {@code reader}, then reports its unknown top-level fields. */
    static <T> T document(JsonNode root, Problems problems, Function<Cursor, T> reader) {
        Cursor c = new Cursor(root, "$", problems);
        T result = reader.apply(c);
        c.rejectUnknown();
        return result;
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    /** Reads a nested object with {@code reader}; {@code null} when absent or not an object. */
    <T> T object(String field, boolean required, Function<Cursor, T> reader) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            problems.add(STRUCTURE, path + "." + field, "must be an object {…}, not " + kindOf(v));
            return null;
        }
        return readObject(v, path + "." + field, reader);
    }

    /** Reads an array of objects; an element that is no object still yields a row (of nulls) so sums stay honest. */
    <T> List<T> list(String field, boolean required, Function<Cursor, T> reader) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            problems.add(STRUCTURE, path + "." + field, "must be an array […], not " + kindOf(v));
            return null;
        }
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String at = path + "." + field + "[" + i + "]";
            JsonNode e = v.get(i);
            if (!e.isObject()) {
                problems.add(STRUCTURE, at, "must be an object {…}, not " + kindOf(e));
                rows.add(reader.apply(new Cursor(MissingNode.getInstance(), at, problems)));
            } else {
                rows.add(readObject(e, at, reader));
            }
        }
        return rows;
    }

    BigDecimal amount(String field, boolean required) {
        JsonNode v = value(field, required);
        return v == null ? null : Amounts.read(v, path + "." + field, problems);
    }

    BigDecimal ratio(String field, boolean required) {
        JsonNode v = value(field, required);
        return v == null ? null : Amounts.ratio(v, path + "." + field, problems);
    }

    String text(String field, boolean required, int maxLength) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(STRUCTURE, path + "." + field, "must be text in quotes, not " + kindOf(v));
            return null;
        }
        String s = v.textValue().strip();
        if (s.isEmpty() && required) {
            problems.add(STRUCTURE, path + "." + field, "must not be empty");
            return null;
        }
        if (s.length() > maxLength) {
            problems.add(STRUCTURE, path + "." + field, "is longer than " + maxLength + " characters");
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    /**
     * Reads an identifier (a code, a period, a type, an enumerated value) exactly as sent: unlike a free text it is not
     * stripped, so that " 2025-06" or "LC0001\n" is refused (V7) instead of being indexed under one form and stored
     * in another (issue 16).
     */
    String code(String field, boolean required, int maxLength) {
        JsonNode v = value(field, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(STRUCTURE, path + "." + field, "must be text in quotes, not " + kindOf(v));
            return null;
        }
        String s = v.textValue();
        if (s.isBlank()) {
            if (required) {
                problems.add(STRUCTURE, path + "." + field, "must not be empty");
            }
            return null;
        }
        if (!s.equals(s.strip())) {
            problems.add(STRUCTURE, path + "." + field, "'" + clip(s) + "' must not start or end with blank space or a line break");
            return null;
        }
        if (s.length() > maxLength) {
            problems.add(STRUCTURE, path + "." + field, "is longer than " + maxLength + " characters");
            return null;
        }
        return s;
    }

    Boolean bool(String field) {
        JsonNode v = value(field, false);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problems.add(STRUCTURE, path + "." + field, "must be true or false, not " + kindOf(v));
            return null;
        }
        return v.booleanValue();
    }

    Integer year(String field) {
        JsonNode v = value(field, true);
        if (v == null) {
            return null;
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.asInt() < 1900 || v.asInt() > 2999) {
            problems.add(STRUCTURE, path + "." + field, "must be a year such as 2024, not " + kindOf(v));
            return null;
        }
        return v.asInt();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String s = code(field, true, 60);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(STRUCTURE, path + "." + field, "'" + s + "' is not one of " + List.of(type.getEnumConstants()));
        return null;
    }

    /** Marks a field as known without reading it (a section the report type does not carry, reported elsewhere). */
    boolean has(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    private void rejectUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(STRUCTURE, path + "." + clip(name), "'" + clip(name) + "' is not a field of this part of the report");
            }
        }
    }

    private <T> T readObject(JsonNode v, String at, Function<Cursor, T> reader) {
        Cursor child = new Cursor(v, at, problems);
        T result = reader.apply(child);
        child.rejectUnknown();
        return result;
    }

    /** The field's value, or {@code null} (after a V7 problem when required) when absent or JSON null. */
    private JsonNode value(String field, boolean required) {
        known.add(field);
        if (node.isMissingNode()) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(STRUCTURE, path + "." + field, field + " is required");
            }
            return null;
        }
        return v;
    }

    static String kindOf(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "text";
            case BOOLEAN -> "true/false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case NULL -> "null";
            default -> "this value";
        };
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
