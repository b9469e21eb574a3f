package cn.npa.submission;

import static io.restassured.RestAssured.given;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import cn.npa.testing.TestTokens;
import java.util.List;
import java.util.stream.Collectors;

/** The demo register (seed 2004) that tests build on; importing it again changes nothing. */
public final class DemoRegister {

    public static final List<InstitutionRow> ROWS = RegisterGenerator.generate(2004L, RegisterScale.DEMO);

    private DemoRegister() {
    }

    public static String json(List<InstitutionRow> rows) {
        return rows.stream().map(InstitutionRow::toJson).collect(Collectors.joining(",", "[", "]"));
    }

    public static void load() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(json(ROWS))
                .post("/api/v1/institutions/import").then().statusCode(200);
    }
}
