package cn.npa.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Before each {@code @QuarkusTest} method of every service (registered through META-INF/services), installs a
 * {@link ContractFilter} built from the document the service under test serves, as a global rest-assured filter: so
 * every rest-assured request and response of every test is checked against the contract. It also writes the served
 * document to target/openapi/served.json, for a look at what the tests saw.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    /** One filter for the JVM; it reads the document of each service address it meets (each Quarkus start may use a new port). */
    private static final ContractFilter FILTER = new ContractFilter(ContractValidation::read);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Filter> kept = new ArrayList<>();
        RestAssured.filters().stream().filter(f -> !(f instanceof ContractFilter)).forEach(kept::add);
        kept.add(FILTER);
        RestAssured.replaceFiltersWith(kept);
    }

    /** The document served at {@code base} (scheme, host and port of the service under test). */
    static String read(String base) {
        try {
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (served.statusCode() != 200) {
                throw new IllegalStateException("the service serves no OpenAPI document at " + base + "/q/openapi: " + served.statusCode());
            }
            Path target = Path.of("target", "openapi");
            Files.createDirectories(target);
            Files.writeString(target.resolve("served.json"), served.body());
            return served.body();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the served OpenAPI document at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
