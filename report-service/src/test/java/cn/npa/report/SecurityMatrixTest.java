package cn.npa.report;

import cn.npa.testing.SecurityMatrix;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

/** Every operation of the report service: who may call it, and who is refused. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrix {

    private static final Denied BANK = new Denied("a bank", () -> TestTokens.bank("LC0001"), 403);
    private static final Denied BUREAU = new Denied("a bureau", () -> TestTokens.bureau("BUR-440000"), 403);
    private static final Denied CBRC = new Denied("the CBRC", TestTokens::cbrc, 403);

    @Override
    protected Map<String, Rule> rules() {
        Map<String, Object> event = Map.of("eventId", UUID.randomUUID().toString(), "submissionId", "S-M", "version", 1,
                "institutionCode", "LC0001", "reportType", "BANK_MONTHLY_NPL", "period", "2026-08",
                "acceptedAt", "2026-09-10T09:00:00+08:00", "figures", Map.of("filing", Map.of("header", Map.of())));
        return Map.of(
                "POST /api/v1/accepted-statements", Rule.of(Call.send("POST", "/api/v1/accepted-statements", event),
                        TestTokens::service, 201, BANK, BUREAU, CBRC),
                "GET /api/v1/accepted-statements", Rule.of(Call.get("/api/v1/accepted-statements?period=2026-08"),
                        TestTokens::service, 200, BANK, BUREAU));
    }
}
