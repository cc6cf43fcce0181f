package io.profileflow.extract.metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A set of lower-case ASCII words looked up straight from a span of a text, ignoring ASCII case, without making
 * a String of the span: the word-by-word lookups of a clause then allocate nothing.
 */
final class AsciiWords {

    /** Words by their first letter, so a span is compared with a handful at most. */
    private final String[][] byFirst = new String[128][];

    AsciiWords(Collection<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String w : words) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("not a lower-case ASCII word: '" + w + "'");
            }
            lists.get(w.charAt(0)).add(w);
        }
        for (int c = 0; c < 128; c++) {
            if (!lists.get(c).isEmpty()) {
                byFirst[c] = lists.get(c).toArray(String[]::new);
            }
        }
    }

    /** Whether {@code text[from, to)}, lower-cased in ASCII, is one of the words. */
    boolean contains(String text, int from, int to) {
        if (from >= to || text.charAt(from) >= 128) {
            return false;
        }
        String[] candidates = byFirst[lower(text.charAt(from))];
        if (candidates == null) {
            return false;
        }
        for (String word : candidates) {
            if (word.length() == to - from && spells(text, from, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean spells(String text, int from, String word) {
        for (int k = 1; k < word.length(); k++) {  // the first letter picked the word
            if (lower(text.charAt(from + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
