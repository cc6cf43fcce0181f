package io.profileflow.extract.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start test for a case-insensitive pattern that begins with {@code \b} and one of a few ASCII words
 * ({@code (?i)\b(?:reduc\w*|cut|drop...)}): true where a word starts with one of the given prefixes (one per
 * alternative, its leading letters or digits), ignoring case.
 *
 * <p>Why it never rejects a real match: {@code \b} before an ASCII letter or digit needs a non-word character
 * before it, and ASCII letters, digits and '_' are word characters for every reading of {@code \b}; an
 * alternative can only match where its leading literal stands, and the comparison folds case at least as far as
 * {@code (?i)} does (which folds ASCII only). Words that merely begin like a keyword ("services" for "serv") pass,
 * and the pattern rejects them.
 */
final class WordPrefixes implements GatedPattern.StartTest {

    /** Prefixes by their lower-case first character, so a word is compared with a handful at most. */
    private final String[][] byFirst = new String[128][];

    /** Lower-case ASCII prefixes, each starting with a letter or digit. */
    WordPrefixes(String... prefixes) {
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String p : prefixes) {
            if (p.isEmpty() || !p.equals(p.toLowerCase(Locale.ROOT)) || !isAsciiLetterOrDigit(p.charAt(0))) {
                throw new IllegalArgumentException("not a lower-case word prefix: '" + p + "'");
            }
            lists.get(p.charAt(0)).add(p);
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) {
                byFirst[c] = lists.get(c).toArray(String[]::new);
            }
        }
    }

    @Override
    public boolean canStart(String text, int i) {
        char c = text.charAt(i);
        if (!isAsciiLetterOrDigit(c) || i > 0 && isAsciiWordChar(text.charAt(i - 1))) {
            return false;
        }
        String[] candidates = byFirst[c | 0x20];  // ASCII lower case; digits already have the 0x20 bit
        if (candidates == null) {
            return false;
        }
        for (String prefix : candidates) {
            if (startsWithIgnoringAsciiCase(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * OR-ing 0x20 lower-cases an ASCII letter and leaves a digit as it is; the few other characters it maps onto a
     * letter or digit (control characters, '@' and the like) only let an offset through that the regex rejects.
     */
    private static boolean startsWithIgnoringAsciiCase(String text, int i, String lowerPrefix) {
        if (i + lowerPrefix.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < lowerPrefix.length(); k++) {  // the first character picked the prefix
            if ((text.charAt(i + k) | 0x20) != lowerPrefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII digit where {@code \b} can stand before it: the start test of patterns beginning {@code \b\d}. */
    static boolean isDigitWordStart(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' && (i == 0 || !isAsciiWordChar(text.charAt(i - 1)));
    }

    /** {@code \w} without UNICODE_CHARACTER_CLASS: ASCII letters, digits and '_'. */
    static boolean isAsciiWordChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '_';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
