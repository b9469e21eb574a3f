package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.datagen.InstitutionRow;
import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bulk import through HTTP: JSON and CSV, idempotent, all or nothing with every bad row named. */
@QuarkusTest
class RegisterImportTest {

    static final List<InstitutionRow> DEMO = DemoRegister.ROWS;

    static long exportedCount() {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/institutions/export?asOf=2026-10-31")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void importsTheDemoRegisterAndReImportChangesNothing() {
        DemoRegister.load();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(DemoRegister.json(DEMO))
                .post("/api/v1/institutions/import").then().statusCode(200)
                .body("received", equalTo(DEMO.size())).body("inserted", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(DEMO.size()));
    }

    @Test
    void csvImportOfTheSameRegisterIsUnchanged() {
        DemoRegister.load();
        String csv = InstitutionRow.CSV_HEADER + "\n" + DEMO.stream().map(InstitutionRow::toCsv).collect(Collectors.joining("\n")) + "\n";
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv)
                .post("/api/v1/institutions/import").then().statusCode(200).body("unchanged", equalTo(DEMO.size()));
    }

    @Test
    void aFailedImportNamesEveryBadRowAndStoresNothing() {
        DemoRegister.load();
        long before = exportedCount();
        String body = "[" + String.join(",",
                "{\"code\":\"NEW-1\",\"name\":\"ok\",\"kind\":\"REGULATOR_BUREAU\",\"parentCode\":\"CBRC\",\"supervisorCode\":\"CBRC\",\"regionCode\":\"460000\",\"validFrom\":\"2020-01-01\"}",
                "{\"code\":\"bad code\",\"name\":\"x\",\"kind\":\"BRANCH\",\"parentCode\":\"NOPE\",\"supervisorCode\":\"CBRC\",\"regionCode\":\"999999\",\"validFrom\":\"2020-01-01\"}",
                "{\"code\":\"NEW-3\",\"name\":\"x\",\"kind\":\"SUB_BRANCH\",\"parentCode\":\"NOPE\",\"supervisorCode\":\"BUR-440000\",\"regionCode\":\"440000\",\"validFrom\":\"2020-01-01\",\"colour\":\"red\"}",
                "{\"code\":\"NEW-4\",\"name\":\"x\",\"kind\":\"BANK_HEAD_OFFICE\",\"supervisorCode\":\"CBRC\",\"regionCode\":\"440000\",\"validFrom\":\"2020-01-01\"}") + "]";
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/institutions/import").andReturn(), 422);
        List<String> found = r.jsonPath().getList("errors.findAll { true }.collect { it.rule + '@' + it.path }");
        assertTrue(found.contains("REG-CODE@rows[2].code"), found.toString());
        assertTrue(found.contains("REG-REGION@rows[2].regionCode"), found.toString());
        assertTrue(found.contains("REG-FIELD@rows[3].colour"), found.toString());
        assertTrue(found.contains("REG-PARENT@rows[3].parentCode"), found.toString());
        assertTrue(found.contains("REG-PEER@rows[4].peerGroup"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("rows[1]")), "row 1 is fine: " + found);
        assertEquals(before, exportedCount(), "a failed import must leave the register unchanged");
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).get("/api/v1/institutions/NEW-1").andReturn(), 404);
    }

    @Test
    void onlyAnAdminImports() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.cbrc()).contentType("application/json").body("[]")
                .post("/api/v1/institutions/import").andReturn(), 403);
    }

    @Test
    void aBodyThatIsNotAnArrayIsNamed() {
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"a\":1}")
                .post("/api/v1/institutions/import").andReturn(), 422);
        assertEquals("JSON", r.jsonPath().getString("errors[0].rule"));
    }
}
