package cn.npa.report.service;

import cn.npa.common.security.ServiceTokenSigner;
import cn.npa.common.security.ServiceTokenSource;
import cn.npa.report.config.ServiceCallsConfig;
import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The report service's short-lived {@code service} tokens for calls to the other services: from the identity provider
 * by client credentials when NPA_OIDC_TOKEN_URL is set (production), else signed with its own key.
 */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenSource source;

    public ServiceTokens(ServiceCallsConfig config, @ConfigProperty(name = "quarkus.oidc-client.token-path") Optional<String> tokenUrl,
                         OidcClient provider) {
        this.source = ServiceTokenSource.choose(tokenUrl, provider,
                new ServiceTokenSigner(config.tokenKey(), config.issuer(), "report-service"));
    }

    public Optional<String> token() {
        return source.token();
    }
}
