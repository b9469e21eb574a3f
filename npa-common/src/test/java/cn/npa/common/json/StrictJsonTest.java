package cn.npa.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.npa.common.problem.JsonProblems;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body read by the services' mapper: one document, no repeated field, every text and number storable, with the path of what is not. */
class StrictJsonTest {

    record Choice(String formulaId, BigDecimal weight, JsonNode figures, List<String> notes) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        ExactNumbers.apply(m);
        return m;
    }

    private static ProblemException problem(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Choice.class));
        return JsonProblems.of(e, RuleId.JSON);
    }

    @Test
    void aLoneSurrogateInATextIsATextFindingAtItsPath() {
        ProblemException p = problem("{\"formulaId\":\"\\ud800x\"}");
        assertEquals(400, p.status());
        assertEquals("TEXT $.formulaId", p.errors().get(0).rule() + " " + p.errors().get(0).path());
    }

    @Test
    void aNulInsideAFreeTreeIsFoundBelowItsField() {
        ProblemException p = problem("{\"figures\":{\"filing\":{\"clients\":[{\"name\":\"a\\u0000\"}]}}}");
        assertEquals("TEXT $.figures.filing.clients[0].name", p.errors().get(0).rule() + " " + p.errors().get(0).path());
        assertEquals("the text contains the NUL character (U+0000) at position 2", p.errors().get(0).message());
    }

    @Test
    void aTextInAListIsCheckedToo() {
        assertEquals("$.notes[1]", problem("{\"notes\":[\"ok\",\"\\u0007\"]}").errors().get(0).path());
    }

    @Test
    void anExponentBeyondAnyAmountIsANumberFinding() {
        ProblemException p = problem("{\"weight\":1E+2147483647}");
        assertEquals("NUMBER $.weight", p.errors().get(0).rule() + " " + p.errors().get(0).path());
        assertEquals("$.figures.x", problem("{\"figures\":{\"x\":1e-99999}}").errors().get(0).path());
    }

    @Test
    void trailingDocumentsAndRepeatedFieldsAreRefusedInPlainWords() {
        ProblemException trailing = problem("{\"formulaId\":\"I6\"} {}");
        assertEquals("malformed-json", trailing.kind().slug());
        assertEquals("there is more after the JSON document at line 1, column 20; send one document", trailing.errors().get(0).message());
        ProblemException twice = problem("{\"formulaId\":\"I6\",\"formulaId\":\"I7\"}");
        assertEquals("not valid JSON at line 1, column 30: an object names the field 'formulaId' twice", twice.errors().get(0).message());
    }

    @Test
    void usableValuesPass() throws Exception {
        Choice c = MAPPER.readValue("{\"formulaId\":\"I6'\",\"weight\":0.25,\"figures\":{\"t\":\"a\\nb\",\"n\":1.5},\"notes\":[\"\\uD83C\\uDFE6\"]}",
                Choice.class);
        assertEquals("I6'", c.formulaId());
        assertEquals(new BigDecimal("0.25"), c.weight());
    }
}
