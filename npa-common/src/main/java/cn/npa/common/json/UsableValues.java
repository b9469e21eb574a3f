package cn.npa.common.json;

import cn.npa.common.text.UsableText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Deserializers that refuse, with the JSON path, what no service can store: texts with control characters (other
 * than tab and line breaks) or unpaired surrogates, and numbers with more than {@value #MAX_DIGITS} digits before or
 * after the point (1E+2147483647 is eleven characters long and would be two billion digits written out). They check
 * every String and BigDecimal of a body and every text, field name and number of a free JSON tree.
 */
public final class UsableValues {

    /** More digits than any amount (below 10^16, 2 decimals), count or ratio has, with room to spare. */
    public static final int MAX_DIGITS = 1000;

    private UsableValues() {
    }

    /** The module to register on a mapper. */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("npa-usable-values");
        m.addDeserializer(String.class, new Texts());
        m.addDeserializer(BigDecimal.class, new Decimals());
        m.addDeserializer(JsonNode.class, new Trees());
        return m;
    }

    /** Why a number cannot be used, or null when it can. */
    static String unusable(BigDecimal n) {
        long before = (long) n.precision() - n.scale();
        return before > MAX_DIGITS || n.scale() > MAX_DIGITS
                ? "a number with more than " + MAX_DIGITS + " digits before or after the decimal point" : null;
    }

    /** Why a text cannot be used, or null when it can. */
    static String unusable(String text) {
        int at = UsableText.firstUnusableInText(text);
        return at < 0 ? null : "the text contains " + UsableText.describe(text, at);
    }

    private static final class Texts extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            String why = unusable(s);
            if (why != null) {
                throw new UnusableValueException(p, String.class, UnusableValueException.Kind.TEXT, "", why);
            }
            return s;
        }
    }

    private static final class Decimals extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal n = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            String why = n == null ? null : unusable(n);
            if (why != null) {
                throw new UnusableValueException(p, BigDecimal.class, UnusableValueException.Kind.NUMBER, "", why);
            }
            return n;
        }
    }

    private static final class Trees extends JsonDeserializer<JsonNode> {
        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
            check(p, tree);
            return tree;
        }

        private static void check(JsonParser p, JsonNode tree) throws UnusableValueException {
            for (JsonValues.Finding f : JsonValues.unusable(tree, "", 1)) {
                throw new UnusableValueException(p, JsonNode.class, f.kind(), f.path(), f.reason());
            }
        }
    }
}
