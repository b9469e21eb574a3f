package cn.npa.indicator.domain.snapshot;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteSink} wrote, from a position in a byte array. */
final class ByteCursor {

    private final byte[] bytes;
    private final int end;
    private int at;

    ByteCursor(byte[] bytes, int at, int end) {
        this.bytes = bytes;
        this.at = at;
        this.end = end;
    }

    int position() {
        return at;
    }

    void position(int p) {
        at = p;
    }

    int read() {
        if (at >= end) {
            throw new IllegalArgumentException("snapshot truncated at byte " + at);
        }
        return bytes[at++] & 0xFF;
    }

    long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = read();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("malformed varint at byte " + at);
    }

    int length() {
        long v = varint();
        if (v < 0 || v > end - at + 1L) {
            throw new IllegalArgumentException("length " + v + " beyond the snapshot at byte " + at);
        }
        return (int) v;
    }

    long zigzag() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    String text() {
        int n = length();
        if (n == 0) {
            return null;
        }
        String s = new String(bytes, at, n - 1, StandardCharsets.UTF_8);
        at += n - 1;
        return s;
    }

    void skipText() {
        int n = length();
        at += Math.max(0, n - 1);
    }

    byte[] bytes(int n) {
        if (n > end - at) {
            throw new IllegalArgumentException("snapshot truncated at byte " + at);
        }
        byte[] b = new byte[n];
        System.arraycopy(bytes, at, b, 0, n);
        at += n;
        return b;
    }
}
