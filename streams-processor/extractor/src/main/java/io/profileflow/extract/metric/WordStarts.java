package io.profileflow.extract.metric;

import java.util.Arrays;

/**
 * The offsets of one text where a word starts as the keyword patterns see it: an ASCII letter or digit after
 * anything but an ASCII letter, digit or '_' (where {@code \b} can stand before it). Found in one pass on first
 * use and shared by every gated pattern run over the same text, so that each of them visits a dozen word starts
 * instead of every character.
 */
final class WordStarts {

    private final String text;
    private int[] offsets;
    private int count;

    WordStarts(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The position, among the word starts, of the first one at or after offset {@code from}. */
    int indexAtOrAfter(int from) {
        index();
        int k = Arrays.binarySearch(offsets, 0, count, from);
        return k >= 0 ? k : -k - 1;
    }

    int count() {
        index();
        return count;
    }

    /** The offset of the word start at the given position, 0 &lt;= k &lt; {@link #count()}. */
    int offset(int k) {
        return offsets[k];
    }

    private void index() {
        if (offsets != null) {
            return;
        }
        offsets = new int[Math.max(4, text.length() / 4)];
        boolean afterWordChar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!afterWordChar && AsciiChars.isLetterOrDigit(c)) {
                if (count == offsets.length) {
                    offsets = Arrays.copyOf(offsets, count * 2);
                }
                offsets[count++] = i;
            }
            afterWordChar = AsciiChars.isWordChar(c);
        }
    }
}
