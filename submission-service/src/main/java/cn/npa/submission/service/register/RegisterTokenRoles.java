package cn.npa.submission.service.register;

import cn.npa.common.security.InstitutionRoles;
import cn.npa.common.security.Roles;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register's side of the token check (docs/security.md, "Tokens that do not fit"): a bank node's code fits a
 * {@code bank} token, a bureau's or sub-bureau's a {@code bureau} token, the national regulator's a {@code cbrc} token.
 */
@ApplicationScoped
public class RegisterTokenRoles implements InstitutionRoles {

    private final RegisterSnapshot snapshot;

    public RegisterTokenRoles(RegisterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Set<String> rolesOf(String institutionCode) {
        return snapshot.index().versions(institutionCode).stream().map(Institution::kind).map(RegisterTokenRoles::role)
                .collect(Collectors.toUnmodifiableSet());
    }

    static String role(InstitutionKind kind) {
        return switch (kind) {
            case REGULATOR_NATIONAL -> Roles.CBRC;
            case REGULATOR_BUREAU, REGULATOR_SUB_BUREAU -> Roles.BUREAU;
            default -> Roles.BANK;
        };
    }
}
