package cn.npa.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.npa.common.security.Roles;
import cn.npa.common.web.RequestIds;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The errors every service must answer as problem+json: an unknown path, a wrong method, a wrong content type and
 * malformed JSON; since issue 16 also a bad token (with the request id and one challenge), an Accept it cannot answer,
 * a 5 KB path, an empty body, and Jackson's failures told without its internals. A service's test extends this and
 * names one of its JSON endpoints.
 */
public abstract class HttpErrorContract {

    /** A path that accepts a JSON body with {@link #jsonMethod()}, and not DELETE. */
    protected abstract String jsonPath();

    /** The method that {@link #jsonPath()} takes a JSON body with. */
    protected String jsonMethod() {
        return "POST";
    }

    /** A token allowed to call it. */
    protected abstract String token();

    @Test
    void unknownPathIsProblemJson() {
        ProblemAssertions.assertProblem(given().auth().oauth2(token()).get("/api/v1/no-such-thing").andReturn(), 404);
        ProblemAssertions.assertProblem(given().get("/definitely/not/here").andReturn(), 404);
    }

    @Test
    void wrongMethodIsProblemJson() {
        ProblemAssertions.assertProblem(given().auth().oauth2(token()).delete(jsonPath()).andReturn(), 405);
    }

    @Test
    void wrongContentTypeIsProblemJson() {
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(token()).contentType("text/plain").body("hello")
                .request(jsonMethod(), jsonPath()).andReturn(), 415);
        assertFinding(r, "CONTENT-TYPE", "Content-Type");
    }

    @Test
    void anAcceptItCannotAnswerIs406NamingTheHeader() {
        Response json = ProblemAssertions.assertProblem(given().auth().oauth2(token()).accept("image/png").contentType("application/json")
                .body("{}").request(jsonMethod(), jsonPath()).andReturn(), 406);
        assertFinding(json, "ACCEPT", "Accept");
    }

    @Test
    void aBadTokenGets401WithTheRequestIdAndOneChallenge() {
        for (String token : List.of("garbage", TestTokens.expired("CBRC", Roles.CBRC), TestTokens.wronglySigned("CBRC", Roles.CBRC))) {
            Response r = ProblemAssertions.assertProblem(given().header(RequestIds.HEADER, "bad-token-1").auth().oauth2(token)
                    .contentType("application/json").body("{}").request(jsonMethod(), jsonPath()).andReturn(), 401);
            assertEquals("bad-token-1", r.header(RequestIds.HEADER), r.headers().toString());
            assertEquals("bad-token-1", r.jsonPath().getString("requestId"), r.asString());
            assertEquals(1, r.headers().getValues("WWW-Authenticate").size(), r.headers().toString());
        }
        Response none = ProblemAssertions.assertProblem(given().contentType("application/json").body("{}")
                .request(jsonMethod(), jsonPath()).andReturn(), 401);
        assertEquals(none.header(RequestIds.HEADER), none.jsonPath().getString("requestId"));
    }

    @Test
    void aFiveKilobytePathIs414ProblemJson() {
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(token()).urlEncodingEnabled(false)
                .get("/api/v1/" + "A".repeat(5000)).andReturn(), 414);
        assertFinding(r, "URI", "URI");
        assertNotNull(r.header(RequestIds.HEADER));
    }

    @Test
    void anEmptyOrNullBodyIs400NamingTheBody() {
        for (String body : List.of("", "null")) {
            Response r = ProblemAssertions.assertProblem(given().auth().oauth2(token()).contentType("application/json").body(body)
                    .request(jsonMethod(), jsonPath()).andReturn(), 400);
            assertNotNull(r.jsonPath().getString("errors[0].rule"), r.asString());
        }
    }

    @Test
    void jsonErrorsAreToldInPlainWordsWithoutLibraryNames() {
        for (String body : List.of("{} {}", "[" .repeat(5000) + "]".repeat(5000), "{\"a\":1,\"a\":2}", "{\"a\": NaN}", "\"text\"",
                "{\"a\": 1e999999999}", "{\"\\ud800\": 1}", "{\"a\": \"\\u0000\"}")) {
            Response r = ProblemAssertions.assertProblem(given().auth().oauth2(token()).contentType("application/json").body(body)
                    .request(jsonMethod(), jsonPath()).andReturn(), 400);
            assertNotNull(r.jsonPath().getString("errors[0].rule"), body + " -> " + r.asString());
            assertNotNull(r.jsonPath().getString("errors[0].path"), body + " -> " + r.asString());
        }
    }

    private static void assertFinding(Response r, String rule, String path) {
        assertEquals(rule, r.jsonPath().getString("errors[0].rule"), r.asString());
        assertEquals(path, r.jsonPath().getString("errors[0].path"), r.asString());
    }

    @Test
    void malformedJsonIsProblemJson() {
        ProblemAssertions.assertProblem(given().auth().oauth2(token()).contentType("application/json").body("{\"code\": ")
                .request(jsonMethod(), jsonPath()).andReturn(), 400);
        ProblemAssertions.assertProblem(given().auth().oauth2(token()).contentType("application/json").body("{\"code\": 'x'}")
                .request(jsonMethod(), jsonPath()).andReturn(), 400);
    }

    @Test
    void requestIdIsEchoed() {
        String id = given().header("X-Request-Id", "contract-test-1").auth().oauth2(token()).get("/api/v1/no-such-thing")
                .then().extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertEquals("contract-test-1", id);
    }
}
