package cn.npa.submission.service.intake;

import cn.npa.common.security.ServiceTokenSigner;
import cn.npa.common.security.ServiceTokenSource;
import cn.npa.submission.config.OutboxConfig;
import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short-lived "service" token the relay presents to the report service: from the identity provider by client
 * credentials when NPA_OIDC_TOKEN_URL is set (production), else signed with this service's key (NPA_SERVICE_TOKEN_KEY;
 * the embedded run and the tests). Without either, outbox events stay pending until one is set.
 */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenSource source;

    public ServiceTokens(OutboxConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "npa") String issuer,
                         @ConfigProperty(name = "quarkus.oidc-client.token-path") Optional<String> tokenUrl, OidcClient provider) {
        this.source = ServiceTokenSource.choose(tokenUrl, provider,
                new ServiceTokenSigner(config.serviceTokenKey(), issuer, "submission-service"));
    }

    /** A token with some life left, or empty (with one warning) when none can be had now. */
    public Optional<String> token() {
        return source.token();
    }
}
