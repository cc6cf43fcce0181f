package io.profileflow.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds whether any of a fixed set of literals occurs in a text, ignoring case exactly as
 * {@link String#regionMatches(boolean, int, String, int, int)} does. That is at least as lenient as a
 * case-insensitive regex (ASCII or Unicode case), so a text without any of a pattern's literals can skip the
 * pattern, which Java tries at every offset.
 *
 * <p>One pass over the text: each literal is looked for at its rarest character (by English letter frequency), and
 * only where that character stands is the whole literal compared. Looking for the first character instead (often
 * 't', 'a' or 'c') stopped at most words of a line.
 */
public final class LiteralScan {
    /** Characters from most to least frequent in English text; others count as rarer than all of these. */
    private static final String BY_FREQUENCY = " etaoinshrdlcumwfgypbvkjxqz";

    /** Each literal's characters, folded. */
    private final int[][] literals;
    /** For each ASCII character: the indexes of the literals anchored on it (in either case), or null. */
    private final int[][] anchored = new int[128][];
    /** Offset of each literal's anchor character inside it. */
    private final int[] anchorOffset;

    private LiteralScan(String[] literals) {
        this.literals = new int[literals.length][];
        this.anchorOffset = new int[literals.length];
        List<List<Integer>> byAnchor = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byAnchor.add(new ArrayList<>());
        }
        for (int k = 0; k < literals.length; k++) {
            int offset = rarestAsciiOffset(literals[k]);
            anchorOffset[k] = offset;
            this.literals[k] = literals[k].chars().map(c -> fold((char) c)).toArray();
            byAnchor.get(fold(literals[k].charAt(offset))).add(k);
        }
        for (int c = 0; c < 128; c++) {
            if (!byAnchor.get(fold((char) c)).isEmpty()) {
                anchored[c] = byAnchor.get(fold((char) c)).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** A scan for the literals, each of which must hold at least one ASCII character. */
    public static LiteralScan ignoringCase(String... literals) {
        return new LiteralScan(literals);
    }

    /** Whether some literal occurs in the text, ignoring case. */
    public boolean foundIn(String text) {
        return find(text, false);
    }

    /**
     * Whether some literal occurs at a word start: at the text's start or after a character that is not a letter
     * (a superset of what {@code \b}, {@code (?<![\p{L}])} or {@code (?:^|\s)} allow before a letter).
     */
    public boolean foundAtWordStartIn(String text) {
        return find(text, true);
    }

    private boolean find(String text, boolean wordStart) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int folded = c < 128 ? c : fold(c);
            int[] candidates = folded < 128 ? anchored[folded] : null;
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                int start = i - anchorOffset[k];
                if (matchesAt(text, start, literals[k])
                        && (!wordStart || start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the folded literal stands at start: regionMatches(true, ...) without its calls per character. */
    private static boolean matchesAt(String text, int start, int[] literal) {
        if (start < 0 || start + literal.length > text.length()) {
            return false;
        }
        for (int j = 0; j < literal.length; j++) {
            if (fold(text.charAt(start + j)) != literal[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A character as regionMatches compares it ignoring case: the lower case of its upper case. Only ASCII
     * characters are looked up by it in the anchor table; others, such as the Kelvin sign or the long s, may fold
     * to ASCII.
     */
    private static int fold(char c) {
        return FOLDED[c];
    }

    /**
     * fold for every char, computed once: bullets, dashes and accented letters are common in profiles, and two
     * Character case lookups for each of them were a measurable share of the engine's time.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                    : (char) Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    private static int rarestAsciiOffset(String literal) {
        int best = -1;
        int bestRank = -1;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c >= 128 || c == 0) {
                continue;
            }
            int rank = BY_FREQUENCY.indexOf(fold(c));
            rank = rank < 0 ? BY_FREQUENCY.length() : rank;
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("literal without an ASCII character: " + literal);
        }
        return best;
    }
}
