package cn.npa.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which parameter texts the guard lets through: printable text and paired surrogates, not NUL, controls or lone surrogates. */
class ParameterGuardTest {

    @Test
    void printableTextAndPairedSurrogatesAreUsable() {
        assertTrue(ParameterGuard.usable("LC0001"));
        assertTrue(ParameterGuard.usable("中国工商银行 广东分行"));
        assertTrue(ParameterGuard.usable("bank \uD83C\uDFE6"));
        assertTrue(ParameterGuard.usable(""));
    }

    @Test
    void nulControlCharactersAndLoneSurrogatesAreNot() {
        assertFalse(ParameterGuard.usable("LC\u00000001"));
        assertFalse(ParameterGuard.usable("2026-10\n"));
        assertFalse(ParameterGuard.usable("a\u007f"));
        assertFalse(ParameterGuard.usable("\uD800x"));
        assertFalse(ParameterGuard.usable("x\uDC00"));
        assertFalse(ParameterGuard.usable("x\uD800"));
    }
}
