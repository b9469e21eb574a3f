package cn.npa.testing;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

/**
 * The errors every service must answer as problem+json: an unknown path, a wrong method, a wrong content type and
 * malformed JSON. A service's test extends this and names one of its JSON endpoints.
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
        ProblemAssertions.assertProblem(given().auth().oauth2(token()).contentType("text/plain").body("hello")
                .request(jsonMethod(), jsonPath()).andReturn(), 415);
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
