package cn.npa.common.security;

import java.util.Set;

/**
 * What the register says of a token's institution, for a service that holds the register (submission-service): the
 * role a token naming the code must carry. Services without the register provide no bean and apply only the rules
 * of {@link TokenFit} that need no register.
 */
public interface InstitutionRoles {

    /**
     * The roles ({@link Roles#BANK}, {@link Roles#BUREAU}, {@link Roles#CBRC}) that the kinds the register has held the
     * code as call for (one, unless the code changed kind); empty for a code the register does not know.
     */
    Set<String> rolesOf(String institutionCode);
}
