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

    private WordPrefixes(boolean wordStartOnly, String... prefixes) {
        this.wordStartOnly = wordStartOnly;
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String p : prefixes) {
            if (p.isEmpty() || !p.equals(p.toLowerCase(Locale.ROOT)) || !AsciiChars.isLetterOrDigit(p.charAt(0))) {
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
        String[] candidates = byFirst[text.charAt(i) | 0x20];  // an ASCII letter or digit, lower case  // ASCII lower case; digits already have the 0x20 bit
        if (candidates == null) {
            return false;
        }
        for (String prefix : candidates) {
            if (continuesWith(text, i, prefix)) {
                return true;
            }
        }
        return false;
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
