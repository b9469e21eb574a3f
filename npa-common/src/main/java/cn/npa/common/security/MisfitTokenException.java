package cn.npa.common.security;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a verified token's role does not fit its institution ({@link TokenFit}); travels as the cause of the
 * authentication failure (which is final), so that the 401 can say why.
 */
public class MisfitTokenException extends RuntimeException {

    public MisfitTokenException(String reason) {
        super(reason, null, false, false);
    }

    /** The authentication failure carrying this reason. */
    public static AuthenticationFailedException failure(String reason) {
        return new AuthenticationFailedException(reason, new MisfitTokenException(reason));
    }

    /** The misfit behind an authentication failure, if that is what it was. */
    public static java.util.Optional<MisfitTokenException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MisfitTokenException m) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
