package cn.npa.indicator.domain.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the few encodings a snapshot uses: unsigned varints, zigzag varints and texts. */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    /** An unsigned varint: 7 bits a byte, low bits first. */
    void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** A signed value as a zigzag varint, so small negatives stay short. */
    void zigzag(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    /** A text as UTF-8, its length + 1 first; 0 for null. */
    void text(String s) {
        if (s == null) {
            write(0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length + 1L);
        write(b, 0, b.length);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long grown = Math.max((long) bytes.length * 2, (long) size + more);
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a snapshot cannot exceed 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
    }
}
