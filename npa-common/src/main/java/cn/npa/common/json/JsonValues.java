package cn.npa.common.json;

import cn.npa.common.text.UsableText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds, with their JSON paths, the texts, field names and numbers of a JSON tree that cannot be stored ({@link UsableValues}). */
public final class JsonValues {

    private JsonValues() {
    }

    /** One value that cannot be stored: where, why, and whether it is a lone surrogate (no Unicode text at all). */
    public record Finding(String path, String reason, UnusableValueException.Kind kind, boolean surrogate) {
    }

    /** Up to {@code limit} findings, in document order; {@code path} names the root (usually "$"). */
    public static List<Finding> unusable(JsonNode root, String path, int limit) {
        List<Finding> out = new ArrayList<>();
        walk(root, path, limit, out);
        return out;
    }

    private static void walk(JsonNode node, String at, int limit, List<Finding> out) {
        if (out.size() >= limit) {
            return;
        }
        if (node.isTextual()) {
            text(node.textValue(), at, "the text contains ", out);
        } else if (node.isBigDecimal() && UsableValues.unusable(node.decimalValue()) != null) {
            out.add(new Finding(at, UsableValues.unusable(node.decimalValue()), UnusableValueException.Kind.NUMBER, false));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "[" + i + "]", limit, out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fields.next();
                // a bad name is reported at the object that holds it: the name itself cannot be written in a path
                if (text(f.getKey(), at, "a field name contains ", out)) {
                    walk(f.getValue(), at + "." + f.getKey(), limit, out);
                }
            }
        }
    }

    /** Adds the finding of a text, if any; true when the text is usable. */
    private static boolean text(String text, String at, String what, List<Finding> out) {
        int bad = UsableText.firstUnusableInText(text);
        if (bad < 0) {
            return true;
        }
        out.add(new Finding(at, what + UsableText.describe(text, bad), UnusableValueException.Kind.TEXT, Character.isSurrogate(text.charAt(bad))));
        return false;
    }
}
