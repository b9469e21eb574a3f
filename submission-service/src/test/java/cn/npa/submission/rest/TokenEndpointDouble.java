package cn.npa.submission.rest;

import cn.npa.common.security.Roles;
import cn.npa.testing.TestTokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays an identity provider's token endpoint (Keycloak's {@code /realms/npa/protocol/openid-connect/token}) beside the
 * service under test, on a port of its own: the client credentials grant of client {@code npa-submission-service}
 * with its secret in HTTP Basic (as Keycloak's {@code client-secret} authenticator takes it) gets a token of the
 * client's service account with role {@code service}, signed with the test key; anything else gets Keycloak's 401
 * {@code invalid_client}. Points {@code quarkus.oidc-client.token-path} at itself.
 */
public class TokenEndpointDouble implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT = "npa-submission-service";
    static final String SECRET = "test-only-client-secret";
    static final String SUBJECT = "service-account-npa-submission-service";
    static final AtomicInteger GRANTS = new AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/realms/npa/protocol/openid-connect/token", this::token);
        server.start();
        return Map.of("quarkus.oidc-client.token-path",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/npa/protocol/openid-connect/token",
                "quarkus.oidc-client.client-id", CLIENT, "quarkus.oidc-client.credentials.secret", SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        boolean grant = URLDecoder.decode(form, StandardCharsets.UTF_8).contains("grant_type=client_credentials");
        if (!"POST".equals(exchange.getRequestMethod()) || !grant || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}");
            return;
        }
        GRANTS.incrementAndGet();
        String token = TestTokens.token(SUBJECT, null, Roles.SERVICE, "default-roles-npa");
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300,\"token_type\":\"Bearer\",\"scope\":\"\"}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
