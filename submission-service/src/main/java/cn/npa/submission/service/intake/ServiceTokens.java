package cn.npa.submission.service.intake;

import cn.npa.common.security.Roles;
import cn.npa.submission.config.OutboxConfig;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Mints the short-lived "service" token the relay presents to the report service, from a configured private key. */
@ApplicationScoped
public class ServiceTokens {

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class);

    private final Optional<String> keyLocation;
    private final String issuer;
    private PrivateKey key;
    private boolean warned;

    public ServiceTokens(OutboxConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "npa") String issuer) {
        this.keyLocation = config.serviceTokenKey().filter(s -> !s.isBlank());
        this.issuer = issuer;
    }

    /** A token valid for five minutes, or empty (with one warning) when no signing key is configured or readable. */
    public synchronized Optional<String> token() {
        if (key == null && keyLocation.isPresent()) {
            try {
                key = readKey(keyLocation.get());
            } catch (Exception e) {
                warnOnce("the service token key at " + keyLocation.get() + " cannot be read (" + e.getMessage() + "): outbox events stay pending");
            }
        }
        if (key == null) {
            warnOnce("NPA_SERVICE_TOKEN_KEY is not set: outbox events stay pending until it is");
            return Optional.empty();
        }
        return Optional.of(Jwt.issuer(issuer).subject("submission-service").groups(Set.of(Roles.SERVICE)).expiresIn(300).sign(key));
    }

    /** A PEM private key from a file path, a {@code file:} URI, or (failing both) the class path. */
    private static PrivateKey readKey(String location) throws Exception {
        java.nio.file.Path file = location.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(location)) : java.nio.file.Path.of(location);
        if (java.nio.file.Files.isReadable(file)) {
            return KeyUtils.decodePrivateKey(java.nio.file.Files.readString(file));
        }
        return KeyUtils.readPrivateKey(location);
    }

    private void warnOnce(String message) {
        if (!warned) {
            LOG.warn(message);
            warned = true;
        }
    }
}
