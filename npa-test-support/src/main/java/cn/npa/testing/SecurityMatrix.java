package cn.npa.testing;

import cn.npa.common.security.Roles;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The security matrix every service's test extends. It reads the service's served OpenAPI document and, for every
 * operation under {@code /api}: demands a rule (a new endpoint without one fails), checks 401 for a missing, expired,
 * wrongly signed and unsigned token, 403/404 for callers out of scope, and success for the rightful caller.
 */
public abstract class SecurityMatrix {

    /** One concrete request: method, path with its parameters filled in, and an optional JSON body. */
    public record Call(String method, String path, Object body, String contentType) {
        public static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        public static Call send(String method, String path, Object body) {
            return new Call(method, path, body, "application/json");
        }
    }

    /** A caller who must be refused, and how (403, or 404 where existence must not leak). */
    public record Denied(String who, Supplier<String> token, int status) {
    }

    /** The rule of one operation: a call, the rightful caller with the status it gets, and callers out of scope. */
    public record Rule(Call call, Supplier<String> rightful, int success, List<Denied> denied) {
        public static Rule of(Call call, Supplier<String> rightful, int success, Denied... denied) {
            return new Rule(call, rightful, success, List.of(denied));
        }
    }

    /** Rules keyed by {@code "METHOD /path/{template}"} exactly as the OpenAPI document names the operation. */
    protected abstract Map<String, Rule> rules();

    /** Data the rules rely on (run before each test). */
    protected void prepare() {
    }

    @BeforeEach
    void setUp() {
        prepare();
    }

    /** Every operation the service serves under /api, as "METHOD path". */
    protected static Set<String> servedOperations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> ops = new TreeSet<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/")) {
                methods.keySet().stream().filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                        .forEach(m -> ops.add(m.toUpperCase() + " " + path));
            }
        });
        return ops;
    }

    @Test
    void everyServedOperationHasARuleAndEveryRuleAnOperation() {
        Set<String> served = servedOperations();
        Set<String> withoutRule = new TreeSet<>(served);
        withoutRule.removeAll(rules().keySet());
        assertTrue(withoutRule.isEmpty(), "operations without a security rule: " + withoutRule);
        Set<String> stale = new TreeSet<>(rules().keySet());
        stale.removeAll(served);
        assertTrue(stale.isEmpty(), "rules for operations the service does not serve: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> badTokensGet401() {
        List<DynamicTest> tests = new ArrayList<>();
        rules().forEach((op, rule) -> {
            tests.add(DynamicTest.dynamicTest(op + " without a token", () -> expect401(send(rule.call(), null))));
            tests.add(DynamicTest.dynamicTest(op + " with an expired token", () -> expect401(send(rule.call(), TestTokens.expired("CBRC", Roles.ADMIN, Roles.CBRC, Roles.SERVICE)))));
            tests.add(DynamicTest.dynamicTest(op + " with a wrongly signed token", () -> expect401(send(rule.call(), TestTokens.wronglySigned("CBRC", Roles.ADMIN, Roles.CBRC, Roles.SERVICE)))));
            tests.add(DynamicTest.dynamicTest(op + " with alg none", () -> expect401(send(rule.call(), TestTokens.algNone("CBRC", Roles.ADMIN, Roles.CBRC, Roles.SERVICE)))));
        });
        return tests.stream();
    }

    /**
     * Tokens whose role does not fit their institution, refused (401, TOKEN) by every operation whatever its rule:
     * those every service can tell from the token alone; a service that holds the register adds those it tells from
     * the register (docs/security.md, "Tokens that do not fit").
     */
    protected Map<String, Supplier<String>> misfitTokens() {
        return Map.of(
                "a bank token naming the CBRC", () -> TestTokens.token("misfit", "CBRC", Roles.BANK),
                "a bureau token naming the CBRC", () -> TestTokens.token("misfit", "CBRC", Roles.BUREAU),
                "a cbrc token naming a bank", () -> TestTokens.token("misfit", "LC0001", Roles.CBRC),
                "a bank token without an institution", () -> TestTokens.token("misfit", null, Roles.BANK),
                "a token that is both bank and cbrc", () -> TestTokens.token("misfit", "LC0001", Roles.BANK, Roles.CBRC));
    }

    @TestFactory
    Stream<DynamicTest> tokensThatDoNotFitTheirInstitutionGet401() {
        List<DynamicTest> tests = new ArrayList<>();
        rules().forEach((op, rule) -> misfitTokens().forEach((who, token) -> tests.add(DynamicTest.dynamicTest(op + " with " + who, () -> {
            Response r = ProblemAssertions.assertProblem(send(rule.call(), token.get()), 401);
            assertEquals("TOKEN", r.jsonPath().getString("errors[0].rule"), r.asString());
        }))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> callersOutOfScopeAreRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        rules().forEach((op, rule) -> rule.denied().forEach(d -> tests.add(DynamicTest.dynamicTest(op + " as " + d.who(), () -> {
            Response r = send(rule.call(), d.token().get());
            ProblemAssertions.assertProblem(r, d.status());
        }))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theRightfulCallerSucceeds() {
        return rules().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Response r = send(e.getValue().call(), e.getValue().rightful().get());
            assertEquals(e.getValue().success(), r.statusCode(), e.getKey() + " answered " + r.asString());
        }));
    }

    private static void expect401(Response r) {
        ProblemAssertions.assertProblem(r, 401);
    }

    private static Response send(Call call, String token) {
        RequestSpecification spec = given();
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (call.body() != null) {
            spec = spec.contentType(call.contentType()).body(call.body());
        }
        return spec.request(call.method(), call.path()).andReturn();
    }
}
