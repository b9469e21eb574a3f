package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;

import cn.npa.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** Small helpers for obligation tests: generate a period, find one obligation, a Shanghai clock. */
final class Obligations {

    private Obligations() {
    }

    static JsonPath generate(String period) {
        return given().auth().oauth2(TestTokens.admin()).post("/api/v1/obligations/generate?period=" + period)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The obligations of one institution and period, as the CBRC sees them. */
    static JsonPath of(String institution, String period) {
        return given().auth().oauth2(TestTokens.cbrc()).queryParam("institution", institution).queryParam("period", period)
                .get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
    }

    static long id(String institution, String type, String period) {
        return of(institution, period).getLong("items.find { it.reportType == '" + type + "' }.id");
    }

    static JsonPath get(long id) {
        return given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** BUR-440000's monthly branch deadline for 2016 (10 days after the month end); BUR-320000 sets none for 2016. */
    static void guangdongRule2016() {
        int status = given().auth().oauth2(TestTokens.bureau("BUR-440000")).contentType("application/json")
                .body(Map.of("bureauCode", "BUR-440000", "reportType", "BRANCH_MONTHLY_NPL", "dueDays", 10,
                        "validFrom", "2016-01-01", "validTo", "2016-12-31"))
                .post("/api/v1/deadline-rules").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("rule not set: " + status);
        }
    }

    static Instant shanghai(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }
}
