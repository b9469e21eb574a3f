package cn.npa.indicator.repository;

import java.math.BigDecimal;

/** Builds lines of PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder line;
    private boolean first = true;

    CopyText(StringBuilder buffer) {
        this.line = buffer;
    }

    CopyText text(String s) {
        sep();
        if (s == null) {
            line.append("\\N");
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    CopyText number(BigDecimal v) {
        sep();
        line.append(v == null ? "\\N" : v.toPlainString());
        return this;
    }

    CopyText number(long v) {
        sep();
        line.append(v);
        return this;
    }

    /** An int where 0 means "none" (null). */
    CopyText positiveOrNull(int v) {
        sep();
        if (v > 0) {
            line.append(v);
        } else {
            line.append("\\N");
        }
        return this;
    }

    CopyText bool(boolean v) {
        sep();
        line.append(v ? 't' : 'f');
        return this;
    }

    void end() {
        line.append('\n');
        first = true;
    }

    private void sep() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }
}
