package cn.npa.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service token is signed once and handed out again for most of its five-minute life, then minted anew. */
class ServiceTokenSignerTest {

    @TempDir
    Path dir;

    @Test
    void aTokenIsReusedForFourMinutesThenMintedAgain() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        AtomicLong nanos = new AtomicLong(1_000);
        ServiceTokenSigner signer = new ServiceTokenSigner(Optional.of(pem.toString()), "npa", "report-service", nanos::get);

        String first = signer.token().orElseThrow();
        assertTrue(first.split("\\.").length == 3, "a signed JWT");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(239));
        assertEquals(first, signer.token().orElseThrow(), "still more than a minute to live: the same token");
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertNotEquals(first, signer.token().orElseThrow(), "a minute before it expires: a new one");
    }

    @Test
    void withoutAKeyNothingIsMinted() {
        assertEquals(Optional.empty(), new ServiceTokenSigner(Optional.empty(), "npa", "report-service").token());
    }
}
