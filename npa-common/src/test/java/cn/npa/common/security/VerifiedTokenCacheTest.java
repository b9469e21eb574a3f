package cn.npa.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A token is verified once while it is valid; an expired cached token goes back to the verifier (and is refused). */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A verifier that counts its calls and accepts tokens whose text names a future or past expiry. */
    static final class CountingParser extends DefaultJWTParser {
        int calls;
        boolean refuse;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls++;
            if (refuse) {
                throw new ParseException("expired");
            }
            long exp = Long.parseLong(token.substring(token.indexOf(':') + 1));
            return new Token(exp);
        }
    }

    record Token(long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "t";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        public <T> T getClaim(String name) {
            return null;
        }

        @Override
        public long getExpirationTime() {
            return exp;
        }
    }

    @Test
    void aValidTokenIsVerifiedOnce() throws Exception {
        CountingParser verifier = new CountingParser();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, CLOCK);
        String token = "t:" + (NOW.getEpochSecond() + 3600);
        JsonWebToken first = cache.parse(token);
        assertSame(first, cache.parse(token));
        assertEquals(1, verifier.calls);
    }

    @Test
    void anExpiredCachedTokenIsVerifiedAgainAndRefused() throws Exception {
        CountingParser verifier = new CountingParser();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, CLOCK);
        String token = "t:" + (NOW.getEpochSecond() - 1);
        cache.parse(token);
        verifier.refuse = true;
        assertThrows(ParseException.class, () -> cache.parse(token));
        assertEquals(2, verifier.calls);
    }
}
