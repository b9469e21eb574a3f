package cn.npa.indicator.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Reads one line of PostgreSQL's COPY text output field by field, without splitting it into strings first. The fields
 * read here are codes (no escapes: [A-Z0-9-]), enum names, booleans and numeric(20,2) amounts, which PostgreSQL prints
 * with exactly two fraction digits.
 */
final class CopyLine {

    private byte[] line;
    private int at;
    private int end;

    CopyLine reset(byte[] bytes) {
        line = bytes;
        at = 0;
        end = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
        return this;
    }

    private int fieldEnd() {
        int e = at;
        while (e < end && line[e] != '\t') {
            e++;
        }
        return e;
    }

    private boolean isNull(int e) {
        return e - at == 2 && line[at] == '\\' && line[at + 1] == 'N';
    }

    String text() {
        int e = fieldEnd();
        String s = isNull(e) ? null : new String(line, at, e - at, StandardCharsets.UTF_8);
        at = e + 1;
        return s;
    }

    boolean bool() {
        int e = fieldEnd();
        boolean v = line[at] == 't';
        at = e + 1;
        return v;
    }

    /** An amount: digits, a point and two digits, read as fen into an exact decimal of scale 2. */
    BigDecimal amount() {
        int e = fieldEnd();
        if (isNull(e)) {
            at = e + 1;
            return null;
        }
        long fen = 0;
        int digits = 0;
        boolean plain = e - at >= 4 && line[e - 3] == '.';
        for (int i = at; i < e && plain; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                fen = fen * 10 + (b - '0');
                digits++;
            } else if (i != e - 3) {
                plain = false;
            }
        }
        BigDecimal v = plain && digits <= 18 ? BigDecimal.valueOf(fen, 2) : new BigDecimal(new String(line, at, e - at, StandardCharsets.US_ASCII));
        at = e + 1;
        return v;
    }
}
