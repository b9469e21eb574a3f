package cn.npa.testing.fuzz;

import cn.npa.common.security.Roles;
import cn.npa.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tokens a hostile caller presents: none, garbage, expired, signed by another key, unsigned, of a role the
 * operation does not allow, and tokens whose role does not fit their institution (docs/security.md).
 */
final class HostileTokens {

    private static final List<String> ALL_ROLES = List.of(Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE);

    /** A token and what is wrong with it (null: no Authorization header at all). */
    record Token(String what, String token) {
    }

    private HostileTokens() {
    }

    static Token pick(List<String> allowedRoles, Function<String, String> tokenOfRole, Random random) {
        List<Supplier<Token>> tokens = new ArrayList<>(List.of(
                () -> new Token("no token", null),
                () -> new Token("garbage token", "garbage"),
                () -> new Token("expired token", TestTokens.expired("CBRC", Roles.CBRC, Roles.ADMIN)),
                () -> new Token("token of another key", TestTokens.wronglySigned("CBRC", Roles.CBRC, Roles.ADMIN)),
                () -> new Token("unsigned token", TestTokens.algNone("CBRC", Roles.CBRC, Roles.ADMIN)),
                () -> new Token("bank token for the CBRC", TestTokens.token("misfit", "CBRC", Roles.BANK)),
                () -> new Token("bureau token for a bank", TestTokens.token("misfit", "LC0001", Roles.BUREAU)),
                () -> new Token("cbrc token for a bank", TestTokens.token("misfit", "LC0001", Roles.CBRC)),
                () -> new Token("bank token without inst", TestTokens.token("misfit", null, Roles.BANK)),
                () -> new Token("bank token with a NUL in inst", TestTokens.token("misfit", "LC0001\u0000", Roles.BANK)),
                () -> new Token("bureau token with a 5000-character inst", TestTokens.token("misfit", "B".repeat(5000), Roles.BUREAU)),
                () -> new Token("bank and cbrc token", TestTokens.token("misfit", "LC0001", Roles.BANK, Roles.CBRC))));
        List<String> wrongRoles = ALL_ROLES.stream().filter(r -> !allowedRoles.contains(r)).toList();
        if (!wrongRoles.isEmpty()) {
            String role = HostileValues.pick(wrongRoles, random);
            tokens.add(() -> new Token("token of role " + role, tokenOfRole.apply(role)));
        }
        return tokens.get(random.nextInt(tokens.size())).get();
    }
}
