package cn.npa.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which tokens fit their institution (docs/security.md, "Tokens that do not fit"), without and with a register. */
class TokenFitTest {

    private static final Function<String, Set<String>> NO_REGISTER = code -> Set.of();
    private static final Function<String, Set<String>> REGISTER = code -> code.startsWith("BUR-") ? Set.of(Roles.BUREAU)
            : code.equals("CBRC") ? Set.of(Roles.CBRC) : code.startsWith("LC") ? Set.of(Roles.BANK) : Set.of();

    private static Optional<String> misfit(String inst, Function<String, Set<String>> register, String... roles) {
        return TokenFit.misfit(Set.of(roles), inst, register);
    }

    @Test
    void rightfulTokensFit() {
        assertTrue(misfit("LC0001", REGISTER, Roles.BANK).isEmpty());
        assertTrue(misfit("LC0001-440000", REGISTER, Roles.BANK).isEmpty());
        assertTrue(misfit("BUR-440000", REGISTER, Roles.BUREAU).isEmpty());
        assertTrue(misfit("CBRC", REGISTER, Roles.CBRC).isEmpty());
        assertTrue(misfit("CBRC", REGISTER, Roles.ADMIN).isEmpty());
        assertTrue(misfit(null, REGISTER, Roles.SERVICE).isEmpty());
        assertTrue(misfit("NOSUCH1", REGISTER, Roles.BANK).isEmpty(), "a code the register does not know is V5's business");
    }

    @Test
    void theCbrcIsNamedByCbrcTokensOnly() {
        assertEquals("a bank token cannot name the CBRC", misfit("CBRC", NO_REGISTER, Roles.BANK).orElseThrow());
        assertEquals("a bureau token cannot name the CBRC", misfit("CBRC", NO_REGISTER, Roles.BUREAU).orElseThrow());
        assertEquals("a cbrc token names the CBRC, not LC0001", misfit("LC0001", NO_REGISTER, Roles.CBRC).orElseThrow());
    }

    @Test
    void oneInstitutionRoleAndAnInstitutionCode() {
        assertEquals("a token carries one of the roles bank, bureau and cbrc, not bank and cbrc",
                misfit("LC0001", NO_REGISTER, Roles.BANK, Roles.CBRC).orElseThrow());
        assertTrue(misfit(null, NO_REGISTER, Roles.BUREAU).orElseThrow().contains("must name its institution"));
        assertTrue(misfit("LC0001\u0000", NO_REGISTER, Roles.BANK).orElseThrow().contains("[A-Z0-9-]{2,40}"));
    }

    @Test
    void theRegisterTellsABankFromABureau() {
        assertTrue(misfit("LC0001", NO_REGISTER, Roles.BUREAU).isEmpty(), "without the register a bank code is not known");
        assertEquals("the register knows LC0001 as a bank, not a bureau", misfit("LC0001", REGISTER, Roles.BUREAU).orElseThrow());
        assertEquals("the register knows BUR-440000 as a bureau, not a bank", misfit("BUR-440000", REGISTER, Roles.BANK).orElseThrow());
    }
}
