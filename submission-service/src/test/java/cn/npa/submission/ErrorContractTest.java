package cn.npa.submission;

import cn.npa.testing.HttpErrorContract;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Quarkus' own errors and malformed requests answer as problem+json in the submission service. */
@QuarkusTest
class ErrorContractTest extends HttpErrorContract {

    @Override
    protected String jsonPath() {
        return "/api/v1/institutions";
    }

    @Override
    protected String token() {
        return TestTokens.admin();
    }
}
