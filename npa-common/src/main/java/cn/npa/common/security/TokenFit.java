package cn.npa.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether a verified token's role fits its institution (docs/security.md, "Tokens that do not fit"). A misconfigured
 * identity provider must not open data: a {@code bank} token naming the CBRC or a bureau, a {@code bureau} token naming
 * a bank, a {@code cbrc} token naming anyone but the CBRC, or one token with two of these roles is refused (401).
 */
public final class TokenFit {

    /** The register code of the national regulator, the one institution a {@code cbrc} token names. */
    public static final String NATIONAL_REGULATOR = "CBRC";
    private static final Set<String> INSTITUTION_ROLES = Set.of(Roles.BANK, Roles.BUREAU, Roles.CBRC);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    private TokenFit() {
    }

    /**
     * Why the roles do not fit the institution, or empty when they do. {@code register} gives the roles the register's
     * kinds of the code call for (empty when the register is not here or does not know the code).
     */
    public static Optional<String> misfit(Set<String> roles, String inst, Function<String, Set<String>> register) {
        Set<String> held = new TreeSet<>(roles == null ? Set.of() : roles);
        held.retainAll(INSTITUTION_ROLES);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        if (held.size() > 1) {
            return Optional.of("a token carries one of the roles bank, bureau and cbrc, not " + String.join(" and ", held));
        }
        String role = held.iterator().next();
        if (inst == null || !CODE.matcher(inst).matches()) {
            return Optional.of("a " + role + " token must name its institution in the inst claim, as a register code ([A-Z0-9-]{2,40})");
        }
        if (role.equals(Roles.CBRC) != inst.equals(NATIONAL_REGULATOR)) {
            return Optional.of(role.equals(Roles.CBRC) ? "a cbrc token names the CBRC, not " + inst
                    : "a " + role + " token cannot name the CBRC");
        }
        Set<String> known = register.apply(inst);
        return known.isEmpty() || known.contains(role) ? Optional.empty()
                : Optional.of("the register knows " + inst + " as a " + String.join(" or ", new TreeSet<>(known)) + ", not a " + role);
    }
}
