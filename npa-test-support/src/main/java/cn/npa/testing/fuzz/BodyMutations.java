package cn.npa.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hostile versions of a JSON body: one value replaced, one field removed or added, or the whole body swapped. */
final class BodyMutations {

    private static final JsonMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String MARK = "@@HOSTILE@@";

    /** Whole bodies that are no JSON document of any schema. */
    private static final List<String> WHOLE = List.of("", " ", "null", "[]", "{}", "{", "}", "{\"a\":1} {}", "{} []", "{\"a\":1,\"a\":2}",
            "\"text\"", "123", "1e999999999", "true", "\ufeff{}", "{'a':1}", "{a:1}", "[1,]", "{\"a\":1,}", "/* c */ {}",
            HostileValues.deepArrays(5000), HostileValues.deepObjects(5000), "\u0000", "{\"\\ud800\":1}");

    private BodyMutations() {
    }

    /** A body with one value replaced: a hostile text, a raw hostile JSON value, or the old text padded. */
    static Mutated replaceValue(JsonNode base, Random random) {
        List<String> pointers = pointers(base);
        if (pointers.isEmpty()) {
            return whole(random);
        }
        String pointer = HostileValues.pick(pointers, random);
        JsonNode old = base.at(pointer);
        String raw;
        int roll = random.nextInt(10);
        if (roll < 4) {
            raw = HostileValues.jsonString(HostileValues.pick(HostileValues.STRINGS, random));
        } else if (roll < 8 || !old.isTextual()) {
            raw = HostileValues.pick(HostileValues.JSON, random);
        } else {
            raw = HostileValues.jsonString(HostileValues.padded(old.textValue(), random));
        }
        JsonNode copy = base.deepCopy();
        set(copy, pointer);
        return new Mutated(pointer + " = " + clip(raw), write(copy).replace("\"" + MARK + "\"", raw));
    }

    /** A body with one of its texts (chosen at random) replaced by the given text. */
    static Mutated replaceText(JsonNode base, String text, Random random) {
        List<String> texts = pointers(base).stream().filter(p -> base.at(p).isTextual()).toList();
        if (texts.isEmpty()) {
            return new Mutated("whole body " + clip(text), HostileValues.jsonString(text));
        }
        String pointer = HostileValues.pick(texts, random);
        JsonNode copy = base.deepCopy();
        set(copy, pointer);
        String raw = HostileValues.jsonString(text);
        return new Mutated(pointer + " = " + clip(text), write(copy).replace("\"" + MARK + "\"", raw));
    }

    /** A body without one of its fields. */
    static Mutated removeField(JsonNode base, Random random) {
        List<String> pointers = pointers(base).stream().filter(p -> base.at(parent(p)).isObject()).toList();
        if (pointers.isEmpty()) {
            return whole(random);
        }
        String pointer = HostileValues.pick(pointers, random);
        JsonNode copy = base.deepCopy();
        ((ObjectNode) copy.at(parent(pointer))).remove(last(pointer));
        return new Mutated("without " + pointer, write(copy));
    }

    /** A body with a field no schema has, under a hostile name, in one of its objects. */
    static Mutated unknownField(JsonNode base, Random random) {
        List<String> objects = new ArrayList<>(List.of(""));
        pointers(base).stream().filter(p -> base.at(p).isObject()).forEach(objects::add);
        String at = HostileValues.pick(objects, random);
        JsonNode copy = base.deepCopy();
        if (!copy.at(at).isObject()) {
            return whole(random);
        }
        ((ObjectNode) copy.at(at)).put(MARK, 1);
        String name = HostileValues.jsonString(HostileValues.pick(HostileValues.FIELD_NAMES, random));
        return new Mutated("unknown field " + clip(name) + " in " + (at.isEmpty() ? "/" : at), write(copy).replace("\"" + MARK + "\"", name));
    }

    static Mutated whole(Random random) {
        String body = HostileValues.pick(WHOLE, random);
        return new Mutated("whole body " + clip(body), body);
    }

    static String write(JsonNode node) {
        try {
            return ASCII.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON pointers of every value below the root (the first three elements of each array). */
    static List<String> pointers(JsonNode root) {
        List<String> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String p = at + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                out.add(p);
                collect(f.getValue(), p, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(3, node.size()); i++) {
                out.add(at + "/" + i);
                collect(node.get(i), at + "/" + i, out);
            }
        }
    }

    private static void set(JsonNode root, String pointer) {
        JsonNode parent = root.at(parent(pointer));
        if (parent instanceof ObjectNode o) {
            o.put(last(pointer), MARK);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last(pointer)), a.textNode(MARK));
        }
    }

    private static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String last(String pointer) {
        return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    static String clip(String s) {
        String printable = HostileValues.jsonString(s.length() > 60 ? s.substring(0, 60) : s);
        return s.length() > 60 ? printable + "…(" + s.length() + " chars)" : printable;
    }

    /** A changed body and what was changed. */
    record Mutated(String what, String body) {
    }
}
