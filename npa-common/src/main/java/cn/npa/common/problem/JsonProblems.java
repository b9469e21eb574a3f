package cn.npa.common.problem;

import cn.npa.common.json.UnusableValueException;
import cn.npa.common.text.UsableText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words, with the JSON path and the line and column, why a body could not be read: Jackson's own
 * messages name its classes and settings (JsonNode, FAIL_ON_TRAILING_TOKENS, StreamReadConstraints), which a client
 * can do nothing with, so none of its text is passed on except a quoted field name.
 */
public final class JsonProblems {

    private static final Pattern CHARACTER = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern FIELD = Pattern.compile("Duplicate field '(.{0,80}?)'");

    private JsonProblems() {
    }

    /** The problem for any Jackson failure of a request body; {@code rule} names the syntax rule (JSON, or V7 for a filing). */
    public static ProblemException of(JsonProcessingException e, RuleId rule) {
        if (e instanceof UnusableValueException u) {
            RuleId r = u.kind() == UnusableValueException.Kind.TEXT ? RuleId.TEXT : RuleId.NUMBER;
            return ProblemException.badRequest("A value of the body cannot be stored; nothing was stored.",
                    List.of(new FieldError(r, JsonPaths.of(u) + u.below(), u.reason())));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ProblemException.badRequest("The body has a field this endpoint does not know.", List.of(new FieldError(RuleId.V7,
                    JsonPaths.of(u), "Unknown field '" + UsableText.printable(clip(u.getPropertyName())) + "'")));
        }
        if (e instanceof MismatchedInputException m && m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Trailing token")) {
            return ProblemException.malformedJson("The body continues after its JSON document" + where(e) + ".", rule,
                    "there is more after the JSON document" + where(e) + "; send one document");
        }
        if (e instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "another type" : JsonPaths.describe(m.getTargetType());
            return ProblemException.badRequest("A field of the body has the wrong type.",
                    List.of(new FieldError(RuleId.TYPE, JsonPaths.of(m), "Expected " + expected)));
        }
        if (e instanceof JsonMappingException m && !(e.getCause() instanceof StreamConstraintsException)) {
            String why = e.getCause() instanceof JsonProcessingException inner ? reason(inner) : "the value cannot be read here";
            return ProblemException.badRequest("The body cannot be read.", List.of(new FieldError(rule, JsonPaths.of(m), why)));
        }
        String reason = reason(e);
        return ProblemException.malformedJson("The body is not valid JSON" + where(e) + ": " + reason + ".", rule,
                "not valid JSON" + where(e) + ": " + reason);
    }

    /** Why a document is not (acceptable) JSON, in words, without the parser's own message. */
    public static String reason(JsonProcessingException e) {
        Throwable root = e.getCause() instanceof StreamConstraintsException c ? c : e;
        String m = root instanceof JsonProcessingException j && j.getOriginalMessage() != null ? j.getOriginalMessage() : String.valueOf(root.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (root instanceof StreamConstraintsException) {
            return lower.contains("nesting depth") ? "arrays and objects are nested too deep (at most 1000 levels)"
                    : lower.contains("number") ? "a number has too many digits (at most 1000)"
                    : lower.contains("name") ? "a field name is too long"
                    : lower.contains("string") ? "a text is too long" : "the document is too large";
        }
        if (lower.startsWith("duplicate field")) {
            Matcher f = FIELD.matcher(m);
            return "an object names the field " + (f.find() ? "'" + UsableText.printable(f.group(1)) + "' " : "") + "twice";
        }
        if (lower.contains("end-of-input")) {
            return "the document ends before it is complete";
        }
        if (lower.contains("illegal unquoted character")) {
            return "a control character inside a text must be written as an escape such as \\u000a";
        }
        if (lower.contains("surrogate")) {
            return "a text or field name holds an unpaired UTF-16 surrogate (\\ud800 to \\udfff without its pair)";
        }
        if (lower.contains("invalid utf-8") || lower.contains("invalid utf8")) {
            return "the body is not valid UTF-8 text";
        }
        if (lower.contains("non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (lower.contains("leading zero")) {
            return "a number must not start with 0";
        }
        if (lower.contains("unrecognized token")) {
            return "a word that is not JSON (values are numbers, \"texts\", true, false, null, arrays and objects)";
        }
        if (lower.contains("numeric value") || lower.contains("number")) {
            return "a number is not written as JSON writes numbers";
        }
        if (lower.contains("field name") || lower.contains("double-quote")) {
            return "field names must be texts in double quotes";
        }
        if (lower.contains("escape")) {
            return "a text has an escape sequence JSON does not know";
        }
        if (lower.contains("unexpected character")) {
            Matcher c = CHARACTER.matcher(m);
            return c.find() ? String.format("unexpected character U+%04X", Integer.parseInt(c.group(1)) & 0xFFFFF) : "unexpected character";
        }
        return "the document cannot be read here";
    }

    private static String where(JsonProcessingException e) {
        JsonProcessingException at = e.getLocation() == null && e.getCause() instanceof JsonProcessingException c ? c : e;
        return at.getLocation() == null || at.getLocation().getLineNr() < 1 ? ""
                : " at line " + at.getLocation().getLineNr() + ", column " + at.getLocation().getColumnNr();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
