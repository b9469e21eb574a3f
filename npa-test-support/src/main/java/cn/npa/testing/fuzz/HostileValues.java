package cn.npa.testing.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The catalogue of what an attacker or a careless client sends: control characters, lone surrogates, padding,
 * overlong and look-alike texts; huge, negative, over-precise and exponent numbers; wrong JSON types; deep nesting.
 */
final class HostileValues {

    /** Texts for parameters, headers and JSON strings. */
    static final List<String> STRINGS = List.of(
            "\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f", "line\nbreak", "tab\there", "\r\n",
            "\ud800", "\udfff", "\ud800x", "x\udc00y", "", " ", "\u00a0", "\u200b", "\u3000", "\ufeff", "\u202eevil",
            "A".repeat(5000), "\u94f6".repeat(3000), "' OR '1'='1", "%", "_", "\\", "%00", "../../../etc/passwd",
            "${jndi:ldap://x/a}", "<script>alert(1)</script>", "-1", "0", "2147483648", "-9223372036854775809",
            "99999999999999999999", "1e309", "NaN", "1.5", "0x1F", "2026-02-30", "0000-00-00", "+999999999-12-31",
            "2026-13", "2026-Q5", "9999-Q4", "null", "true", "\u94f6\u884c", "\ud83d\ude00", "UNKNOWN_VALUE", "lc0001");

    /** Raw JSON texts to put where a value stands (not all of them valid JSON, on purpose). */
    static final List<String> JSON = List.of(
            "null", "true", "false", "0", "-1", "-0", "-0.0", "1.5", "0.001", "3.14159265358979323846264338327950288419716939937510",
            "1e309", "-1e309", "1e-400", "1E+2147483647", "1e999999999", "9".repeat(400), "12345678901234567890",
            "-9223372036854775809", "2147483648", "-2147483649", "NaN", "Infinity", "-Infinity", "0x10", "01", ".5", "1.",
            "[]", "{}", "[null]", "[[]]", "{\"\":null}", "\"\"", "\"a\u0001b\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff x\"",
            "\"\\ud800\\u0000\"", "'single'", "undefined", "[" + "0,".repeat(20_000) + "0]", deepArrays(3000), deepObjects(3000),
            "\"" + "x".repeat(300_000) + "\"");

    /** Names of fields no schema has. */
    static final List<String> FIELD_NAMES = List.of("\ud800", "\u0000", "", " ", "__proto__", "constructor", "$ref", "a".repeat(2000),
            "unknownField");

    /** Ways to pad a valid value so that it reads the same to a person and differs to a machine. */
    static final List<String> PADDING = List.of(" ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u0000");

    /** Media types a body is sent as, none of them what the operation reads (or not quite). */
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/octet-stream", "text/csv", "*/*",
            "application/json;;", "garbage", "application/problem+json");
    /** Accept headers no operation answers, or malformed ones. */
    static final List<String> ACCEPTS = List.of("application/xml", "text/csv", "image/png", "text/html", "application/json;q=0",
            ";;;", "*/*;q=abc", "application/problem+json", "text/*");

    private HostileValues() {
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A valid value with padding before, after or on both sides. */
    static String padded(String valid, Random random) {
        String pad = pick(PADDING, random);
        return switch (random.nextInt(3)) {
            case 0 -> pad + valid;
            case 1 -> valid + pad;
            default -> pad + valid + pad;
        };
    }

    static String deepArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String deepObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** A Java string as a JSON string literal in ASCII: everything outside printable ASCII as a \\u escape. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
