package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.submission.domain.deadline.DeadlineStatus;
import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.service.ObligationService;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestClock;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hooks the intake calls (recordFiling, openMajorChange) and the overdue job, called directly (D4-D6), with
 * their effect read through HTTP. Periods 2012-2015 and 2016-04 are this class's.
 */
@QuarkusTest
class ObligationHooksTest {

    @Inject
    ObligationService obligations;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void register() {
        DemoRegister.load();
        Obligations.guangdongRule2016();
    }

    @Test
    void theOverdueJobRunTwiceRecordsEachLatenessOnce_D5() {
        int planned = Obligations.generate("2015-07").getInt("planned");
        var now = Obligations.shanghai("2015-08-20T10:00:00"); // LC0001 due Mon 17 Aug 2015 (15th a Saturday)
        assertTrue(obligations.markOverdue(now) >= planned);
        assertEquals(0, obligations.markOverdue(now));
        long id = Obligations.id("LC0001", "BANK_MONTHLY_NPL", "2015-07");
        JsonPath o = Obligations.get(id);
        assertEquals("OVERDUE", o.getString("status"));
        assertEquals(List.of("OVERDUE"), o.getList("lateness.kind"));
        assertEquals(3, o.getInt("lateness[0].daysLate"));

        // D5: a filing after OVERDUE makes it SUBMITTED_LATE with the filing's days late
        assertEquals(DeadlineStatus.late(8), obligations.recordFiling("LC0001", "BANK_MONTHLY_NPL", "2015-07", 1,
                Obligations.shanghai("2015-08-25T09:00:00")));
        o = Obligations.get(id);
        assertEquals("SUBMITTED_LATE", o.getString("status"));
        assertEquals(8, o.getInt("daysLate"));
        assertEquals(List.of("OVERDUE", "ORIGINAL_LATE"), o.getList("lateness.kind"));
    }

    @Test
    void aLateAmendmentIsRecordedWithoutMakingTheOnTimeOriginalLate_D6() {
        // not generated yet: the first filing creates the obligation (Q2 2014 due Mon 21 July, 20 July a Sunday)
        assertEquals(DeadlineStatus.onTime(), obligations.recordFiling("LC0002", "BANK_QUARTERLY_NPA", "2014-Q2", 1,
                Obligations.shanghai("2014-07-21T23:59:00")));
        assertEquals(DeadlineStatus.late(4), obligations.recordFiling("LC0002", "BANK_QUARTERLY_NPA", "2014-Q2", 2,
                Obligations.shanghai("2014-07-25T10:00:00")));
        // the intake retrying the same version records nothing twice
        obligations.recordFiling("LC0002", "BANK_QUARTERLY_NPA", "2014-Q2", 2, Obligations.shanghai("2014-07-25T10:00:00"));
        JsonPath o = Obligations.get(Obligations.id("LC0002", "BANK_QUARTERLY_NPA", "2014-Q2"));
        assertEquals("SUBMITTED_ON_TIME", o.getString("status"));
        assertEquals(0, o.getInt("daysLate"));
        assertEquals(1, o.getInt("firstVersion"));
        assertEquals(List.of("AMENDMENT_LATE"), o.getList("lateness.kind"));
        assertEquals(2, o.getInt("lateness[0].version"));
    }

    @Test
    void aMajorChangeIsDueWorkingDaysAfterDetection() {
        CalendarResourceTest.load2026();
        Obligation opened = obligations.openMajorChange("LC0001", LocalDate.of(2026, 10, 9), "Q1: NPL ratio up 2.4 pp");
        // Fri 9 Oct 2026; Sat 10 Oct is a make-up workday: 10, 12, 13, 14, 15
        assertEquals(LocalDate.of(2026, 10, 15), opened.dueDate());
        assertEquals(opened.id(), obligations.openMajorChange("LC0001", LocalDate.of(2026, 10, 9), "again").id());
        assertEquals(DeadlineStatus.late(1), obligations.recordFiling("LC0001", "MAJOR_CHANGE", "2026-10-09", 1,
                Obligations.shanghai("2026-10-16T09:00:00")));
        JsonPath o = Obligations.get(opened.id());
        assertEquals("SUBMITTED_LATE", o.getString("status"));
        assertEquals("Q1: NPL ratio up 2.4 pp", o.getString("reason"));
    }

    @Test
    void aBranchReportWithoutABureauDeadlineIsOnTimeAndOwesNothing_D3() {
        assertEquals(DeadlineStatus.onTime(), obligations.recordFiling("LC0001-320000", "BRANCH_MONTHLY_NPL", "2012-05", 1,
                Obligations.shanghai("2013-01-01T10:00:00")));
        assertEquals(0, Obligations.of("LC0001-320000", "2012-05").getInt("total"));
    }

    @Test
    void supervisorsListLateAndMissingFilersOfTheirJurisdiction_D5() {
        Obligations.generate("2016-04");
        obligations.recordFiling("LC0001-440000", "BRANCH_MONTHLY_NPL", "2016-04", 1, Obligations.shanghai("2016-05-13T10:00:00"));
        obligations.markOverdue(Obligations.shanghai("2016-06-01T00:00:00"));
        given().auth().oauth2(TestTokens.bureau("BUR-440000")).get("/api/v1/obligations/late?regulator=BUR-440000&period=2016-04&size=1000")
                .then().statusCode(200).body("total", greaterThan(1))
                .body("items.status", everyItem(isOneOf("SUBMITTED_LATE", "OVERDUE")))
                .body("items.bureauCode", everyItem(equalTo("BUR-440000")))
                .body("items.find { it.institutionCode == 'LC0001-440000' }.daysLate", equalTo(3));
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations/late?period=2016-04&size=1000").then().statusCode(200)
                .body("items.institutionCode", hasItem("LC0001")).body("items.institutionCode", hasItem("BUR-110000"));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau("BUR-320000"))
                .get("/api/v1/obligations/late?regulator=BUR-440000&period=2016-04").andReturn(), 404);
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bank("LC0001"))
                .get("/api/v1/obligations/late?period=2016-04").andReturn(), 403);
    }

    @Test
    void latenessPerFilerForAYear_Art20_Art23() {
        for (String p : List.of("2013-01", "2013-02", "2013-03")) {
            Obligations.generate(p);
        }
        obligations.recordFiling("RC0001", "BANK_MONTHLY_NPL", "2013-01", 1, Obligations.shanghai("2013-02-10T10:00:00"));
        obligations.recordFiling("RC0001", "BANK_MONTHLY_NPL", "2013-02", 1, Obligations.shanghai("2013-03-18T10:00:00")); // due Fri 15 Mar
        obligations.recordFiling("RC0001", "BANK_MONTHLY_NPL", "2013-02", 2, Obligations.shanghai("2013-03-20T10:00:00"));
        obligations.markOverdue(Obligations.shanghai("2013-04-20T10:00:00")); // March due Mon 15 Apr
        clock.setTo(LocalDateTime.of(2026, 12, 4, 10, 0)); // the March obligation has been overdue since Mon 15 Apr 2013
        int overdueDays = 4981;
        given().auth().oauth2(TestTokens.bank("RC0001")).get("/api/v1/obligations/lateness?institution=RC0001&year=2013")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].obligations", equalTo(3)).body("items[0].onTime", equalTo(1)).body("items[0].late", equalTo(1))
                .body("items[0].overdue", equalTo(1)).body("items[0].amendmentsLate", equalTo(1))
                .body("items[0].totalDaysLate", equalTo(3 + overdueDays));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations/lateness").andReturn(), 400);
    }
}
