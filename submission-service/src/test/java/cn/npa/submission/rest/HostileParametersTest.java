package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A NUL or another control character in a path or query parameter of a read gets a 400 naming the parameter (PARAM),
 * never a 500 from the database (the hostile probe of the embedded run found about fifteen such reads).
 */
@QuarkusTest
class HostileParametersTest {

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/institutions?name=Bank%00",
        "/api/v1/institutions?region=44%000000",
        "/api/v1/institutions?kind=BRANCH%00",
        "/api/v1/institutions/LC%000001",
        "/api/v1/institutions/LC0001%0A/children",
        "/api/v1/obligations?institution=LC0001%00&period=2026-10",
        "/api/v1/obligations?period=2026-10%00",
        "/api/v1/submissions?institution=%00",
        "/api/v1/deadline-rules?bureauCode=BUR-440000%00",
    })
    void aControlCharacterInAParameterIsA400NamingIt(String uri) {
        Response r = given().auth().oauth2(TestTokens.cbrc()).urlEncodingEnabled(false).get(uri).andReturn();
        ProblemAssertions.assertProblem(r, 400);
        List<String> rules = r.jsonPath().getList("errors.rule");
        assertEquals("PARAM", rules.get(0), r.asString());
        assertTrue(r.jsonPath().getString("errors[0].message").contains("control characters"), r.asString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/submissions?period=2026-13",
        "/api/v1/submissions?period=garbage",
        "/api/v1/submissions?period=2026-Q5",
        "/api/v1/submissions/accepted?period=2026-13",
        "/api/v1/obligations?period=garbage",
    })
    void anImpossiblePeriodFilterIsA400NotAnEmptyPage(String uri) {
        Response r = given().auth().oauth2(TestTokens.cbrc()).get(uri).andReturn();
        ProblemAssertions.assertProblem(r, 400);
        assertEquals("period", r.jsonPath().getString("errors[0].path"), r.asString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/submissions?period=2026-10", "/api/v1/submissions?period=2026-Q3",
        "/api/v1/submissions?period=2026", "/api/v1/submissions?period=2026-11-20"})
    void aPossiblePeriodFilterStillPages(String uri) {
        given().auth().oauth2(TestTokens.cbrc()).get(uri).then().statusCode(200);
    }

    /** A number, date or id parameter the framework cannot convert used to answer 404 ("no resource at this path"). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/institutions?page=abc|page",
        "/api/v1/institutions?size=1e3|size",
        "/api/v1/institutions?asOf=2026-02-30|asOf",
        "/api/v1/institutions/LC0001?asOf=yesterday|asOf",
        "/api/v1/obligations/lateness?year=99999999999|year",
        "/api/v1/submissions?page=99999999999|page",
    })
    void aParameterOfTheWrongFormIsA400NamingIt(String uriAndParameter) {
        String[] c = uriAndParameter.split("\\|");
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get(c[0]).andReturn(), 400);
        assertEquals("PARAM " + c[1], r.jsonPath().getString("errors[0].rule") + " " + r.jsonPath().getString("errors[0].path"), r.asString());
    }

    @org.junit.jupiter.api.Test
    void aPageBeyondAnyListIsA400NotAnOverflow() {
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc())
                .get("/api/v1/institutions?page=2147483647&size=1000").andReturn(), 400);
        assertEquals("PAGE", r.jsonPath().getString("errors[0].rule"), r.asString());
    }
}
