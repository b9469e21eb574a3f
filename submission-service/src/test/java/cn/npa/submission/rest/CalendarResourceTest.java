package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar API through HTTP: loading a year (D2), its validation, and the due dates it yields (Art. 18, D1). */
@QuarkusTest
class CalendarResourceTest {

    static void load2026() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(CalendarBodies.china2026())
                .put("/api/v1/calendar/2026").then().statusCode(200);
    }

    @Test
    void adminLoadsAYearAndAnyoneReadsIt_D2() {
        load2026();
        given().auth().oauth2(TestTokens.bank("ANY-BANK")).get("/api/v1/calendar/2026")
                .then().statusCode(200).body("year", equalTo(2026))
                .body("holidays", hasSize(33)).body("makeUpWorkdays", hasSize(6))
                .body("makeUpWorkdays.find { it.date == '2026-10-10' }.dayOfWeek", equalTo("SATURDAY"));
    }

    @Test
    void putReplacesTheWholeYear() {
        put(2031, Map.of("holidays", List.of(day("2031-01-01"), day("2031-10-01")), "makeUpWorkdays", List.of(day("2031-09-28"))))
                .then().statusCode(200);
        put(2031, Map.of("holidays", List.of(day("2031-05-01")), "makeUpWorkdays", List.of())).then().statusCode(200);
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/calendar/2031").then().statusCode(200)
                .body("holidays.date", contains("2031-05-01")).body("makeUpWorkdays", hasSize(0));
    }

    @Test
    void hostilePutListsEveryProblem() {
        Map<String, Object> body = Map.of(
                "holidays", List.of(day("2030-02-30"), day("2029-12-31"), day("2030-10-01"), day("2030-10-01"), day("tomorrow")),
                "makeUpWorkdays", List.of(day("2030-10-08"), day("2030-10-06"), day("2031-01-04"), day("2030-10-12")));
        Response r = ProblemAssertions.assertProblem(put(2030, body).andReturn(), 422);
        List<String> found = r.jsonPath().<Map<String, String>>getList("errors").stream()
                .map(e -> e.get("rule") + " " + e.get("path")).toList();
        // 2030-10-08 is a Tuesday; 2030-10-06 (Sunday) and 2030-10-12 (Saturday) are fine make-up days
        assertEquals(List.of(
                "CAL-DATE $.holidays[0].date",
                "CAL-YEAR $.holidays[1].date",
                "CAL-DUPLICATE $.holidays[3].date",
                "CAL-DATE $.holidays[4].date",
                "CAL-MAKEUP-WEEKEND $.makeUpWorkdays[0].date",
                "CAL-YEAR $.makeUpWorkdays[2].date"), found);
        // nothing of a rejected year is stored
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).get("/api/v1/calendar/2030").andReturn(), 404);
    }

    @Test
    void makeUpDayOnAHolidayIsBothProblems() {
        Response r = ProblemAssertions.assertProblem(put(2030, Map.of("holidays", List.of(day("2030-10-05")),
                "makeUpWorkdays", List.of(day("2030-10-05")))).andReturn(), 422);
        assertEquals(List.of("CAL-BOTH"), r.jsonPath().getList("errors.rule"));
        assertEquals(List.of("$.makeUpWorkdays[0].date"), r.jsonPath().getList("errors.path"));
    }

    @Test
    void missingListsAndOutOfRangeYears() {
        Response r = ProblemAssertions.assertProblem(put(2030, Map.of("holidays", List.of())).andReturn(), 422);
        assertEquals(List.of("$.makeUpWorkdays"), r.jsonPath().getList("errors.path"));
        ProblemAssertions.assertProblem(put(1800, Map.of("holidays", List.of(), "makeUpWorkdays", List.of())).andReturn(), 422);
    }

    @Test
    void onlyAdminsLoadTheCalendar() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.bureau("BUR-440000")).contentType("application/json")
                .body(Map.of("holidays", List.of(), "makeUpWorkdays", List.of())).put("/api/v1/calendar/2026").andReturn(), 403);
        ProblemAssertions.assertProblem(given().contentType("application/json")
                .body(Map.of("holidays", List.of(), "makeUpWorkdays", List.of())).put("/api/v1/calendar/2026").andReturn(), 401);
        ProblemAssertions.assertProblem(given().get("/api/v1/calendar/2026").andReturn(), 401);
    }

    @Test
    void unloadedYearIs404() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/calendar/2099").andReturn(), 404);
    }

    @Test
    void dueDatesRollForwardOverSpringFestival_D2() {
        load2026();
        given().auth().oauth2(TestTokens.bank("ANY-BANK")).get("/api/v1/calendar/due-dates?period=2026-01")
                .then().statusCode(200).body("dueDates", hasSize(2))
                .body("dueDates.reportType", contains("BANK_MONTHLY_NPL", "BUREAU_MONTHLY_NPL"))
                .body("dueDates[0].nominalDate", equalTo("2026-02-15"))
                .body("dueDates[0].dueDate", equalTo("2026-02-24"))
                .body("dueDates[0].rolledForward", equalTo(true))
                .body("dueDates[0].calendarLoaded", equalTo(true))
                .body("dueDates[0].lateFrom", startsWith("2026-02-25T00:00"))
                .body("dueDates[0].lateFrom", org.hamcrest.Matchers.endsWith("+08:00"));
    }

    @Test
    void quarterAndYearDueDates() {
        load2026();
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/calendar/due-dates?period=2026-Q3").then().statusCode(200)
                .body("dueDates.reportType", contains("BANK_QUARTERLY_NPA", "BUREAU_QUARTERLY_ASSESSMENT"))
                .body("dueDates.dueDate", contains("2026-10-20", "2026-10-20"));
        given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/calendar/due-dates?period=2025").then().statusCode(200)
                .body("dueDates.dueDate", contains("2026-01-30", "2026-01-30"));
    }

    @Test
    void badPeriodIs400NamingTheParameter() {
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc())
                .get("/api/v1/calendar/due-dates?period=2026-Q5").andReturn(), 400);
        assertEquals("period", r.jsonPath().getString("errors[0].path"));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/calendar/due-dates").andReturn(), 400);
    }

    @Test
    void majorChangeDueAfterConfiguredWorkingDays() {
        load2026();
        given().auth().oauth2(TestTokens.bank("ANY-BANK")).get("/api/v1/calendar/major-change-due?detectedOn=2026-09-29")
                .then().statusCode(200).body("reportType", equalTo("MAJOR_CHANGE")).body("dueDate", equalTo("2026-10-12"))
                .body("source", equalTo("MAJOR_CHANGE"));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc())
                .get("/api/v1/calendar/major-change-due?detectedOn=someday").andReturn(), 400);
    }

    private static Response put(int year, Object body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body).put("/api/v1/calendar/" + year);
    }

    private static Map<String, String> day(String date) {
        return Map.of("date", date);
    }
}
