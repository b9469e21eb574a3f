package cn.npa.submission.rest;

import static cn.npa.submission.rest.SubmissionIntakeTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions, amendment reasons, major adjustments, both baselines, and idempotency (domain section 5). */
@QuarkusTest
class SubmissionVersionsTest {

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    @Test
    void reFilingMakesVersionTwoWithAReasonAndFlagsMajorAdjustments() {
        String bank = TestTokens.bank("JS0002");
        Response v1 = post(bank, FilingBodies.monthly("JS0002", "2026-05").json());
        assertEquals(201, v1.statusCode(), v1.asString());
        String id = v1.jsonPath().getString("submissionId");

        Map<String, Long> before = IntakeTables.counts(db);
        Response noReason = ProblemAssertions.assertProblem(post(bank, FilingBodies.monthly("JS0002", "2026-05").scale("1.10").json()), 422);
        assertEquals("$.header.amendmentReason", noReason.jsonPath().getString("errors[0].path"));
        assertEquals("V7", noReason.jsonPath().getString("errors[0].rule"));
        assertEquals(before, IntakeTables.counts(db));

        post(bank, FilingBodies.monthly("JS0002", "2026-05").scale("1.10").reason("Loans of one client were misclassified").json())
                .then().statusCode(201).body("version", equalTo(2)).body("submissionId", equalTo(id))
                .body("majorAdjustment", equalTo(true)).body("amendmentReason", equalTo("Loans of one client were misclassified"));
        post(bank, FilingBodies.monthly("JS0002", "2026-05").scale("1.11").reason("Rounding").json())
                .then().statusCode(201).body("version", equalTo(3)).body("majorAdjustment", equalTo(false));

        given().auth().oauth2(bank).get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("latestVersion", equalTo(3)).body("versions", hasSize(3)).body("versions[1].majorAdjustment", equalTo(true));
        given().auth().oauth2(bank).get("/api/v1/submissions/" + id + "/versions/1").then().statusCode(200)
                .body("figures.npl", equalTo(1000.00f)).body("body.loans.grades.pass", equalTo(8000.00f));
        given().auth().oauth2(bank).get("/api/v1/submissions/" + id + "/versions/4").then().statusCode(404);
        String figures = "/api/v1/submissions/figures?institution=JS0002&type=BANK_MONTHLY_NPL&period=2026-05&basis=";
        given().auth().oauth2(bank).get(figures + "FIRST_REPORTED").then().statusCode(200)
                .body("version", equalTo(1)).body("figures.npl", equalTo(1000.00f));
        given().auth().oauth2(TestTokens.cbrc()).get(figures + "RESTATED").then().statusCode(200)
                .body("version", equalTo(3)).body("figures.npl", equalTo(1110.00f));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001")).get(figures + "RESTATED").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(bank).get(figures + "LATEST").andReturn(), 400);
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstReceiptAndStoresNothing() {
        String bank = TestTokens.bank("JS0002");
        String body = FilingBodies.monthly("JS0002", "2026-06").json();
        Response first = post(bank, body, "k-2026-06-a");
        assertEquals(201, first.statusCode(), first.asString());
        Map<String, Long> before = IntakeTables.counts(db);
        Response again = post(bank, body, "k-2026-06-a");
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(first.jsonPath().getString("submissionId"), again.jsonPath().getString("submissionId"));
        assertEquals(first.jsonPath().getString("receivedAt"), again.jsonPath().getString("receivedAt"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(before, IntakeTables.counts(db));

        Response other = ProblemAssertions.assertProblem(post(bank, FilingBodies.monthly("JS0002", "2026-06").scale("1.01")
                .reason("x").json(), "k-2026-06-a"), 409);
        assertEquals(409, other.statusCode());
        assertEquals(before, IntakeTables.counts(db));
    }

    @Test
    void concurrentDuplicatesStoreOneVersion() throws Exception {
        String bank = TestTokens.bank("CC0002");
        String body = FilingBodies.monthly("CC0002", "2026-08").json();
        Map<String, Long> before = IntakeTables.counts(db);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> post(bank, body, "k-concurrent-1").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(before.get("submission_version") + 1, IntakeTables.counts(db).get("submission_version"));
    }

    @Test
    void concurrentFirstFilingsWithoutKeysMakeVersionOneAndARefusal() throws Exception {
        String bank = TestTokens.bank("CC0002");
        String body = FilingBodies.monthly("CC0002", "2026-09").json();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(() -> post(bank, body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            // the slot lock serialises them: one version 1, the others lack the reason a version 2 needs
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(2, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
    }
}
