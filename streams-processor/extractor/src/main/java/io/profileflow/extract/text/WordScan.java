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

    /** Whether text contains any of the words, ignoring case. The words must be given in lower case. */
    public static boolean containsAnyIgnoreCase(String text, String... lowerWords) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lc = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
            for (String w : lowerWords) {
                if (w.charAt(0) == lc && text.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
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
