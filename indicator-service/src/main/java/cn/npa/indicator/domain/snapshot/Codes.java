package cn.npa.indicator.domain.snapshot;

import java.util.Arrays;

/** Compares codes where they are encoded (length + 1, then UTF-8), in unsigned byte order, without making strings. */
final class Codes {

    private Codes() {
    }

    /** Compares the code encoded at {@code a[at]} with the one at {@code b[bt]}. */
    static int compare(byte[] a, int at, byte[] b, int bt) {
        // codes are at most 40 bytes: their length + 1 takes one varint byte
        int la = (a[at] & 0xFF) - 1;
        int lb = (b[bt] & 0xFF) - 1;
        return Arrays.compareUnsigned(a, at + 1, at + 1 + la, b, bt + 1, bt + 1 + lb);
    }
}
