package io.profileflow.extract.metric;

/**
 * Character classes as the grammar's regexes read them: without UNICODE_CHARACTER_CLASS, {@code \w} and
 * {@code \d} are ASCII only. The start tests of {@link GatedPattern}s are written with these.
 */
final class AsciiChars {

    private AsciiChars() {
    }

    /** {@code \w}: an ASCII letter, digit or '_'. */
    static boolean isWordChar(char c) {
        return isLetterOrDigit(c) || c == '_';
    }

    static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * An ASCII letter or digit with no {@code \w} before it: the only offsets where {@code \b} can stand before
     * an ASCII letter or digit, since ASCII letters, digits and '_' are word characters for every reading of
     * {@code \b}.
     */
    static boolean isWordStart(String text, int i) {
        return isLetterOrDigit(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));
    }

    /** Whether offset {@code i} holds a {@code \d}; false past the end. */
    static boolean isDigitAt(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Whether offset {@code i} holds one of the characters; false past the end. */
    static boolean isOneOfAt(String text, int i, String chars) {
        return i < text.length() && chars.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether one of the offsets {@code from..to} (both included) holds one of the characters. */
    static boolean isOneOfWithin(String text, int from, int to, String chars) {
        for (int k = from; k <= to; k++) {
            if (isOneOfAt(text, k, chars)) {
                return true;
            }
        }
        return false;
    }
}
