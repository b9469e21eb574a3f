package cn.npa.indicator;

import cn.npa.testing.HttpErrorContract;
import cn.npa.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Quarkus' own errors and malformed requests answer as problem+json in the indicator service. */
@QuarkusTest
class ErrorContractTest extends HttpErrorContract {

    @Override
    protected String jsonPath() {
        return "/api/v1/formula-choices/CBRC/I6";
    }

    @Override
    protected String jsonMethod() {
        return "PUT";
    }

    @Override
    protected String token() {
        return TestTokens.cbrc();
    }
}
