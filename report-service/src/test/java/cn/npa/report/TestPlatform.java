package cn.npa.report;

import cn.npa.testing.NpaTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Declares, once for all tests of this module, the embedded PostgreSQL and the test signing key. */
@QuarkusTestResource(NpaTestResource.class)
public final class TestPlatform {
    private TestPlatform() {
    }
}
