package cn.npa.submission.domain.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** V6: GB 32100-2015 credit codes, with the check character computed from the weights mod 31. */
class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B"})
    void acceptsRealFormatCodes_V6(String code) {
        assertTrue(UnifiedSocialCreditCode.isValid(code), code);
    }

    @Test
    void computesCheckCharacter_V6() {
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
        assertEquals('B', UnifiedSocialCreditCode.checkCharacter("91110000802100433"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y44",   // wrong check character
        "91110000802100433C",   // wrong check character
        "91350100m000100Y43",   // lowercase
        "91350100I000100Y43",   // I is not in the character set
        "91350100O000100Y43",   // O
        "91350100Z000100Y43",   // Z
        "91350100S000100Y43",   // S
        "91350100V000100Y43",   // V
        "91350100M000100Y4",    // 17 characters
        "91350100M000100Y433",  // 19 characters
        "91A50100M000100Y43",   // region code not numeric
        ""})
    void rejectsMalformedCodes_V6(String code) {
        assertFalse(UnifiedSocialCreditCode.isValid(code), code);
    }

    @Test
    void explainsWrongCheckCharacter_V6() {
        assertEquals("check character is '4' but should be '3': the code is mistyped",
                UnifiedSocialCreditCode.problem("91350100M000100Y44"));
    }

    @Test
    void nullIsInvalid_V6() {
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }
}
