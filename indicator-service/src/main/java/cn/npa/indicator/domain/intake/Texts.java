package cn.npa.indicator.domain.intake;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The checks on single values of an intake: codes, names, and amounts (V1). */
final class Texts {

    /** Institution codes of domain §1. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    /** GB/T 2260 region codes. */
    static final Pattern REGION = Pattern.compile("\\d{6}");
    /** Amounts must stay below 10^16 yuan (V1). */
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private Texts() {
    }

    /** True when the text has no control character (NUL and the rest of C0, DEL) and no unpaired UTF-16 surrogate. */
    static boolean usable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why an amount breaks V1 (at least 0, at most 2 fraction digits, below 10^16), or null when it does not.
     * The magnitude is checked before any rescaling, so 1e999999999 costs nothing.
     */
    static String amountProblem(BigDecimal v) {
        if (v.signum() < 0) {
            return "must not be negative";
        }
        if (v.signum() > 0 && v.precision() - v.scale() > 16) {
            return "must be below 10^16";
        }
        if (v.compareTo(LIMIT) >= 0) {
            return "must be below 10^16";
        }
        if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            return "must have at most 2 fraction digits";
        }
        return null;
    }
}
