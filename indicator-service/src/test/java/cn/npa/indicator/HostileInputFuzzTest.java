package cn.npa.indicator;

import cn.npa.common.security.Roles;
import cn.npa.testing.HostileInputFuzzer;
import cn.npa.testing.TestTokens;
import cn.npa.testing.fuzz.ApiOperation;
import cn.npa.testing.fuzz.FuzzProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** Every operation of the indicator service under hostile input (docs/reliability.md); once per build, not per clock run. */
@QuarkusTest
@TestProfile(FuzzProfile.class)
class HostileInputFuzzTest extends HostileInputFuzzer {

    @Override
    protected Map<String, String> samples(ApiOperation op) {
        return Map.of("regulatorCode", "BUR-440000", "indicator", "I6", "formulaId", "I6'");
    }

    @Override
    protected String token(String role) {
        return role.equals(Roles.BUREAU) ? TestTokens.bureau("BUR-440000") : super.token(role);
    }
}
