package cn.npa.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which characters a value or a free text may hold, and how an unusable one is named and shown. */
class UsableTextTest {

    @Test
    void freeTextsMayBreakLinesButValuesMayNot() {
        assertEquals(-1, UsableText.firstUnusableInText("line one\nline two\ttabbed\r\n"));
        assertEquals(8, UsableText.firstUnusableInValue("line one\nline two"));
    }

    @Test
    void nulControlsAndLoneSurrogatesAreFoundWherever() {
        assertEquals(1, UsableText.firstUnusableInText("a\u0000b"));
        assertEquals(0, UsableText.firstUnusableInText("\u001b[31m"));
        assertEquals(0, UsableText.firstUnusableInText("\ud800x"));
        assertEquals(1, UsableText.firstUnusableInText("x\udc00"));
        assertEquals(-1, UsableText.firstUnusableInText("bank \uD83C\uDFE6 \u94f6\u884c"));
    }

    @Test
    void theMessageNamesTheCharacterAndItsPosition() {
        assertEquals("the NUL character (U+0000) at position 2", UsableText.describe("a\u0000", 1));
        assertEquals("an unpaired UTF-16 surrogate (U+D800) at position 1", UsableText.describe("\ud800x", 0));
    }

    @Test
    void printableReplacesOnlyWhatCannotBeShown() {
        assertEquals("a\uFFFDb\uFFFD\n\uD83C\uDFE6", UsableText.printable("a\u0000b\ud800\n\uD83C\uDFE6"));
    }
}
