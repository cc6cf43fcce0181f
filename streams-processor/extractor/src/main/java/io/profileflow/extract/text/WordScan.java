package io.profileflow.extract.text;

/**
 * Cheap literal pre-checks that let a line skip a costly case-insensitive regex: every pattern gated by them
 * requires one of the literals, and the check folds case at least as much as the pattern does (ASCII case for
 * {@code (?i)}, Unicode case via {@link String#regionMatches(boolean, int, String, int, int)}), so a line it
 * rejects can never match.
 */
public final class WordScan {
    private WordScan() {
    }

    /**
     * Whether text holds {@code n} digits in one run of digits, white space and the phone punctuation
     * {@code + ( ) . -}: the only shape a phone number or a long bare number can take, so patterns for those need
     * not run on text without one.
     */
    public static boolean hasPhoneLikeDigitRun(String text, int n) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= n) {
                    return true;
                }
            } else if ("+().- \t\n\u000B\f\r".indexOf(c) < 0) {
                digits = 0;
            }
        }
        return false;
    }

    /**
     * Whether text contains any of the words, ignoring case. The words must be given in lower case and start with
     * an ASCII character (a {@code (?i)} pattern can only match such a start in its two ASCII cases).
     */
    public static boolean containsAnyIgnoreCase(String text, String... lowerWords) {
        for (String w : lowerWords) {
            char lower = w.charAt(0);
            char upper = Character.toUpperCase(lower);
            if (startsAt(text, w, lower) || upper != lower && startsAt(text, w, upper)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word stands (ignoring case) at some occurrence of its first character; indexOf finds those fast.
     * An ASCII second character can only match in its ASCII cases, so most occurrences are dismissed inline.
     */
    private static boolean startsAt(String text, String word, char first) {
        int last = text.length() - word.length();
        for (int i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
            if (word.length() > 1) {
                char second = text.charAt(i + 1);
                if (second < 128 && Character.toLowerCase(second) != word.charAt(1)) {
                    continue;
                }
            }
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether text holds an ASCII digit. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
