package cn.npa.common.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Where the {@code service} token a service presents to another comes from. In production the identity provider
 * (Keycloak) mints it by the client credentials grant of the service's own client, because the receivers verify only
 * the provider's keys (docs/deployment.md, section 5); in the embedded run and the tests, where no provider runs, the
 * service signs it with its own key ({@link ServiceTokenSigner}). Either way an empty answer means "not now": the
 * caller keeps its work pending rather than failing.
 */
public final class ServiceTokenSource {

    private static final Logger LOG = Logger.getLogger(ServiceTokenSource.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final OidcClient provider;
    private final ServiceTokenSigner signer;
    private TokensHelper tokens = new TokensHelper();
    private boolean failing;
    private boolean obtained;

    private ServiceTokenSource(OidcClient provider, ServiceTokenSigner signer) {
        this.provider = provider;
        this.signer = signer;
    }

    /**
     * From the provider when its token endpoint is configured ({@code quarkus.oidc-client.token-path}, set from
     * {@code NPA_OIDC_TOKEN_URL}), else signed by this service's own key.
     */
    public static ServiceTokenSource choose(Optional<String> tokenUrl, OidcClient client, ServiceTokenSigner signer) {
        if (tokenUrl.filter(u -> !u.isBlank()).isPresent()) {
            LOG.infof("service tokens from the identity provider at %s (client credentials)", tokenUrl.get());
            return fromProvider(client);
        }
        return selfSigned(signer);
    }

    /** Tokens from the provider through {@code client} (configured by {@code quarkus.oidc-client.*}). */
    public static ServiceTokenSource fromProvider(OidcClient client) {
        return new ServiceTokenSource(client, null);
    }

    /** Tokens signed by this service's own key. */
    public static ServiceTokenSource selfSigned(ServiceTokenSigner signer) {
        return new ServiceTokenSource(null, signer);
    }

    /** Whether tokens come from the identity provider. */
    public boolean fromProvider() {
        return provider != null;
    }

    /**
     * A token with some life left, or empty (with one warning per outage) when none can be had now. The provider's
     * token is kept and reused until it nears its expiry ({@code quarkus.oidc-client.refresh-token-time-skew}).
     */
    public synchronized Optional<String> token() {
        if (provider == null) {
            return signer.token();
        }
        try {
            String token = tokens.getTokens(provider).await().atMost(WAIT).getAccessToken();
            if (failing || !obtained) {
                // an operator checking a new deployment (or the end of an outage) looks for this line
                LOG.info(obtained ? "service tokens from the identity provider again" : "first service token from the identity provider");
                failing = false;
                obtained = true;
            }
            return Optional.ofNullable(token);
        } catch (RuntimeException e) {
            // a fresh helper: the next call asks the provider again instead of replaying the failed request
            tokens = new TokensHelper();
            if (!failing) {
                LOG.warnf("no service token from the identity provider (%s): calls to other services wait until it answers", e.getMessage());
                failing = true;
            }
            return Optional.empty();
        }
    }
}
