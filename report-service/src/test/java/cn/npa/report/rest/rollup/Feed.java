package cn.npa.report.rest.rollup;

import static io.restassured.RestAssured.given;

import cn.npa.testing.TestTokens;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;

/** Feed events for tests, written as the submission service's relay writes them (docs/feed.md). */
final class Feed {

    private Feed() {
    }

    /** A filing of loans with {@code total} and {@code npl} (all NPL substandard), exactly as the text gives them. */
    static String filing(String code, String reportType, String period, String total, String npl) {
        String pass = new java.math.BigDecimal(total).subtract(new java.math.BigDecimal(npl)).toPlainString();
        return "{\"header\":{\"institutionCode\":\"" + code + "\",\"reportType\":\"" + reportType + "\",\"period\":\"" + period + "\"},"
                + "\"loans\":{\"totalLoans\":" + total + ",\"grades\":{\"pass\":" + pass + ",\"specialMention\":0.00,"
                + "\"substandard\":" + npl + ",\"doubtful\":0.00,\"loss\":0.00},"
                + "\"movements\":{\"newNpl\":1.00,\"cashCollected\":0.00,\"writtenOff\":0.00,\"debtAssetSwap\":0.00,"
                + "\"upgraded\":0.00,\"otherReduction\":0.00},"
                + "\"clients\":[{\"clientId\":\"91440300MA5" + code.hashCode() % 10 + "XXXXXX\",\"name\":\"Client of " + code
                + "\",\"loanBalance\":" + npl + ",\"nplBalance\":" + npl + "}]}}";
    }

    static String statement(String submissionId, int version, String code, String reportType, String period, String filing) {
        return statement(UUID.randomUUID(), submissionId, version, code, reportType, period, filing);
    }

    static String statement(UUID eventId, String submissionId, int version, String code, String reportType, String period,
                            String filing) {
        return "{\"eventId\":\"" + eventId + "\",\"eventType\":\"STATEMENT_ACCEPTED\",\"submissionId\":\"" + submissionId
                + "\",\"version\":" + version + ",\"institutionCode\":\"" + code + "\",\"reportType\":\"" + reportType
                + "\",\"period\":\"" + period + "\",\"acceptedAt\":\"2026-11-08T09:30:00+08:00\",\"figures\":{\"filing\":" + filing + "}}";
    }

    static String obligation(String code, String reportType, String period, String status, long revision) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"OBLIGATION_STATUS\",\"institutionCode\":\"" + code
                + "\",\"reportType\":\"" + reportType + "\",\"period\":\"" + period + "\",\"status\":\"" + status
                + "\",\"dueDate\":\"2026-11-10\",\"daysLate\":0,\"revision\":" + revision
                + ",\"changedAt\":\"2026-11-10T00:00:00+08:00\"}";
    }

    static String registerChanged(long version) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"REGISTER_CHANGED\",\"registerVersion\":" + version
                + ",\"changedAt\":\"2026-11-01T00:00:00+08:00\"}";
    }

    /** Sends the events in one call; the answer is asserted by the caller. */
    static Response send(List<String> events) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/json")
                .body("[" + String.join(",", events) + "]").post("/api/v1/feed").andReturn();
    }
}
