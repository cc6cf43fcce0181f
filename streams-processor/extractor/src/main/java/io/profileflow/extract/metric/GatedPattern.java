package io.profileflow.extract.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex tried only at the offsets where a match can start. {@link Matcher#find()} tries the whole pattern at
 * every offset, which for a {@code \b(?:word|word|...)} alternation means every alternative at every character;
 * here a cheap start test rejects almost every offset and {@code lookingAt} runs on the rest. The region sees the
 * whole text (transparent, non-anchoring bounds), so look-behinds, {@code \b}, {@code ^} and {@code $} behave as
 * under find(), and the matches are find()'s matches.
 *
 * <p>The start test must hold at every offset where the pattern can match: it may let through offsets where the
 * pattern fails (the regex still decides), never reject one where it succeeds. The pattern must not match the
 * empty string (none of the grammar's do), so every match ends past its start and the next one is sought there.
 */
final class GatedPattern {

    /** Whether a match can start at offset {@code i} of the text; true wherever one does. */
    @FunctionalInterface
    interface StartTest {
        boolean canStart(String text, int i);

        /** True when {@link #canStart} holds only at {@link WordStarts}: the scan then visits those alone. */
        default boolean onlyAtWordStarts() {
            return false;
        }
    }

    /** A start test that holds only at word starts, so that the scan visits those alone. */
    static StartTest atWordStarts(StartTest test) {
        return new StartTest() {
            @Override
            public boolean canStart(String text, int i) {
                return AsciiChars.isWordStart(text, i) && test.canStart(text, i);
            }

            @Override
            public boolean onlyAtWordStarts() {
                return true;
            }
        };
    }

    @FunctionalInterface
    interface SpanAction {
        void accept(int start, int end);
    }

    private final Pattern pattern;
    private final StartTest start;

    GatedPattern(Pattern pattern, StartTest start) {
        this.pattern = pattern;
        this.start = start;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Same as {@code pattern().matcher(text).find()}. */
    boolean find(String text) {
        return find(new WordStarts(text));
    }

    /** Same as {@code pattern().matcher(words.text()).find()}. */
    boolean find(WordStarts words) {
        return new Scan(words).find(0);
    }

    /** Same as {@code pattern().matcher(text).matches()}: a whole-text match starts at 0, so the test goes first. */
    boolean matches(String text) {
        return !text.isEmpty() && start.canStart(text, 0) && pattern.matcher(text).matches();
    }

    /** The match find() would report last, as its text; null when there is none. */
    String lastMatch(String text) {
        Scan scan = new Scan(new WordStarts(text));
        String last = null;
        int from = 0;
        while (scan.find(from)) {
            last = scan.matcher.group();
            from = scan.matcher.end();
        }
        return last;
    }

    /** Calls {@code action(start, end)} for every match, in the order and with the spans of repeated find(). */
    void forEachMatch(WordStarts words, SpanAction action) {
        Scan scan = new Scan(words);
        int from = 0;
        while (scan.find(from)) {
            action.accept(scan.matcher.start(), scan.matcher.end());
            from = scan.matcher.end();
        }
    }

    /** A scan over one text whose matcher exposes the groups of the last match found. */
    Scan scan(String text) {
        return new Scan(new WordStarts(text));
    }

    final class Scan {
        private final WordStarts words;
        private final String text;
        /** Made at the first offset that passes the start test: most texts have none. */
        Matcher matcher;

        private Scan(WordStarts words) {
            this.words = words;
            this.text = words.text();
        }

        /** The first match starting at or after {@code from}, as {@code matcher.find(from)} finds it. */
        boolean find(int from) {
            if (start.onlyAtWordStarts()) {
                for (int k = words.indexAtOrAfter(from); k < words.count(); k++) {
                    int i = words.offset(k);
                    if (start.canStart(text, i) && matchesAt(i)) {
                        return true;
                    }
                }
            } else {
                for (int i = Math.max(0, from); i < text.length(); i++) {
                    if (start.canStart(text, i) && matchesAt(i)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean matchesAt(int i) {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(i, text.length());
            return matcher.lookingAt();
        }
    }
}
