package cn.npa.submission.rest;

import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.domain.filing.UnifiedSocialCreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Builds filing bodies for HTTP tests: the examples of docs/filing-format.md, with every amount scalable. */
public final class FilingBodies {

    static final ObjectMapper JSON = FilingReader.mapper();

    private final ObjectNode doc;

    private FilingBodies(String institution, String type, String period) {
        doc = JSON.createObjectNode();
        doc.putObject("header").put("institutionCode", institution).put("reportType", type).put("period", period);
    }

    public static FilingBodies monthly(String institution, String period) {
        return new FilingBodies(institution, "BANK_MONTHLY_NPL", period).withLoans();
    }

    public static FilingBodies branchMonthly(String institution, String period) {
        FilingBodies b = new FilingBodies(institution, "BRANCH_MONTHLY_NPL", period).withLoans();
        ((ObjectNode) b.doc.get("loans")).remove("byRegion");
        return b;
    }

    public static FilingBodies quarterly(String institution, String type, String period) {
        FilingBodies b = new FilingBodies(institution, type, period).withLoans();
        b.doc.set("nonCredit", nonCredit());
        b.doc.set("offBalanceSheet", offBalanceSheet());
        b.doc.set("narrative", narrative(false));
        return b;
    }

    public static FilingBodies bureau(String bureau, String type, String period) {
        FilingBodies b = new FilingBodies(bureau, type, period);
        b.doc.set("narrative", narrative(true));
        return b;
    }

    /** Multiplies every amount of the figure sections (loans, non-credit, off-balance-sheet): sums stay consistent. */
    public FilingBodies scale(String factor) {
        BigDecimal f = new BigDecimal(factor);
        for (String section : new String[] {"loans", "nonCredit", "offBalanceSheet"}) {
            if (doc.has(section)) {
                scale(doc.get(section), f);
            }
        }
        return this;
    }

    public FilingBodies reason(String reason) {
        header().put("amendmentReason", reason);
        return this;
    }

    public FilingBodies openingNpl(String value) {
        ((ObjectNode) doc.get("loans").get("movements")).put("openingNpl", new BigDecimal(value));
        return this;
    }

    public ObjectNode header() {
        return (ObjectNode) doc.get("header");
    }

    public ObjectNode doc() {
        return doc;
    }

    public String json() {
        return doc.toString();
    }

    private FilingBodies withLoans() {
        ObjectNode loans = doc.putObject("loans");
        loans.put("totalLoans", dec("10000.00"));
        loans.putObject("grades").put("pass", dec("8000.00")).put("specialMention", dec("1000.00"))
                .put("substandard", dec("500.00")).put("doubtful", dec("300.00")).put("loss", dec("200.00"));
        ArrayNode industries = loans.putArray("byIndustry");
        industries.addObject().put("industry", "C").put("total", dec("6000.00")).put("npl", dec("600.00"));
        industries.addObject().put("industry", "F").put("total", dec("4000.00")).put("npl", dec("400.00"));
        ArrayNode regions = loans.putArray("byRegion");
        regions.addObject().put("regionCode", "440000").put("total", dec("7000.00")).put("npl", dec("700.00"));
        regions.addObject().put("regionCode", "440300").put("total", dec("3000.00")).put("npl", dec("300.00"));
        ObjectNode movements = loans.putObject("movements").put("newNpl", dec("150.00"))
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
            clients.addObject().put("clientId", uscc(i)).put("name", "Client " + i)
                    .put("loanBalance", dec("900.00")).put("nplBalance", dec("90.00"));
        }
        return this;
    }

    private static ObjectNode nonCredit() {
        ObjectNode s = JSON.createObjectNode();
        s.putObject("total").put("assets", dec("2000.00")).put("npa", dec("400.00")).put("estimatedLoss", dec("100.00"));
        ArrayNode lines = s.putArray("byCategory");
        lines.addObject().put("category", "RECEIVABLES").put("assets", dec("1200.00")).put("npa", dec("300.00")).put("estimatedLoss", dec("80.00"));
        lines.addObject().put("category", "FORECLOSED_ASSETS").put("assets", dec("800.00")).put("npa", dec("100.00")).put("estimatedLoss", dec("20.00"));
        return s.put("disposedInPeriod", dec("30.00")).put("newInPeriod", dec("40.00"));
    }

    private static ObjectNode offBalanceSheet() {
        ObjectNode s = JSON.createObjectNode();
        ArrayNode lines = s.putArray("byBusinessType");
        lines.addObject().put("businessType", "BANK_ACCEPTANCE").put("outstanding", dec("3000.00")).put("advances", dec("40.00")).put("newAdvances", dec("8.00"));
        lines.addObject().put("businessType", "LETTER_OF_GUARANTEE").put("outstanding", dec("2000.00")).put("advances", dec("10.00")).put("newAdvances", dec("2.00"));
        return s;
    }

    private static ObjectNode narrative(boolean evaluation) {
        ObjectNode n = JSON.createObjectNode().put("causeAnalysis", "Manufacturing clients in the delta lost export orders.");
        n.putArray("typicalCases").addObject().put("title", "Textile exporter").put("amount", dec("90.00"))
                .put("cause", "POOR_MANAGEMENT_OR_BANKRUPTCY").put("text", "Orders fell by half; the loan was downgraded.");
        n.putObject("trendProjection").put("projectedNplRatio", dec("0.1050")).put("text", "Slightly up next quarter.");
        n.put("measures", "Tighter pre-lending checks for exporters.");
        if (evaluation) {
            n.put("evaluation", "Asset quality in the jurisdiction is stable.");
        }
        return n;
    }

    private static void scale(JsonNode node, BigDecimal f) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (e.getValue().isBigDecimal()) {
                    o.put(e.getKey(), e.getValue().decimalValue().multiply(f).setScale(2, java.math.RoundingMode.UNNECESSARY));
                } else {
                    scale(e.getValue(), f);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> scale(child, f));
        }
    }

    static String uscc(int i) {
        String first17 = "91440300MA5F" + String.format("%05d", i);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
