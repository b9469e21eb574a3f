package cn.npa.testing;

import cn.npa.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Set;

/**
 * Mints signed RS256 tokens for tests with a key pair that exists only for tests, plus the bad tokens a security
 * test needs (expired, signed by another key, unsigned).
 */
public final class TestTokens {

    public static final String ISSUER = "npa";
    public static final String PUBLIC_KEY = "npa-test-publicKey.pem";
    private static final String PRIVATE_KEY = "npa-test-privateKey.pem";
    private static PrivateKey key;

    private TestTokens() {
    }

    /** A valid token for a subject with the given institution and roles. */
    public static String token(String subject, String institution, String... groups) {
        return builder(subject, institution, groups).expiresIn(3600).sign(key());
    }

    public static String bank(String institution) {
        return token("bank-user@" + institution, institution, Roles.BANK);
    }

    public static String bureau(String institution) {
        return token("bureau-user@" + institution, institution, Roles.BUREAU);
    }

    public static String cbrc() {
        return token("cbrc-user", "CBRC", Roles.CBRC);
    }

    public static String admin() {
        return token("admin-user", "CBRC", Roles.ADMIN);
    }

    public static String service() {
        return token("report-service", null, Roles.SERVICE);
    }

    /** A token whose expiry lies an hour in the past. */
    public static String expired(String institution, String... groups) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return builder("late-user", institution, groups).issuedAt(past - 60).expiresAt(past).sign(key());
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String wronglySigned(String institution, String... groups) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            KeyPair other = gen.generateKeyPair();
            return builder("forger", institution, groups).expiresIn(3600).sign(other.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) carrying otherwise valid claims. */
    public static String algNone(String institution, String... groups) {
        long now = System.currentTimeMillis() / 1000;
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"nobody\",\"inst\":\"" + institution + "\",\"groups\":[\""
                + String.join("\",\"", groups) + "\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        return header + "." + claims + ".";
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String subject, String institution, String... groups) {
        io.smallrye.jwt.build.JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(groups));
        return institution == null ? b : b.claim("inst", institution);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey(PRIVATE_KEY);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the test signing key", e);
            }
        }
        return key;
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
