package cn.npa.indicator;

import static io.restassured.RestAssured.given;

import cn.npa.indicator.rest.Intake;
import cn.npa.testing.SecurityMatrix;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Every operation of the indicator service: who may call it, and who is refused. Its figures: codes SM..., period 2071-01. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrix {

    private static final String T = "2071-01";
    private static final Denied BANK = new Denied("a bank", () -> TestTokens.bank("LC0001"), 403);
    private static final Denied OTHER_BUREAU = new Denied("another bureau", () -> TestTokens.bureau("BUR-110000"), 403);
    private static final Denied OTHER_BUREAU_404 = new Denied("another bureau", () -> TestTokens.bureau("BUR-110000"), 404);
    private static final Denied OTHER_BANK_404 = new Denied("another bank", () -> TestTokens.bank("SMB"), 404);
    private static final Denied OTHER_GROUP = new Denied("a bank of another peer group", () -> TestTokens.bank("SMB"), 403);
    private static final Supplier<String> GD = () -> TestTokens.bureau("BUR-440000");

    private static String intake;
    private static long run;
    private static long flag;
    private static long flagToLift;

    /** The figures, a run of the Guangdong bureau and two flags, made once. */
    @Override
    protected synchronized void prepare() {
        if (intake != null) {
            return;
        }
        intake = new Intake(T, 1).regulators("1000", "10")
                .headOffice("SMA", "CITY_COMMERCIAL", "BUR-440000", "100", "2")
                .branch("SMA-GD", "BRANCH_GRADE_ONE", "SMA", "SMA", "CITY_COMMERCIAL", "BUR-440000", "60", "1", "0")
                .headOffice("SMB", "JOINT_STOCK", "CBRC", "100", "1")
                .branch("SMB-BJ", "BRANCH_GRADE_ONE", "SMB", "SMB", "JOINT_STOCK", "BUR-110000", "60", "1", "0").json();
        int s = post(intake).statusCode();
        if (s != 200 && s != 201) {
            throw new IllegalStateException("matrix figures: " + s);
        }
        run = given().auth().oauth2(GD.get()).contentType("application/json").body(Map.of("period", T, "regulatorCode", "BUR-440000"))
                .post("/api/v1/runs").then().statusCode(201).extract().jsonPath().getLong("id");
        flag = newFlag();
        flagToLift = newFlag();
    }

    private static long newFlag() {
        return given().auth().oauth2(GD.get()).contentType("application/json").body(Map.of("unitCode", "SMA-GD", "reason", "matrix"))
                .post("/api/v1/flags").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response post(String body) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/json").body(body).post("/api/v1/figures").andReturn();
    }

    @Override
    protected Map<String, Rule> rules() {
        prepare();
        Map<String, Rule> r = new HashMap<>();
        r.put("GET /api/v1/formulas", Rule.of(Call.get("/api/v1/formulas"), () -> TestTokens.bank("LC0001"), 200));
        r.put("GET /api/v1/formula-choices/{regulatorCode}", Rule.of(Call.get("/api/v1/formula-choices/BUR-440000"), GD, 200, BANK,
                OTHER_BUREAU));
        r.put("PUT /api/v1/formula-choices/{regulatorCode}/{indicator}", Rule.of(Call.send("PUT", "/api/v1/formula-choices/BUR-440000/I7",
                Map.of("formulaId", "I7")), GD, 200, BANK, OTHER_BUREAU));
        r.put("GET /api/v1/progress-weights/{regulatorCode}", Rule.of(Call.get("/api/v1/progress-weights/BUR-440000"), GD, 200, BANK,
                OTHER_BUREAU));
        r.put("PUT /api/v1/progress-weights/{regulatorCode}", Rule.of(Call.send("PUT", "/api/v1/progress-weights/BUR-440000",
                Map.of("I1", 1, "I2", 1, "I4", 1, "I7", 1)), GD, 200, BANK, OTHER_BUREAU));
        // The same figures again: 200, nothing changes. Only our own services send figures.
        r.put("POST /api/v1/figures", Rule.of(new Call("POST", "/api/v1/figures", intake, "application/json"), TestTokens::service, 200,
                BANK, new Denied("the CBRC", TestTokens::cbrc, 403), new Denied("a bureau", GD, 403)));
        r.put("GET /api/v1/figures", Rule.of(Call.get("/api/v1/figures?period=" + T), TestTokens::cbrc, 200, BANK,
                new Denied("a bureau", GD, 403)));
        r.put("POST /api/v1/runs", Rule.of(Call.send("POST", "/api/v1/runs", Map.of("period", T, "regulatorCode", "BUR-440000")), GD, 201,
                BANK, OTHER_BUREAU));
        r.put("GET /api/v1/runs", Rule.of(Call.get("/api/v1/runs?period=" + T), GD, 200, BANK));
        r.put("GET /api/v1/runs/{id}", Rule.of(Call.get("/api/v1/runs/" + run), GD, 200, BANK, OTHER_BUREAU_404));
        r.put("POST /api/v1/runs/{id}/publish", Rule.of(new Call("POST", "/api/v1/runs/" + run + "/publish", null, null), GD, 200, BANK,
                OTHER_BUREAU_404));
        r.put("POST /api/v1/runs/{id}/recompute", Rule.of(new Call("POST", "/api/v1/runs/" + run + "/recompute", null, null), GD, 200, BANK,
                OTHER_BUREAU_404));
        String assessments = "/api/v1/assessments/" + T;
        String ofRun = "runId=" + run;
        r.put("GET /api/v1/assessments/{period}", Rule.of(Call.get(assessments + "?" + ofRun), () -> TestTokens.bank("SMA"), 200));
        r.put("GET /api/v1/assessments/{period}/nodes/{code}", Rule.of(Call.get(assessments + "/nodes/SMA-GD?" + ofRun),
                () -> TestTokens.bank("SMA"), 200, OTHER_BANK_404, OTHER_BUREAU_404));
        r.put("GET /api/v1/assessments/{period}/peer-statistics", Rule.of(Call.get(assessments + "/peer-statistics?peerGroup=CITY_COMMERCIAL&"
                + ofRun), () -> TestTokens.bank("SMA"), 200, OTHER_GROUP));
        r.put("GET /api/v1/assessments/{period}/ranks", Rule.of(Call.get(assessments + "/ranks?peerGroup=CITY_COMMERCIAL&kind=BANK_HEAD_OFFICE&"
                + ofRun), () -> TestTokens.bank("SMA"), 200, OTHER_GROUP));
        r.put("GET /api/v1/key-lists/{regulatorCode}", Rule.of(Call.get("/api/v1/key-lists/BUR-440000?period=" + T), GD, 200, BANK,
                OTHER_BUREAU_404));
        r.put("POST /api/v1/flags", Rule.of(Call.send("POST", "/api/v1/flags", Map.of("unitCode", "SMA-GD", "reason", "matrix")), GD, 201,
                BANK, OTHER_BUREAU_404));
        r.put("GET /api/v1/flags", Rule.of(Call.get("/api/v1/flags"), GD, 200, BANK));
        r.put("GET /api/v1/flags/{id}", Rule.of(Call.get("/api/v1/flags/" + flag), GD, 200, BANK, OTHER_BUREAU_404));
        r.put("POST /api/v1/flags/{id}/lift", Rule.of(Call.send("POST", "/api/v1/flags/" + flagToLift + "/lift", Map.of("reason", "done")), GD,
                200, BANK, OTHER_BUREAU_404));
        return r;
    }
}
