package cn.npa.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jackson's failures told in plain words: the messages of issue 16 named {@code com.fasterxml.jackson.databind.JsonNode},
 * {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} and {@code StreamReadConstraints.getMaxNestingDepth()}.
 */
class JsonProblemsTest {

    record Target(String code, JsonNode figures) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern INTERNALS = Pattern.compile("fasterxml|Feature|Constraints|JsonNode|Exception|`|\\bjava\\.");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trailing tokens     | {\"code\":\"A\"} []            | there is more after the JSON document at line 1, column 14; send one document",
        "deep nesting        | DEEP                           | not valid JSON: arrays and objects are nested too deep (at most 1000 levels)",
        "end of input        | {\"code\":                    | not valid JSON at line 1, column 9: the document ends before it is complete",
        "NaN                 | {\"code\": NaN}               | not valid JSON at line 1, column 13: NaN and Infinity are not JSON numbers",
        "unquoted name       | {code: 1}                      | not valid JSON at line 1, column 2: field names must be texts in double quotes",
        "control character   | CONTROL                        | a control character inside a text must be written as an escape such as \\u000a",
        "a word              | {\"code\": nope}              | not valid JSON at line 1, column 10: a word that is not JSON (values are numbers, \"texts\", true, false, null, arrays and objects)",
        "wrong type          | {\"code\": {}}                | Expected a string",
        "leading zero        | {\"figures\": 01}             | not valid JSON at line 1, column 14: a number must not start with 0",
    })
    void isToldInPlainWords(String name, String json, String message) {
        String body = switch (json) {
            case "DEEP" -> "{\"figures\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
            case "CONTROL" -> "{\"code\":\"a\u0001b\"}";
            default -> json;
        };
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(body, Target.class));
        ProblemException p = JsonProblems.of(e, RuleId.JSON);
        assertEquals(400, p.status());
        assertEquals(message, p.errors().get(0).message());
        assertFalse(INTERNALS.matcher(p.getMessage() + " " + p.errors()).find(), p.getMessage() + " " + p.errors());
    }
}
