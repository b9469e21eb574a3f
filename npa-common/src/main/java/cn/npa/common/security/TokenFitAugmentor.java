package cn.npa.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, as part of authentication, a token whose role does not fit its institution ({@link TokenFit}): the
 * request is answered 401 before any operation or scope check sees the identity. Where the service holds the register
 * ({@link InstitutionRoles}) the kind of the institution is checked too, off the I/O thread.
 */
@ApplicationScoped
public class TokenFitAugmentor implements SecurityIdentityAugmentor {

    private final Instance<InstitutionRoles> register;

    public TokenFitAugmentor(Instance<InstitutionRoles> register) {
        this.register = register;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String inst = Caller.institutionOf(token);
        Optional<String> withoutRegister = TokenFit.misfit(identity.getRoles(), inst, code -> Set.of());
        if (withoutRegister.isPresent()) {
            return Uni.createFrom().failure(MisfitTokenException.failure(withoutRegister.get()));
        }
        if (!register.isResolvable()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Optional<String> misfit = TokenFit.misfit(identity.getRoles(), inst, register.get()::rolesOf);
            if (misfit.isPresent()) {
                throw MisfitTokenException.failure(misfit.get());
            }
            return identity;
        });
    }
}
