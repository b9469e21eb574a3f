package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.FilingFixtures.dec;

import cn.npa.submission.domain.filing.HostileCorpusTest.Hostile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The hostile corpus. Most documents are the valid quarterly fixture with one thing broken; values JSON trees
 * cannot hold (NaN, 1e309, duplicate keys, broken syntax) are spliced into the text through a raw placeholder.
 */
final class HostileDocuments {

    private HostileDocuments() {
    }

    static List<Hostile> amounts() {
        return List.of(
                raw("string for a number", "/loans/grades/pass", "\"8000.00\"", "V1 $.loans.grades.pass"),
                raw("text NaN for a number", "/loans/grades/pass", "\"NaN\"", "V1 $.loans.grades.pass"),
                raw("literal NaN", "/loans/grades/pass", "NaN", "V1 $.loans.grades.pass"),
                raw("literal Infinity", "/loans/grades/doubtful", "Infinity", "V1 $.loans.grades.doubtful"),
                raw("literal -Infinity", "/loans/grades/loss", "-Infinity", "V1 $.loans.grades.loss"),
                raw("1e309", "/loans/grades/pass", "1e309", "V1 $.loans.grades.pass"),
                raw("1e999999999", "/loans/grades/pass", "1e999999999", "V1 $.loans.grades.pass"),
                raw("-1e999999999", "/nonCredit/total/assets", "-1e999999999", "V1 $.nonCredit.total.assets"),
                raw("1e-999999999", "/loans/movements/newNpl", "1e-999999999", "V1 $.loans.movements.newNpl"),
                raw("ten to the sixteenth", "/loans/grades/pass", "10000000000000000", "V1 $.loans.grades.pass"),
                raw("forty-digit integer", "/offBalanceSheet/totals/outstanding", "1234567890123456789012345678901234567890",
                        "V1 $.offBalanceSheet.totals.outstanding"),
                raw("negative amount", "/loans/grades/specialMention", "-1000.00", "V1 $.loans.grades.specialMention"),
                raw("three decimals", "/loans/byIndustry/0/npl", "600.001", "V1 $.loans.byIndustry[0].npl"),
                raw("boolean for a number", "/nonCredit/disposedInPeriod", "true", "V1 $.nonCredit.disposedInPeriod"),
                raw("object for a number", "/loans/clients/3/loanBalance", "{\"value\":900}", "V1 $.loans.clients[3].loanBalance"),
                raw("array for a number", "/offBalanceSheet/byBusinessType/1/advances", "[10]",
                        "V1 $.offBalanceSheet.byBusinessType[1].advances"),
                raw("ratio above one", "/narrative/trendProjection/projectedNplRatio", "1.5",
                        "V1 $.narrative.trendProjection.projectedNplRatio"),
                raw("null for a required amount", "/loans/movements/cashCollected", "null", "V7 $.loans.movements.cashCollected"));
    }

    static List<Hostile> structure() {
        return List.of(
                text("not JSON at all", "{\"header\": {", "V7 $"),
                text("duplicate object key", "{\"header\":{},\"header\":{}}", "V7 $"),
                text("array instead of object", "[1,2,3]", "V7 $"),
                text("empty object", "{}", "V7 $.header"),
                text("JSON null", "null", "V7 $"),
                edit("unknown top-level field", d -> d.put("signature", "x"), "V7 $.signature"),
                edit("unknown field in grades", d -> d.with("loans").with("grades").put("pass2", 1), "V7 $.loans.grades.pass2"),
                edit("unknown field in a list row", d -> row(d, "byIndustry", 0).put("comment", "x"), "V7 $.loans.byIndustry[0].comment"),
                edit("missing header", d -> d.remove("header"), "V7 $.header"),
                edit("missing non-credit section", d -> d.remove("nonCredit"), "V7 $.nonCredit"),
                edit("missing narrative", d -> d.remove("narrative"), "V7 $.narrative"),
                edit("missing grade", d -> d.with("loans").with("grades").remove("doubtful"), "V7 $.loans.grades.doubtful"),
                edit("grades as array", d -> d.with("loans").putArray("grades"), "V7 $.loans.grades"),
                edit("list row not an object", d -> d.with("loans").withArray("byIndustry").set(0, dec("6000")),
                        "V7 $.loans.byIndustry[0]"),
                edit("unknown report type", d -> d.with("header").put("reportType", "BANK_WEEKLY"), "V7 $.header.reportType"),
                edit("period of wrong shape", d -> d.with("header").put("period", "2026-09"), "V7 $.header.period"),
                edit("bad institution code", d -> d.with("header").put("institutionCode", "bank a"), "V7 $.header.institutionCode"),
                edit("monthly carrying non-credit", d -> {
                    d.with("header").put("reportType", "BANK_MONTHLY_NPL").put("period", "2026-09");
                    d.remove("offBalanceSheet");
                }, "V7 $.nonCredit"),
                edit("bureau carrying loans", d -> {
                    d.with("header").put("reportType", "BUREAU_MONTHLY_NPL").put("period", "2026-09");
                    d.remove("nonCredit");
                    d.remove("offBalanceSheet");
                }, "V7 $.loans"),
                edit("bureau assessment without evaluation", d -> {
                    d.with("header").put("reportType", "BUREAU_QUARTERLY_ASSESSMENT");
                    List.of("loans", "nonCredit", "offBalanceSheet").forEach(d::remove);
                }, "V7 $.narrative.evaluation"),
                edit("bank report with an evaluation", d -> d.with("narrative").put("evaluation", "fine"), "V7 $.narrative.evaluation"),
                edit("empty cause analysis", d -> d.with("narrative").put("causeAnalysis", "  "), "V7 $.narrative.causeAnalysis"));
    }

    static List<Hostile> content() {
        return List.of(
                edit("same industry twice", d -> row(d, "byIndustry", 1).put("industry", "C"), "V7 $.loans.byIndustry[1].industry"),
                edit("same region twice", d -> row(d, "byRegion", 1).put("regionCode", "440000"), "V7 $.loans.byRegion[1].regionCode"),
                edit("same client twice", d -> row(d, "clients", 7).put("clientId", FilingFixtures.uscc(2)), "V7 $.loans.clients[7].clientId"),
                edit("same vintage twice", d -> row(d, "vintages", 1).put("year", 2024), "V7 $.loans.vintages[1].year"),
                edit("same cause twice", d -> row(d, "newNplCauses", 1).put("cause", "POOR_MANAGEMENT_OR_BANKRUPTCY"),
                        "V7 $.loans.newNplCauses[1].cause"),
                edit("same disposal method twice", d -> ((ObjectNode) d.with("loans").with("movements").withArray("byDisposalMethod")
                        .get(3)).put("method", "COLLATERAL_DISPOSAL"), "V7 $.loans.movements.byDisposalMethod[3].method"),
                edit("same category twice", d -> ((ObjectNode) d.with("nonCredit").withArray("byCategory").get(1))
                        .put("category", "RECEIVABLES"), "V7 $.nonCredit.byCategory[1].category"),
                edit("unknown cause", d -> row(d, "newNplCauses", 0).put("cause", "BAD_LUCK"), "V7 $.loans.newNplCauses[0].cause"),
                edit("industry outside A-T", d -> row(d, "byIndustry", 0).put("industry", "Z"), "V7 $.loans.byIndustry[0].industry"),
                edit("region code not real", d -> row(d, "byRegion", 0).put("regionCode", "990000"), "V7 $.loans.byRegion[0].regionCode"),
                edit("vintage year as text", d -> row(d, "vintages", 0).put("year", "2024"), "V7 $.loans.vintages[0].year"),
                edit("client id as number", d -> row(d, "clients", 0).put("clientId", 91440300L), "V7 $.loans.clients[0].clientId"),
                edit("wrong check character", d -> row(d, "clients", 0).put("clientId", "91350100M000100Y44"), "V6 $.loans.clients[0].clientId"),
                edit("lowercase credit code", d -> row(d, "clients", 1).put("clientId", "91350100m000100Y43"), "V6 $.loans.clients[1].clientId"),
                edit("credit code with letter O", d -> row(d, "clients", 2).put("clientId", "91350100O000100Y43"), "V6 $.loans.clients[2].clientId"),
                edit("grades do not make the total", d -> d.with("loans").put("totalLoans", dec("9999.99")), "V2 $.loans.totalLoans"),
                edit("industries do not add up", d -> row(d, "byIndustry", 0).put("total", dec("5999.00")), "V3 $.loans.byIndustry"),
                edit("regions' NPL does not add up", d -> row(d, "byRegion", 1).put("npl", dec("299.00")), "V3 $.loans.byRegion"),
                edit("vintages do not add up", d -> row(d, "vintages", 1).put("balance", dec("4000.01")), "V3 $.loans.vintages"),
                edit("causes do not add up", d -> row(d, "newNplCauses", 1).put("amount", dec("49.00")), "V3 $.loans.newNplCauses"),
                edit("categories do not add up", d -> d.with("nonCredit").with("total").put("assets", dec("2000.01")),
                        "V3 $.nonCredit.byCategory"),
                edit("client NPL above its loans", d -> row(d, "clients", 5).put("nplBalance", dec("900.01")),
                        "V4 $.loans.clients[5].nplBalance", "V3 $.loans.clients"),
                edit("line NPL above its loans", d -> {
                    row(d, "byIndustry", 0).put("npl", dec("6000.01")).put("total", dec("6000.00"));
                    row(d, "byIndustry", 1).put("npl", dec("-0.01"));
                }, "V1 $.loans.byIndustry[1].npl", "V4 $.loans.byIndustry[0].npl"),
                edit("non-credit NPA above assets", d -> {
                    d.with("nonCredit").with("total").put("npa", dec("2000.01"));
                    ((ObjectNode) d.with("nonCredit").withArray("byCategory").get(0)).put("npa", dec("1900.01"));
                }, "V4 $.nonCredit.total.npa", "V4 $.nonCredit.byCategory[0].npa"),
                edit("only three clients", d -> {
                    var clients = d.with("loans").withArray("clients");
                    while (clients.size() > 3) {
                        clients.remove(clients.size() - 1);
                    }
                }, "V7 $.loans.clients", "V7 $.loans.clients"));
    }

    private static ObjectNode row(ObjectNode doc, String array, int i) {
        return (ObjectNode) doc.with("loans").withArray(array).get(i);
    }

    private static Hostile edit(String name, Consumer<ObjectNode> change, String... expected) {
        ObjectNode doc = FilingFixtures.quarterly();
        change.accept(doc);
        return new Hostile(name, doc.toString(), List.of(expected));
    }

    private static Hostile text(String name, String json, String... expected) {
        return new Hostile(name, json, List.of(expected));
    }

    /** Replaces the value at a JSON pointer with raw JSON text, such as NaN, that a tree cannot hold. */
    private static Hostile raw(String name, String pointer, String rawJson, String... expected) {
        ObjectNode doc = FilingFixtures.quarterly();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        String marker = "@@RAW@@";
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(field), TextNode.valueOf(marker));
        } else {
            ((ObjectNode) parent).put(field, marker);
        }
        return new Hostile(name, doc.toString().replace("\"" + marker + "\"", rawJson), List.of(expected));
    }
}
