package cn.npa.indicator.rest;

import static io.restassured.RestAssured.given;

import cn.npa.common.credit.CreditCodes;
import cn.npa.testing.TestTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds figures intakes for the HTTP tests: a small country of its own per test class (codes start with the class's
 * prefix), with the regulators every class shares (CBRC, two bureaus, a sub-bureau). Loans only unless a node is given
 * more sections; amounts are in yuan, written as exact decimals.
 */
public final class Intake {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String period;
    private final int version;
    private final List<Map<String, Object>> nodes = new ArrayList<>();
    private final List<Map<String, Object>> exposures = new ArrayList<>();

    public Intake(String period, int version) {
        this.period = period;
        this.version = version;
    }

    /** CBRC, BUR-440000 with its sub-bureau SUB-440100, BUR-110000; each with the loans given (total, NPL). */
    public Intake regulators(String total, String npl) {
        node("CBRC", "REGULATOR_NATIONAL", null, null, null, null, "110000", loans(total, npl, "0", "0"));
        node("BUR-440000", "REGULATOR_BUREAU", "CBRC", "CBRC", null, null, "440000", loans(total, npl, "0", "0"));
        node("SUB-440100", "REGULATOR_SUB_BUREAU", "BUR-440000", "BUR-440000", null, null, "440100", loans(total, npl, "0", "0"));
        node("BUR-110000", "REGULATOR_BUREAU", "CBRC", "CBRC", null, null, "110000", loans(total, npl, "0", "0"));
        return this;
    }

    /** A node with first-reported figures. */
    public Intake node(String code, String kind, String parent, String supervisor, String headOffice, String peerGroup, String region,
                Map<String, Object> sections) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("code", code);
        n.put("kind", kind);
        if (parent != null) {
            n.put("parentCode", parent);
        }
        if (supervisor != null) {
            n.put("supervisorCode", supervisor);
        }
        if (headOffice != null) {
            n.put("headOfficeCode", headOffice);
        }
        if (peerGroup != null) {
            n.put("peerGroup", peerGroup);
        }
        if (region != null) {
            n.put("regionCode", region);
        }
        if (sections != null) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("AS_FIRST_REPORTED", sections);
            n.put("figures", figures);
        }
        nodes.add(n);
        return this;
    }

    /** A head office supervised by {@code supervisor}. */
    public Intake headOffice(String code, String group, String supervisor, String total, String npl) {
        return node(code, "BANK_HEAD_OFFICE", null, supervisor, null, group, "110000", loans(total, npl, "0", "0"));
    }

    /** A branch of a head office at a level, with its loans and cash collected year to date. */
    public Intake branch(String code, String kind, String parent, String headOffice, String group, String supervisor, String total, String npl,
                  String cashYtd) {
        return node(code, kind, parent, supervisor, headOffice, group, "440000", loans(total, npl, "0", cashYtd));
    }

    /** The last node added gets restated loans. */
    public Intake restated(String total, String npl) {
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) nodes.get(nodes.size() - 1).get("figures");
        figures.put("RESTATED", loans(total, npl, "0", "0"));
        return this;
    }

    public Intake exposure(String filer, String client, String name, String group, String loan, String npl) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("filerCode", filer);
        e.put("clientCode", client);
        e.put("name", name);
        if (group != null) {
            e.put("groupId", group);
        }
        e.put("loanBalance", new BigDecimal(loan));
        e.put("nplBalance", new BigDecimal(npl));
        exposures.add(e);
        return this;
    }

    public static Map<String, Object> loans(String total, String npl, String cash, String cashYtd) {
        Map<String, Object> loan = new LinkedHashMap<>();
        loan.put("totalLoans", new BigDecimal(total));
        loan.put("npl", new BigDecimal(npl));
        loan.put("cashCollected", new BigDecimal(cash));
        loan.put("cashCollectedYtd", new BigDecimal(cashYtd));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("loan", loan);
        return s;
    }

    /** A valid credit code made from a 9-character organisation part. */
    public static String client(String org9) {
        return CreditCodes.complete("91440300" + org9);
    }

    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period);
        body.put("figureVersion", version);
        body.put("nodes", nodes);
        body.put("clientExposures", exposures);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response post() {
        return post(json());
    }

    public static Response post(String body) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/json").body(body).post("/api/v1/figures").andReturn();
    }

    /** How many loads of a period are stored. */
    public static int loads(String period) {
        return given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/figures?period=" + period).then().statusCode(200).extract().path("total");
    }
}
