package cn.npa.submission.rest;

import cn.npa.submission.domain.filing.FilingFixtures;
import cn.npa.submission.domain.filing.FilingReader;
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

    /** The domain tests' loan section, without the opening NPL (no Q5 here) and without client groups. */
    private FilingBodies withLoans() {
        ObjectNode loans = FilingFixtures.loans();
        ((ObjectNode) loans.get("movements")).remove("openingNpl");
        loans.get("clients").forEach(c -> ((ObjectNode) c).remove("groupId"));
        doc.set("loans", loans);
        return this;
    }

    private static ObjectNode nonCredit() {
        return FilingFixtures.nonCredit();
    }

    /** The domain tests' off-balance-sheet section, without its stated totals. */
    private static ObjectNode offBalanceSheet() {
        ObjectNode obs = FilingFixtures.offBalanceSheet();
        obs.remove("totals");
        return obs;
    }

    private static ObjectNode narrative(boolean evaluation) {
        return FilingFixtures.narrative(evaluation);
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
        return FilingFixtures.uscc(i);
    }

    static BigDecimal dec(String s) {
        return FilingFixtures.dec(s);
    }
}
