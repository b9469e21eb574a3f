package cn.npa.report.rest.analysis;

import static io.restassured.RestAssured.given;

import cn.npa.testing.TestTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filings for the report tests, built field by field as docs/filing-format.md describes them, and sent on the bulk feed
 * as the submission service's relay sends them.
 */
final class Filings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> loans = new LinkedHashMap<>();
    private final Map<String, Object> movements = new LinkedHashMap<>();
    private Map<String, Object> narrative;
    private Map<String, Object> nonCredit;
    private Map<String, Object> offBalanceSheet;
    private final List<Object> vintages = new ArrayList<>();
    private final List<Object> causes = new ArrayList<>();
    private final List<Object> disposal = new ArrayList<>();

    private Filings(String code, String type, String period) {
        header.put("institutionCode", code);
        header.put("reportType", type);
        header.put("period", period);
    }

    /** Loans of {@code total} with {@code npl} (substandard), all in industry C, one vintage, one client holding the NPL. */
    static Filings loans(String code, String type, String period, String total, String npl) {
        Filings f = new Filings(code, type, period);
        BigDecimal t = new BigDecimal(total);
        BigDecimal n = new BigDecimal(npl);
        f.loans.put("grades", Map.of("pass", t.subtract(n), "specialMention", new BigDecimal("0.00"), "substandard", n,
                "doubtful", new BigDecimal("0.00"), "loss", new BigDecimal("0.00")));
        f.loans.put("byIndustry", List.of(Map.of("industry", "C", "total", t, "npl", n)));
        f.movements(Map.of("newNpl", "0.00", "cashCollected", "0.00", "writtenOff", "0.00", "debtAssetSwap", "0.00",
                "upgraded", "0.00", "otherReduction", "0.00"));
        f.loans.put("clients", List.of(Map.of("clientId", "C-" + code, "name", "Client of " + code, "loanBalance", n, "nplBalance", n)));
        f.vintages.add(Map.of("year", Integer.parseInt(period.substring(0, 4)) - 1, "balance", t, "npl", n));
        return f;
    }

    /** The reason a version 2 or later carries (docs/filing-format.md, {@code header.amendmentReason}). */
    Filings amendmentReason(String reason) {
        header.put("amendmentReason", reason);
        return this;
    }

    Filings movements(Map<String, String> amounts) {
        amounts.forEach((k, v) -> movements.put(k, new BigDecimal(v)));
        return this;
    }

    Filings disposal(String method, String amount) {
        disposal.add(Map.of("method", method, "amount", new BigDecimal(amount)));
        return this;
    }

    Filings cause(String cause, String amount) {
        causes.add(Map.of("cause", cause, "amount", new BigDecimal(amount)));
        return this;
    }

    /** Replaces the vintages by the given {year, balance, npl} triples. */
    Filings vintages(Object... yearBalanceNpl) {
        vintages.clear();
        for (int i = 0; i < yearBalanceNpl.length; i += 3) {
            vintages.add(Map.of("year", yearBalanceNpl[i], "balance", new BigDecimal((String) yearBalanceNpl[i + 1]),
                    "npl", new BigDecimal((String) yearBalanceNpl[i + 2])));
        }
        return this;
    }

    Filings narrative(String causeAnalysis, String caseTitle, String caseAmount, String measures, String projectedRatio) {
        narrative = new LinkedHashMap<>();
        narrative.put("causeAnalysis", causeAnalysis);
        narrative.put("typicalCases", caseTitle == null ? List.of() : List.of(Map.of("title", caseTitle, "amount",
                new BigDecimal(caseAmount), "cause", "POOR_MANAGEMENT_OR_BANKRUPTCY", "text", caseTitle + ": the borrower stopped paying")));
        narrative.put("trendProjection", projectedRatio == null ? Map.of("text", "stable")
                : Map.of("text", "rising slightly", "projectedNplRatio", new BigDecimal(projectedRatio)));
        narrative.put("measures", measures);
        return this;
    }

    /** A regulator's own filing: words only (and an evaluation). */
    static Filings words(String code, String type, String period, String analysis, String evaluation) {
        Filings f = new Filings(code, type, period);
        f.narrative(analysis, null, null, "Supervisory measures of " + code, null);
        f.narrative.put("evaluation", evaluation);
        f.loans.clear();
        return f;
    }

    Filings nonCredit(String assets, String npa, String loss, String disposed, String fresh) {
        Map<String, Object> total = Map.of("assets", new BigDecimal(assets), "npa", new BigDecimal(npa), "estimatedLoss", new BigDecimal(loss));
        nonCredit = new LinkedHashMap<>();
        nonCredit.put("total", total);
        nonCredit.put("byCategory", List.of(new LinkedHashMap<>(Map.of("category", "RECEIVABLES", "assets", new BigDecimal(assets),
                "npa", new BigDecimal(npa), "estimatedLoss", new BigDecimal(loss)))));
        nonCredit.put("disposedInPeriod", new BigDecimal(disposed));
        nonCredit.put("newInPeriod", new BigDecimal(fresh));
        return this;
    }

    Filings offBalanceSheet(String outstanding, String advances, String newAdvances) {
        offBalanceSheet = Map.of("byBusinessType", List.of(Map.of("businessType", "BANK_ACCEPTANCE", "outstanding", new BigDecimal(outstanding),
                "advances", new BigDecimal(advances), "newAdvances", new BigDecimal(newAdvances))));
        return this;
    }

    String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("header", header);
        if (!loans.isEmpty()) {
            Map<String, Object> l = new LinkedHashMap<>(loans);
            Map<String, Object> m = new LinkedHashMap<>(movements);
            if (!disposal.isEmpty()) {
                m.put("byDisposalMethod", disposal);
            }
            l.put("movements", m);
            l.put("vintages", vintages);
            l.put("newNplCauses", causes);
            doc.put("loans", l);
        }
        if (nonCredit != null) {
            doc.put("nonCredit", nonCredit);
        }
        if (offBalanceSheet != null) {
            doc.put("offBalanceSheet", offBalanceSheet);
        }
        if (narrative != null) {
            doc.put("narrative", narrative);
        }
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed event carrying this filing as version {@code version} of {@code submissionId}. */
    String event(String submissionId, int version) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"STATEMENT_ACCEPTED\",\"submissionId\":\"" + submissionId
                + "\",\"version\":" + version + ",\"institutionCode\":\"" + header.get("institutionCode") + "\",\"reportType\":\""
                + header.get("reportType") + "\",\"period\":\"" + header.get("period")
                + "\",\"acceptedAt\":\"2026-11-08T09:30:00+08:00\",\"figures\":{\"filing\":" + json() + "}}";
    }

    static String obligation(String code, String reportType, String period, String status, long revision) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"OBLIGATION_STATUS\",\"institutionCode\":\"" + code
                + "\",\"reportType\":\"" + reportType + "\",\"period\":\"" + period + "\",\"status\":\"" + status
                + "\",\"dueDate\":\"2026-11-10\",\"daysLate\":0,\"revision\":" + revision
                + ",\"changedAt\":\"2026-11-10T00:00:00+08:00\"}";
    }

    static void send(List<String> events) {
        given().auth().oauth2(TestTokens.service()).contentType("application/json").body("[" + String.join(",", events) + "]")
                .post("/api/v1/feed").then().statusCode(200);
    }
}
