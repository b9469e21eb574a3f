package cn.npa.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The RSA key pair of the embedded run: made on first start under the run folder, used by nothing else. */
public final class DevKeys {

    public static final String PRIVATE = "dev-privateKey.pem";
    public static final String PUBLIC = "dev-publicKey.pem";

    private DevKeys() {
    }

    /** Creates the pair in {@code dir} unless it is there already; returns the public key's path. */
    public static Path ensure(Path dir) throws IOException {
        Path pub = dir.resolve(PUBLIC);
        Path priv = dir.resolve(PRIVATE);
        if (Files.exists(pub) && Files.exists(priv)) {
            return pub;
        }
        Files.createDirectories(dir);
        KeyPair pair = generate();
        Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return pub;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
