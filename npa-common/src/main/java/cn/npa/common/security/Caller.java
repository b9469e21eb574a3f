package cn.npa.common.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking: the verified token's subject, roles and institution code ({@code inst} claim). */
@RequestScoped
public class Caller {

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        return jwt.getSubject();
    }

    /** The caller's institution code, or null for tokens without one (services). */
    public String institution() {
        return institutionOf(jwt);
    }

    /** The {@code inst} claim of a token as text (the JSON quotes of a string claim removed), or null. */
    public static String institutionOf(JsonWebToken token) {
        Object inst = token.getClaim("inst");
        return inst == null ? null : inst.toString().replace("\"", "");
    }

    public Set<String> roles() {
        return jwt.getGroups();
    }

    /** Whether the token carries the role (one of {@link Roles}). */
    public boolean is(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** Readers of everything: the CBRC, administrators and our own services. */
    public boolean readsAll() {
        return jwt.getGroups() != null && jwt.getGroups().stream().anyMatch(Roles.READ_EVERYTHING::contains);
    }
}
