package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.datagen.InstitutionRow;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestClock;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing through HTTP: one happy path per report family, receipts, deadlines, the outbox, V8 as 403. */
@QuarkusTest
class SubmissionIntakeTest {

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    static Response post(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/submissions").andReturn();
    }

    static Response post(String token, String body, String key) {
        return given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/submissions").andReturn();
    }

    /** A unit of the demo register below a head office (kind BRANCH_GRADE_ONE or BRANCH), avoiding bureaus in {@code notIn}. */
    static String unit(String bank, String kind, String... notIn) {
        return RegisterImportTest.DEMO.stream().filter(r -> r.kind().equals(kind) && r.code().startsWith(bank + "-"))
                .filter(r -> java.util.Arrays.stream(notIn).noneMatch(x -> r.code().contains(x)))
                .map(InstitutionRow::code).sorted().findFirst().orElseThrow();
    }

    @Test
    void monthlyReportIsAcceptedWithReceiptLocationAndOutboxEvent() {
        Map<String, Long> before = IntakeTables.counts(db);
        Response r = post(TestTokens.bank("LC0001"), FilingBodies.monthly("LC0001", "2026-01").json());
        assertEquals(201, r.statusCode(), r.asString());
        String id = r.jsonPath().getString("submissionId");
        assertEquals("/api/v1/submissions/" + id + "/versions/1", r.header("Location").replaceFirst("^https?://[^/]+", ""));
        r.then().body("version", equalTo(1)).body("verdict", equalTo("ACCEPTED")).body("verdictAtReceipt", equalTo("ACCEPTED"))
                .body("findings", hasSize(0)).body("deadline.status", equalTo("LATE")).body("figures.npl", equalTo(1000.0f));
        Map<String, Long> after = IntakeTables.counts(db);
        assertEquals(before.get("submission") + 1, after.get("submission"));
        assertEquals(before.get("submission_version") + 1, after.get("submission_version"));
        assertEquals(1, IntakeTables.outboxFor(db, id), "one statement-accepted event in the same transaction");
        given().auth().oauth2(TestTokens.bank("LC0001")).get(r.header("Location")).then().statusCode(200)
                .body("body.header.institutionCode", equalTo("LC0001")).body("body.loans.grades.pass", equalTo(8000.00f));
    }

    @Test
    void quarterlyReportCarriesItsDeadlineAndDaysLate_D1() {
        clock.setTo(LocalDateTime.of(2026, 12, 4, 10, 0));
        Response r = post(TestTokens.bank("LC0001"), FilingBodies.quarterly("LC0001", "BANK_QUARTERLY_NPA", "2026-Q3").json());
        assertEquals(201, r.statusCode(), r.asString());
        r.then().body("deadline.dueDate", equalTo("2026-10-20")).body("deadline.status", equalTo("LATE"))
                .body("deadline.daysLate", equalTo(45)).body("figures.nonCreditNpa", equalTo(400.00f))
                .body("figures.obsOutstanding", equalTo(5000.00f));
    }

    @Test
    void annualReportIsAccepted() {
        post(TestTokens.bank("LC0001"), FilingBodies.quarterly("LC0001", "BANK_ANNUAL_NPA", "2025").json())
                .then().statusCode(201).body("verdict", equalTo("ACCEPTED")).body("deadline.dueDate", equalTo("2026-01-30"));
    }

    @Test
    void branchReportsAreFiledByTheHeadOfficeForItsUnitsWithoutDeadlineWhenNoRule_D3() {
        String g1 = unit("JS0001", "BRANCH_GRADE_ONE", "510000", "460000", "330000");
        post(TestTokens.bank("JS0001"), FilingBodies.branchMonthly(g1, "2026-02").json())
                .then().statusCode(201).body("institutionCode", equalTo(g1)).body("deadline", nullValue());
        String branch = unit("JS0001", "BRANCH");
        Response q = post(TestTokens.bank(branch), FilingBodies.quarterly(branch, "BRANCH_QUARTERLY_NPA", "2026-Q2").json());
        assertEquals(201, q.statusCode(), q.asString());
    }

    @Test
    void bureauFilesItsOwnAssessmentAndMonthlyReport() {
        post(TestTokens.bureau("BUR-440000"), FilingBodies.bureau("BUR-440000", "BUREAU_QUARTERLY_ASSESSMENT", "2026-Q3").json())
                .then().statusCode(201).body("verdict", equalTo("ACCEPTED")).body("figures.size()", equalTo(0));
        post(TestTokens.bureau("BUR-440000"), FilingBodies.bureau("BUR-440000", "BUREAU_MONTHLY_NPL", "2026-09").json())
                .then().statusCode(201);
    }

    @Test
    void majorChangeIsOnTimeWithinFiveWorkingDays() {
        clock.setTo(LocalDateTime.of(2026, 11, 26, 10, 0)); // detected Fri 20 Nov, due five working days later (Fri 27 Nov)
        FilingBodies b = FilingBodies.bureau("LC0002", "MAJOR_CHANGE", "2026-11-20");
        b.doc().with("narrative").remove("evaluation");
        Response r = post(TestTokens.bank("LC0002"), b.json());
        assertEquals(201, r.statusCode(), r.asString());
        r.then().body("deadline.status", equalTo("ON_TIME")).body("deadline.daysLate", equalTo(0));
        assertEquals(0, IntakeTables.outboxFor(db, r.jsonPath().getString("submissionId")), "a major change announces no statement");
    }

    @Test
    void aBankCannotFileForAnotherBanksBranch_V8() {
        String other = unit("JS0001", "BRANCH");
        Map<String, Long> before = IntakeTables.counts(db);
        Response r = ProblemAssertions.assertProblem(post(TestTokens.bank("LC0001"), FilingBodies.branchMonthly(other, "2026-03").json()), 403);
        assertEquals("V8", r.jsonPath().getString("errors[0].rule"));
        assertEquals(before, IntakeTables.counts(db));
    }

    @Test
    void aBureauCannotFileABankReportNorAnotherBureausReport_V8() {
        Response r = ProblemAssertions.assertProblem(post(TestTokens.bureau("BUR-440000"), FilingBodies.monthly("LC0001", "2026-02").json()), 403);
        assertEquals("V8", r.jsonPath().getString("errors[0].rule"));
        ProblemAssertions.assertProblem(post(TestTokens.bureau("BUR-440000"),
                FilingBodies.bureau("BUR-320000", "BUREAU_MONTHLY_NPL", "2026-09").json()), 403);
    }

    @Test
    void onlyBanksAndBureausFile() {
        ProblemAssertions.assertProblem(post(TestTokens.cbrc(), FilingBodies.monthly("LC0001", "2026-02").json()), 403);
        ProblemAssertions.assertProblem(post(TestTokens.service(), FilingBodies.monthly("LC0001", "2026-02").json()), 403);
        assertTrue(given().contentType("application/json").body("{}").post("/api/v1/submissions").statusCode() == 401);
    }
}
