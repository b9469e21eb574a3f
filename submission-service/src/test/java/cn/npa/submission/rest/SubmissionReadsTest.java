package cn.npa.submission.rest;

import static cn.npa.submission.rest.SubmissionIntakeTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quality findings, explanations carried forward, diffs, scoped lists and reads, the bulk read and the audit trail. */
@QuarkusTest
class SubmissionReadsTest {

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    private static String base(String id, int n) {
        return "/api/v1/submissions/" + id + "/versions/" + n;
    }

    private static Response explain(String token, String id, int n, String rule, String text) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"text\":\"" + text + "\"}")
                .put(base(id, n) + "/findings/" + rule + "/explanation").andReturn();
    }

    @Test
    void findingsAreExplainedCarriedForwardAndDiffed_Q2_Q3() {
        String bank = TestTokens.bank("CC0001");
        post(bank, FilingBodies.monthly("CC0001", "2026-03").json()).then().statusCode(201);
        Response v1 = post(bank, FilingBodies.monthly("CC0001", "2026-04").scale("1.50").json());
        v1.then().statusCode(201).body("verdict", equalTo("ACCEPTED_WITH_WARNINGS"))
                .body("findings.rule", hasItem("Q2")).body("findings.rule", hasItem("Q3"));
        String id = v1.jsonPath().getString("submissionId");

        explain(bank, id, 1, "Q3", "A merger brought in the loans of a rural bank.").then().statusCode(200)
                .body("verdict", equalTo("ACCEPTED_WITH_WARNINGS"));
        explain(bank, id, 1, "Q2", "The merged bank's NPL arrived without movements.").then().statusCode(200)
                .body("verdict", equalTo("ACCEPTED")).body("verdictAtReceipt", equalTo("ACCEPTED_WITH_WARNINGS"));
        ProblemAssertions.assertProblem(explain(bank, id, 1, "Q5", "nothing to explain"), 404);
        ProblemAssertions.assertProblem(explain(bank, id, 1, "Q2", ""), 422);
        ProblemAssertions.assertProblem(explain(TestTokens.cbrc(), id, 1, "Q2", "regulators do not explain"), 403);

        Response v2 = post(bank, FilingBodies.monthly("CC0001", "2026-04").scale("1.50").reason("Client names corrected").json());
        v2.then().statusCode(201).body("version", equalTo(2)).body("verdict", equalTo("ACCEPTED"))
                .body("verdictAtReceipt", equalTo("ACCEPTED_WITH_WARNINGS"))
                .body("findings.explanation.carriedForward", not(hasItem(false)))
                .body("findings.find { it.rule == 'Q3' }.explanation.version", equalTo(1));
        given().auth().oauth2(bank).get(base(id, 2) + "/findings/diff").then().statusCode(200)
                .body("added", hasSize(0)).body("resolved", hasSize(0)).body("unchanged", hasSize(2));

        post(bank, FilingBodies.monthly("CC0001", "2026-04").scale("1.60").reason("Late postings").json())
                .then().statusCode(201).body("verdict", equalTo("ACCEPTED_WITH_WARNINGS"));
        given().auth().oauth2(bank).get(base(id, 3) + "/findings/diff").then().statusCode(200)
                .body("added", hasSize(2)).body("resolved", hasSize(2)).body("unchanged", hasSize(0));
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/submissions?institution=CC0001&verdict=ACCEPTED_WITH_WARNINGS")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].latestVersion", equalTo(3));
    }

    @Test
    void aQuarterEndMonthIsComparedWithItsQuarter_Q6() {
        String bank = TestTokens.bank("PV0001");
        post(bank, FilingBodies.quarterly("PV0001", "BANK_QUARTERLY_NPA", "2026-Q1").json()).then().statusCode(201);
        post(bank, FilingBodies.monthly("PV0001", "2026-03").scale("1.01").json()).then().statusCode(201)
                .body("findings.rule", hasItem("Q6"));
    }

    @Test
    void readsAreScopedAndOutOfScopeIs404() {
        String g1 = SubmissionIntakeTest.unit("FB0001", "BRANCH_GRADE_ONE");
        Response head = post(TestTokens.bank("FB0001"), FilingBodies.monthly("FB0001", "2026-07").json());
        Response branch = post(TestTokens.bank("FB0001"), FilingBodies.branchMonthly(g1, "2026-07").json());
        assertEquals(201, branch.statusCode(), branch.asString());
        String headId = head.jsonPath().getString("submissionId");
        String branchId = branch.jsonPath().getString("submissionId");

        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0002")).get("/api/v1/submissions/" + headId).andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank(g1)).get("/api/v1/submissions/" + headId).andReturn(), 404);
        given().auth().oauth2(TestTokens.bank(g1)).get("/api/v1/submissions/" + branchId).then().statusCode(200);
        given().auth().oauth2(TestTokens.bank("LC0002")).get("/api/v1/submissions?institution=FB0001").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.bank("FB0001")).get("/api/v1/submissions?period=2026-07&size=10").then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(10));
        // FB0001 is supervised by the CBRC; its grade-one branch by the bureau of its province
        String bureau = "BUR-" + g1.substring(g1.indexOf('-') + 1);
        given().auth().oauth2(TestTokens.bureau(bureau)).get("/api/v1/submissions/" + branchId).then().statusCode(200);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau(bureau)).get("/api/v1/submissions/" + headId).andReturn(), 404);
        given().auth().oauth2(TestTokens.bureau(bureau)).get("/api/v1/audit?institution=" + g1).then().statusCode(200)
                .body("items.action", hasItem("FILED"));
        given().auth().oauth2(TestTokens.bureau(bureau)).get("/api/v1/audit?institution=FB0001").then().statusCode(200)
                .body("total", equalTo(0));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("FB0001")).get("/api/v1/audit").andReturn(), 403);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/submissions?type=WEEKLY").andReturn(), 400);
    }

    @Test
    void theReportServiceReadsLatestAcceptedVersionsOfAPeriod() {
        String bank = TestTokens.bank("RC0002");
        post(bank, FilingBodies.quarterly("RC0002", "BANK_QUARTERLY_NPA", "2025-Q4").json()).then().statusCode(201);
        post(bank, FilingBodies.quarterly("RC0002", "BANK_QUARTERLY_NPA", "2025-Q4").scale("1.02").reason("Audit").json())
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.service()).get("/api/v1/submissions/accepted?period=2025-Q4&size=50").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.find { it.institutionCode == 'RC0002' }.version", equalTo(2))
                .body("items.find { it.institutionCode == 'RC0002' }.figures.npl", equalTo(1020.00f))
                .body("items.find { it.institutionCode == 'RC0002' }.body.header.amendmentReason", equalTo("Audit"));
        ProblemAssertions.assertProblem(given().auth().oauth2(bank).get("/api/v1/submissions/accepted?period=2025-Q4").andReturn(), 403);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.service()).get("/api/v1/submissions/accepted").andReturn(), 400);
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/audit?institution=RC0002").then().statusCode(200)
                .body("items.action", hasItem("AMENDED")).body("items.action", hasItem("FILED"));
    }
}
