package cn.npa.common.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking: the verified token's subject, roles and institution code ({@code inst} claim). */
@RequestScoped
public class Caller {

    public static final String BANK = "bank";
    public static final String BUREAU = "bureau";
    public static final String CBRC = "cbrc";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        return jwt.getSubject();
    }

    /** The caller's institution code, or null for tokens without one (services). */
    public String institution() {
        Object inst = jwt.getClaim("inst");
        return inst == null ? null : inst.toString().replace("\"", "");
    }

    public Set<String> roles() {
        return jwt.getGroups();
    }

    public boolean is(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** Readers of everything: the CBRC, administrators and our own services. */
    public boolean readsAll() {
        return is(CBRC) || is(ADMIN) || is(SERVICE);
    }
}
