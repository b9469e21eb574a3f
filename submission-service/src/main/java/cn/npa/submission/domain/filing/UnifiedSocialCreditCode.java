package cn.npa.submission.domain.filing;

import cn.npa.common.credit.CreditCodes;

/**
 * The Unified Social Credit Code of GB 32100-2015 (V6): 18 characters from the 31-character set 0-9 and capital
 * letters without I, O, S, V, Z; positions 3 to 8 are the GB/T 2260 division code; the last is a check character.
 */
public final class UnifiedSocialCreditCode {

    private static final String CHARSET = CreditCodes.CHARSET;

    private UnifiedSocialCreditCode() {
    }

    /** True when the code is well-formed and its check character is right. */
    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** Why a code is not valid, in words for a bank's operator, or {@code null} when it is valid. */
    public static String problem(String code) {
        if (code == null || code.length() != 18) {
            return "must have exactly 18 characters";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and capital letters except I, O, S, V, Z)";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return "characters 3 to 8 must be the six-digit region code";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "check character is '" + code.charAt(17) + "' but should be '" + expected + "': the code is mistyped";
        }
        return null;
    }

    /** The check character for the first 17 characters (which must come from the code's character set). */
    public static char checkCharacter(String first17) {
        return CreditCodes.checkCharacter(first17);
    }
}
