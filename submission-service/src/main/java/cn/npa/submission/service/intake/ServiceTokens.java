package cn.npa.submission.service.intake;

import cn.npa.common.security.ServiceTokenSigner;
import cn.npa.submission.config.OutboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short-lived "service" token the relay presents to the report service, signed with the configured private key;
 * without one, outbox events stay pending until it is set (NPA_SERVICE_TOKEN_KEY).
 */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenSigner signer;

    public ServiceTokens(OutboxConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "npa") String issuer) {
        this.signer = new ServiceTokenSigner(config.serviceTokenKey(), issuer, "submission-service");
    }

    /** A token valid for five minutes, or empty (with one warning) when no signing key is configured or readable. */
    public Optional<String> token() {
        return signer.token();
    }
}
