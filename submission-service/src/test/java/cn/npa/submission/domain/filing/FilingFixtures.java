package cn.npa.submission.domain.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Valid filings as JSON trees, built piece by piece so that each test changes one thing. The quarterly fixture's
 * figures add up: loans 10000.00 of which NPL 1000.00; industries C/F, regions 440000/440300, ten clients.
 */
public final class FilingFixtures {

    static final ObjectMapper MAPPER = FilingReader.mapper();

    private FilingFixtures() {
    }

    static ObjectNode quarterly() {
        ObjectNode doc = document("BANK_QUARTERLY_NPA", "2026-Q3");
        doc.set("loans", loans());
        doc.set("nonCredit", nonCredit());
        doc.set("offBalanceSheet", offBalanceSheet());
        doc.set("narrative", narrative(false));
        return doc;
    }

    static ObjectNode monthly() {
        ObjectNode doc = document("BANK_MONTHLY_NPL", "2026-09");
        doc.set("loans", loans());
        return doc;
    }

    static ObjectNode bureauAssessment() {
        ObjectNode doc = document("BUREAU_QUARTERLY_ASSESSMENT", "2026-Q3");
        doc.with("header").put("institutionCode", "CBRC-GD");
        doc.set("narrative", narrative(true));
        return doc;
    }

    static ObjectNode document(String type, String period) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.putObject("header").put("institutionCode", "BANK-A").put("reportType", type).put("period", period);
        return doc;
    }

    public static ObjectNode loans() {
        ObjectNode loans = MAPPER.createObjectNode();
        loans.put("totalLoans", dec("10000.00"));
        loans.putObject("grades").put("pass", dec("8000.00")).put("specialMention", dec("1000.00"))
                .put("substandard", dec("500.00")).put("doubtful", dec("300.00")).put("loss", dec("200.00"));
        ArrayNode industries = loans.putArray("byIndustry");
        industries.addObject().put("industry", "C").put("total", dec("6000.00")).put("npl", dec("600.00"));
        industries.addObject().put("industry", "F").put("total", dec("4000.00")).put("npl", dec("400.00"));
        ArrayNode regions = loans.putArray("byRegion");
        regions.addObject().put("regionCode", "440000").put("total", dec("7000.00")).put("npl", dec("700.00"));
        regions.addObject().put("regionCode", "440300").put("total", dec("3000.00")).put("npl", dec("300.00"));
        ObjectNode movements = loans.putObject("movements").put("openingNpl", dec("950.00")).put("newNpl", dec("150.00"))
                .put("cashCollected", dec("50.00")).put("writtenOff", dec("30.00")).put("debtAssetSwap", dec("10.00"))
                .put("upgraded", dec("5.00")).put("otherReduction", dec("5.00"));
        ArrayNode methods = movements.putArray("byDisposalMethod");
        methods.addObject().put("method", "WRITE_OFF").put("amount", dec("30.00"));
        methods.addObject().put("method", "COLLECTION_LITIGATION").put("amount", dec("50.00"));
        methods.addObject().put("method", "COLLATERAL_DISPOSAL").put("amount", dec("10.00"));
        methods.addObject().put("method", "DEBT_RESTRUCTURING").put("amount", dec("5.00"));
        ArrayNode vintages = loans.putArray("vintages");
        vintages.addObject().put("year", 2024).put("balance", dec("6000.00")).put("npl", dec("500.00"));
        vintages.addObject().put("year", 2025).put("balance", dec("4000.00")).put("npl", dec("500.00"));
        ArrayNode causes = loans.putArray("newNplCauses");
        causes.addObject().put("cause", "POOR_MANAGEMENT_OR_BANKRUPTCY").put("amount", dec("100.00"));
        causes.addObject().put("cause", "DEBT_EVASION").put("amount", dec("50.00"));
        ArrayNode clients = loans.putArray("clients");
        for (int i = 0; i < 10; i++) {
            clients.addObject().put("clientId", uscc(i)).put("name", "Client " + i).put("groupId", i < 5 ? "GRP-1" : null)
                    .put("loanBalance", dec("900.00")).put("nplBalance", dec("90.00"));
        }
        return loans;
    }

    public static ObjectNode nonCredit() {
        ObjectNode s = MAPPER.createObjectNode();
        s.putObject("total").put("assets", dec("2000.00")).put("npa", dec("400.00")).put("estimatedLoss", dec("100.00"));
        ArrayNode lines = s.putArray("byCategory");
        lines.addObject().put("category", "RECEIVABLES").put("assets", dec("1200.00")).put("npa", dec("300.00")).put("estimatedLoss", dec("80.00"));
        lines.addObject().put("category", "FORECLOSED_ASSETS").put("assets", dec("800.00")).put("npa", dec("100.00")).put("estimatedLoss", dec("20.00"));
        return s.put("disposedInPeriod", dec("30.00")).put("newInPeriod", dec("40.00"));
    }

    public static ObjectNode offBalanceSheet() {
        ObjectNode s = MAPPER.createObjectNode();
        s.putObject("totals").put("outstanding", dec("5000.00")).put("advances", dec("50.00")).put("newAdvances", dec("10.00"));
        ArrayNode lines = s.putArray("byBusinessType");
        lines.addObject().put("businessType", "BANK_ACCEPTANCE").put("outstanding", dec("3000.00")).put("advances", dec("40.00")).put("newAdvances", dec("8.00"));
        lines.addObject().put("businessType", "LETTER_OF_GUARANTEE").put("outstanding", dec("2000.00")).put("advances", dec("10.00")).put("newAdvances", dec("2.00"));
        return s;
    }

    public static ObjectNode narrative(boolean evaluation) {
        ObjectNode n = MAPPER.createObjectNode().put("causeAnalysis", "Manufacturing clients in the delta lost export orders.");
        n.putArray("typicalCases").addObject().put("title", "Textile exporter").put("amount", dec("90.00"))
                .put("cause", "POOR_MANAGEMENT_OR_BANKRUPTCY").put("text", "Orders fell by half; the loan was downgraded.");
        n.putObject("trendProjection").put("projectedNplRatio", dec("0.1050")).put("text", "Slightly up next quarter.");
        n.put("measures", "Tighter pre-lending checks for exporters.");
        if (evaluation) {
            n.put("evaluation", "Asset quality in the jurisdiction is stable.");
        }
        return n;
    }

    /** The i-th valid test credit code: a Shenzhen (440300) enterprise code with its computed check character. */
    public static String uscc(int i) {
        String first17 = "91440300MA5F" + String.format("%05d", i);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    public static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    /** Reads a document that must be valid, failing the test with the findings otherwise. */
    static Filing read(JsonNode doc) {
        ReadResult r = FilingValidator.readAndValidate(doc, FilerCheck.NONE);
        assertEquals(List.of(), r.errors(), "fixture should be valid");
        return r.filing();
    }
}
