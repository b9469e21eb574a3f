package cn.npa.report.service.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Compresses a document once for every read that accepts gzip (RFC 9110 Content-Encoding). */
final class Gzip {

    private Gzip() {
    }

    static byte[] of(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 8));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 65536)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
