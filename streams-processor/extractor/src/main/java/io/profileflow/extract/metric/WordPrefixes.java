package io.profileflow.extract.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start test for a case-insensitive pattern that begins with one of a few ASCII literals, one per alternative
 * ({@code (?i)\b(?:reduc\w*|cut|drop...)}): true where the text continues with one of those literals, ignoring
 * case, and, for patterns that begin with {@code \b}, only where a word starts.
 *
 * <p>Why it never rejects a real match: an alternative can only match where its leading literal stands, and the
 * comparison folds case at least as far as {@code (?i)} does (which folds ASCII only). {@code \b} before an ASCII
 * letter or digit needs a non-word character before it, and ASCII letters, digits and '_' are word characters for
 * every reading of {@code \b}. Words that merely begin like a keyword ("services" for "serv") pass, and the
 * pattern rejects them.
 */
final class WordPrefixes implements GatedPattern.StartTest {

    private final boolean wordStartOnly;
    /** Prefixes by their lower-case first character, so an offset is compared with a handful at most. */
    private final String[][] byFirst = new String[128][];
    /**
     * By first character, the second characters its prefixes go on with, as bits (0-63 and 64-127): most words
     * that start like a prefix are rejected on their second character without a comparison.
     */
    private final long[] secondLow = new long[128];
    private final long[] secondHigh = new long[128];
    /** First characters that are a whole prefix ("a"): any second character will do. */
    private final boolean[] oneCharacter = new boolean[128];

    private WordPrefixes(boolean wordStartOnly, String... prefixes) {
        this.wordStartOnly = wordStartOnly;
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String p : prefixes) {
            if (p.isEmpty() || !p.equals(p.toLowerCase(Locale.ROOT)) || !AsciiChars.isLetterOrDigit(p.charAt(0))
                    || !p.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("not a lower-case ASCII word prefix: '" + p + "'");
            }
            char first = p.charAt(0);
            lists.get(first).add(p);
            if (p.length() == 1) {
                oneCharacter[first] = true;
            } else if (p.charAt(1) < 64) {
                secondLow[first] |= 1L << p.charAt(1);
            } else {
                secondHigh[first] |= 1L << (p.charAt(1) - 64);
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) {
                byFirst[c] = lists.get(c).toArray(String[]::new);
            }
        }
    }

    /** For patterns that begin with {@code \b}: lower-case ASCII prefixes, each starting with a letter or digit. */
    static WordPrefixes atWordStart(String... prefixes) {
        return new WordPrefixes(true, prefixes);
    }

    /** For patterns whose literals may start inside a word ({@code avail|uptime}). */
    static WordPrefixes anywhere(String... prefixes) {
        return new WordPrefixes(false, prefixes);
    }

    @Override
    public boolean canStart(String text, int i) {
        return (wordStartOnly ? AsciiChars.isWordStart(text, i) : AsciiChars.isLetterOrDigit(text.charAt(i)))
                && prefixAt(text, i);
    }

    @Override
    public boolean onlyAtWordStarts() {
        return wordStartOnly;
    }

    /** Whether an ASCII letter or digit at offset i begins one of the prefixes. */
    private boolean prefixAt(String text, int i) {
        int first = text.charAt(i) | 0x20;  // an ASCII letter or digit, lower case
        String[] candidates = byFirst[first];
        if (candidates == null || !oneCharacter[first] && !secondMayFollow(first, text, i + 1)) {
            return false;
        }
        for (String prefix : candidates) {
            if (continuesWith(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether offset {@code next} holds, folded as {@link #continuesWith} folds it, a second character of a prefix. */
    private boolean secondMayFollow(int first, String text, int next) {
        if (next >= text.length()) {
            return false;
        }
        int second = text.charAt(next) | 0x20;
        return second < 64 ? (secondLow[first] >>> second & 1) != 0
                : second < 128 && (secondHigh[first] >>> (second - 64) & 1) != 0;
    }

    /**
     * OR-ing 0x20 lower-cases an ASCII letter and leaves a digit, '-' or '.' as it is; the few other characters it
     * maps onto those (control characters, '@' and the like) only let an offset through that the regex rejects.
     */
    private static boolean continuesWith(String text, int i, String lowerPrefix) {
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
}
