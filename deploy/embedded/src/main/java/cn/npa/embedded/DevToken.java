package cn.npa.embedded;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Set;

/**
 * Mints a local dev token for the embedded run: {@code DevToken <role> [institution] [hours]}, signed with the run's
 * dev key. Prints the token alone on standard output so that scripts can use it.
 */
public final class DevToken {

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        if (args.length < 1) {
            Console.line("usage: deploy/token.sh <bank|bureau|cbrc|admin|service> [institution-code] [hours]");
            System.exit(2);
        }
        String role = args[0];
        String inst = args.length > 1 ? args[1] : defaultInstitution(role);
        long hours = args.length > 2 ? Long.parseLong(args[2]) : 12;
        Console.out(mint(EmbeddedRun.runDir().resolve("dev-keys"), role, inst, hours * 3600));
    }

    static String mint(Path keyDir, String role, String institution, long seconds) throws Exception {
        Path key = keyDir.resolve(DevKeys.PRIVATE);
        if (!Files.exists(key)) {
            throw new IllegalStateException("No dev key at " + key + ": start the embedded run once first (deploy/run-embedded.sh).");
        }
        PrivateKey privateKey = KeyUtils.decodePrivateKey(Files.readString(key));
        var claims = Jwt.issuer("npa").subject(role + "-user@" + (institution == null ? "npa" : institution))
                .groups(Set.of(role)).expiresIn(seconds);
        if (institution != null) {
            claims.claim("inst", institution);
        }
        return claims.sign(privateKey);
    }

    private static String defaultInstitution(String role) {
        return switch (role) {
            case "cbrc", "admin" -> "CBRC";
            case "bureau" -> "BUR-440000";
            case "bank" -> "LC0001";
            default -> null;
        };
    }
}
