package cn.npa.common.text;

/**
 * Which texts the services can store and show: no NUL or other control character (PostgreSQL refuses NUL in text and
 * jsonb; the others have no place in a code or a narrative and can corrupt logs and documents) and no unpaired UTF-16
 * surrogate (not Unicode text at all: UTF-8 cannot encode it and jsonb refuses it). Free texts may break lines.
 */
public final class UsableText {

    private UsableText() {
    }

    /** The index of the first character an identifier or parameter may not contain (any control character), or -1. */
    public static int firstUnusableInValue(String text) {
        return firstUnusable(text, false);
    }

    /** The index of the first character a free text may not contain (controls other than tab and line breaks), or -1. */
    public static int firstUnusableInText(String text) {
        return firstUnusable(text, true);
    }

    private static int firstUnusable(String text, boolean lineBreaks) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (!lineBreaks || (c != '\t' && c != '\n' && c != '\r')) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Names the character at {@code index} for a message: "the NUL character (U+0000) at position 3". */
    public static String describe(String text, int index) {
        char c = text.charAt(index);
        String what = c == 0 ? "the NUL character" : Character.isSurrogate(c) ? "an unpaired UTF-16 surrogate" : "a control character";
        return what + String.format(" (U+%04X) at position %d", (int) c, index + 1);
    }

    /** The text with every unusable character replaced by U+FFFD, for echoing a caller's input back safely. */
    public static String printable(String text) {
        if (text == null || firstUnusableInText(text) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
