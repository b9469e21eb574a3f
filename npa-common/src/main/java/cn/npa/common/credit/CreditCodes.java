package cn.npa.common.credit;

/**
 * Unified Social Credit Codes of GB 32100-2015: 18 characters, positions 3-8 a division code, the last the check
 * character 31 - (sum of value x weight mod 31). Shared by the validator (V6) and the data generator.
 */
public final class CreditCodes {

    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of the code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is outside the code's character set");
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The full code: the first 17 characters and their check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** True when the code has 18 characters of the set, a digit division code and the right check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18 || !code.chars().allMatch(c -> CHARSET.indexOf(c) >= 0)) {
            return false;
        }
        return code.substring(2, 8).chars().allMatch(Character::isDigit) && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }
}
