package cn.npa.testing.fuzz;

import java.io.ByteArrayOutputStream;

/**
 * Text to bytes as an attacker writes them: UTF-8, except that a lone surrogate becomes its three-byte form instead of
 * the '?' Java's encoder would put there, so that the server receives the malformed sequence itself.
 */
final class Wtf8 {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Wtf8() {
    }

    static byte[] bytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /** Percent-encodes every byte outside the unreserved characters of RFC 3986 (so '/', '?', '&' and '%' too). */
    static String percent(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes(s)) {
            int c = x & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return b.toString();
    }
}
