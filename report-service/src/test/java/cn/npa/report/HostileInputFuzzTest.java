package cn.npa.report;

import cn.npa.testing.HostileInputFuzzer;
import cn.npa.testing.fuzz.ApiOperation;
import cn.npa.testing.fuzz.FuzzProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** Every operation of the report service under hostile input (docs/reliability.md); once per build, not per clock run. */
@QuarkusTest
@TestProfile(FuzzProfile.class)
class HostileInputFuzzTest extends HostileInputFuzzer {

    @Override
    protected Map<String, String> samples(ApiOperation op) {
        return Map.of("period", "2026-08");
    }

    @Override
    protected String body(ApiOperation op, String mediaType) {
        return op.key().equals("POST /api/v1/accepted-statements") ? """
                {"eventId":"6f1c0b1e-0000-4000-8000-000000000016","submissionId":"S-FUZZ","version":1,"institutionCode":"LC0001",
                 "reportType":"BANK_MONTHLY_NPL","period":"2026-08","acceptedAt":"2026-09-10T09:00:00+08:00",
                 "figures":{"filing":{"header":{"institutionCode":"LC0001","reportType":"BANK_MONTHLY_NPL","period":"2026-08"}}}}
                """ : null;
    }
}
