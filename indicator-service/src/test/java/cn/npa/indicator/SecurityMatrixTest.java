package cn.npa.indicator;

import cn.npa.testing.SecurityMatrix;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/** Every operation of the indicator service: who may call it, and who is refused. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrix {

    private static final Denied BANK = new Denied("a bank", () -> TestTokens.bank("LC0001"), 403);
    private static final Denied OTHER_BUREAU = new Denied("another bureau", () -> TestTokens.bureau("BUR-110000"), 403);

    @Override
    protected Map<String, Rule> rules() {
        return Map.of(
                "GET /api/v1/formulas", Rule.of(Call.get("/api/v1/formulas"), () -> TestTokens.bank("LC0001"), 200),
                "GET /api/v1/formula-choices/{regulatorCode}", Rule.of(Call.get("/api/v1/formula-choices/BUR-440000"),
                        () -> TestTokens.bureau("BUR-440000"), 200, BANK, OTHER_BUREAU),
                "PUT /api/v1/formula-choices/{regulatorCode}/{indicator}",
                Rule.of(Call.send("PUT", "/api/v1/formula-choices/BUR-440000/I7", Map.of("formulaId", "I7")),
                        () -> TestTokens.bureau("BUR-440000"), 200, BANK, OTHER_BUREAU));
    }
}
