package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, hole 2 for the register: " LC0001", "BUR-440000\n" and their like were trimmed and stored; now every
 * identifier field of a register row (POST, JSON import, CSV import) is refused by its form rule, naming the path and
 * the pattern, and nothing is stored. A name with a NUL or a lone surrogate is refused too.
 */
@QuarkusTest
class RegisterPaddingTest {

    private static final String ROW = "{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"REGULATOR_SUB_BUREAU\",\"parentCode\":\"%s\","
            + "\"supervisorCode\":\"BUR-440000\",\"regionCode\":\"%s\",\"validFrom\":\"%s\"}";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    private long institutions() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from institution")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(String path, String contentType, String body) {
        long before = institutions();
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(contentType).body(body)
                .post(path).andReturn(), 422);
        assertEquals(before, institutions(), "nothing may be stored: " + r.asString());
        return r;
    }

    private static String row(String code, String name, String parent, String region, String from) {
        return String.format(ROW, code, name, parent, region, from);
    }

    @Test
    void aPaddedCodeIsRefusedNamingThePattern() {
        Response r = send("/api/v1/institutions", "application/json", row("SUB-PAD ", "Padded", "BUR-440000", "440900", "2020-01-01"));
        assertEquals("REG-CODE", r.jsonPath().getString("errors[0].rule"), r.asString());
        assertEquals("$.code", r.jsonPath().getString("errors[0].path"), r.asString());
        assertTrue(r.jsonPath().getString("errors[0].message").contains("[A-Z0-9-]{2,40}"), r.asString());
    }

    @Test
    void everyIdentifierOfAnImportRowIsCheckedAsSent() {
        Response r = send("/api/v1/institutions/import", "application/json", "[" + row("SUB-PAD1", "Padded", "BUR-440000\\n", "440900", "2020-01-01")
                + "," + row("SUB-PAD2", "Padded", "BUR-440000", " 440900", "2020-01-01 ") + "]");
        assertEquals(java.util.List.of("rows[1].parentCode", "rows[2].regionCode", "rows[2].validFrom"),
                r.jsonPath().getList("errors.path").stream().sorted().toList(), r.asString());
    }

    @Test
    void aPaddedCodeInACsvImportIsRefused() {
        Response r = send("/api/v1/institutions/import", "text/csv",
                "code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo\n"
                        + "SUB-PAD3 ,Padded,REGULATOR_SUB_BUREAU,BUR-440000,BUR-440000,440900,,2020-01-01,\n");
        assertEquals("rows[1].code", r.jsonPath().getString("errors[0].path"), r.asString());
    }

    @Test
    void aNameWithAControlCharacterOrALoneSurrogateIsRefused() {
        // the import reads its rows itself: the register's name rule
        assertEquals("REG-NAME", send("/api/v1/institutions/import", "application/json",
                "[" + row("SUB-NUL", "Bad\\u0001name", "BUR-440000", "440900", "2020-01-01") + "]").jsonPath().getString("errors[0].rule"));
        // a body read by the REST layer: every text of it (hole 1), 400 naming the path
        long before = institutions();
        Response r = ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(row("SUB-SUR", "Bad \\ud800 name", "BUR-440000", "440900", "2020-01-01")).post("/api/v1/institutions").andReturn(), 400);
        assertEquals("TEXT $.name", r.jsonPath().getString("errors[0].rule") + " " + r.jsonPath().getString("errors[0].path"), r.asString());
        assertEquals(before, institutions());
    }
}
