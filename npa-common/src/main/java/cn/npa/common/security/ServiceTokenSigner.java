package cn.npa.common.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Mints the short-lived {@code service} token one of our services presents to another, from a PEM private key (a file
 * path, a {@code file:} URI or a class-path resource). Without a readable key it mints nothing and warns once: the
 * caller keeps its work pending (an outbox, a copy to fetch) rather than failing. A token is reused for most of its life
 * (an RSA signature costs milliseconds, and every call between services asks for one), and minted anew a minute before
 * it expires.
 */
public final class ServiceTokenSigner {

    private static final Logger LOG = Logger.getLogger(ServiceTokenSigner.class);
    private static final long LIFETIME_SECONDS = 300;
    /** How long a minted token is handed out again: its life less a minute for clock skew and calls in flight. */
    private static final long REUSE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(LIFETIME_SECONDS - 60);

    private final Optional<String> keyLocation;
    private final String issuer;
    private final String subject;
    private final java.util.function.LongSupplier nanos;
    private PrivateKey key;
    private boolean warned;
    private String minted;
    private long mintedAt;

    public ServiceTokenSigner(Optional<String> keyLocation, String issuer, String subject) {
        this(keyLocation, issuer, subject, System::nanoTime);
    }

    /** With the monotonic time source that decides when a token is minted anew (a test's own). */
    ServiceTokenSigner(Optional<String> keyLocation, String issuer, String subject, java.util.function.LongSupplier nanos) {
        this.keyLocation = keyLocation.filter(s -> !s.isBlank());
        this.issuer = issuer;
        this.subject = subject;
        this.nanos = nanos;
    }

    /** A token valid for at least one more minute (five when minted), or empty (with one warning) when no signing key is configured or readable. */
    public synchronized Optional<String> token() {
        if (key == null && keyLocation.isPresent()) {
            try {
                key = readKey(keyLocation.get());
            } catch (Exception e) {
                warnOnce("the service token key at " + keyLocation.get() + " cannot be read (" + e.getMessage() + ")");
            }
        }
        if (key == null) {
            warnOnce("no service token key is configured: calls to other services wait until it is");
            return Optional.empty();
        }
        long now = nanos.getAsLong();
        if (minted == null || now - mintedAt >= REUSE_NANOS) {
            minted = Jwt.issuer(issuer).subject(subject).groups(Set.of(Roles.SERVICE)).expiresIn(LIFETIME_SECONDS).sign(key);
            mintedAt = now;
        }
        return Optional.of(minted);
    }

    private static PrivateKey readKey(String location) throws Exception {
        Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        if (Files.isReadable(file)) {
            return KeyUtils.decodePrivateKey(Files.readString(file));
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
