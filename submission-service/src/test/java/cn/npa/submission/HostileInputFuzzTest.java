package cn.npa.submission;

import static io.restassured.RestAssured.given;

import cn.npa.common.security.Roles;
import cn.npa.datagen.InstitutionRow;
import cn.npa.submission.rest.FilingBodies;
import cn.npa.testing.HostileInputFuzzer;
import cn.npa.testing.TestTokens;
import cn.npa.testing.fuzz.ApiOperation;
import cn.npa.testing.fuzz.FuzzProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every operation of the submission service under hostile input (docs/reliability.md), on the demo register in the
 * fuzzer's own schema, with a filing, a deadline rule and an obligation for the operations that read one by id.
 * Once per build: the parent pom leaves it out of the clock runs (hostile input does not depend on the date).
 */
@QuarkusTest
@TestProfile(FuzzProfile.class)
class HostileInputFuzzTest extends HostileInputFuzzer {

    /** The document's first example with a reason, so that every changed copy that passes the rules is stored as a new version. */
    private static String withAmendmentReason(JsonNode example) {
        ObjectNode filing = example.deepCopy();
        ((ObjectNode) filing.get("header")).put("amendmentReason", "Fuzz: the same report again");
        return filing.toString();
    }

    /** The first rows of the demo register (the CBRC and bureaus): an import of them changes nothing. */
    private static final List<InstitutionRow> FIRST_ROWS = DemoRegister.ROWS.subList(0, 3);

    private String submission;
    private long rule;
    private long obligation;

    @Override
    protected void prepare() {
        DemoRegister.load();
        submission = given().auth().oauth2(TestTokens.bank("LC0002")).contentType("application/json")
                .body(FilingBodies.monthly("LC0002", "2026-04").scale("1.5").json()).post("/api/v1/submissions")
                .then().statusCode(201).extract().jsonPath().getString("submissionId");
        rule = given().auth().oauth2(TestTokens.bureau("BUR-620000")).contentType("application/json")
                .body(Map.of("bureauCode", "BUR-620000", "reportType", "BRANCH_MONTHLY_NPL", "dueDays", 12, "validFrom", "2026-01-01"))
                .post("/api/v1/deadline-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/obligations/generate?period=2011-03").then().statusCode(200);
        obligation = given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/obligations?institution=LC0001&period=2011-03")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Override
    protected Map<String, String> samples(ApiOperation op) {
        Map<String, String> s = new HashMap<>(Map.of("code", "LC0001", "asOf", "2026-06-30", "institution", "LC0001", "period", "2026-04",
                "bureau", "BUR-440000", "regulator", "BUR-440000", "detectedOn", "2026-10-12", "year", "2099", "n", "1", "rule", "Q3"));
        s.putAll(Map.of("type", "BANK_MONTHLY_NPL", "bureauCode", "BUR-620000", "reportType", "BRANCH_MONTHLY_NPL", "dueDays", "12",
                "validFrom", "2027-01-01", "date", "2099-10-01", "name", "National Day", "reason", "Fuzz", "text", "A merger."));
        if (op.path().contains("jurisdiction")) {
            s.put("code", "BUR-440000");
        }
        s.put("id", op.path().startsWith("/api/v1/submissions") ? submission
                : op.path().startsWith("/api/v1/deadline-rules") ? String.valueOf(rule) : String.valueOf(obligation));
        return s;
    }

    @Override
    protected String token(ApiOperation op) {
        if (op.path().startsWith("/api/v1/submissions/{id}")) {
            return TestTokens.bank("LC0002");
        }
        if (op.key().equals("POST /api/v1/deadline-rules")) {
            return TestTokens.bureau("BUR-620000");
        }
        return super.token(op);
    }

    @Override
    protected String token(String role) {
        return role.equals(Roles.BUREAU) ? TestTokens.bureau("BUR-440000") : super.token(role);
    }

    @Override
    protected String body(ApiOperation op, String mediaType) {
        return switch (op.key()) {
            case "POST /api/v1/institutions" -> """
                    {"code":"SUB-FUZZ","name":"Fuzz sub-bureau","kind":"REGULATOR_SUB_BUREAU","parentCode":"BUR-440000",
                     "supervisorCode":"BUR-440000","regionCode":"440900","validFrom":"2020-01-01"}""";
            case "POST /api/v1/institutions/import" -> mediaType.equals("text/csv")
                    ? InstitutionRow.CSV_HEADER + "\n" + FIRST_ROWS.stream().map(InstitutionRow::toCsv).collect(Collectors.joining("\n"))
                    : DemoRegister.json(FIRST_ROWS);
            case "POST /api/v1/submissions" -> withAmendmentReason(op.bodies().get(mediaType).example());
            case "PUT /api/v1/calendar/{year}" -> """
                    {"holidays":[{"date":"2099-10-01","name":"National Day"}],"makeUpWorkdays":[{"date":"2099-09-26","name":"Make-up"}]}""";
            default -> null;
        };
    }
}
