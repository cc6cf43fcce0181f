package io.profileflow.extract.text;

/**
 * Facts about a line's first and last characters and its spaces, in the regex engine's own terms ({@code \s},
 * {@code $}, {@link String#split}), so a pattern anchored at an end of the line can be skipped when the character it
 * needs there is missing, with the same result as running it.
 */
public final class TextShape {
    private TextShape() {
    }

    /** The regex {@code \s} (ASCII white space, as no pattern here uses UNICODE_CHARACTER_CLASS). */
    public static boolean isRegexSpace(char c) {
        // One comparison for the letters that make up most of a text; \t \n \u000B \f \r are 9 to 13.
        return c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
    }

    /**
     * Whether the text ends in a character before which {@code $} also matches (a final line terminator): then a
     * pre-check that looks at the last character must leave the decision to the pattern.
     */
    public static boolean endsWithLineTerminator(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(text.length() - 1);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether {@code ^[lead]+|[trail]+$} can match: the first character is in {@code lead} or the last in
     * {@code trail} (or is a line terminator). {@code \s} in the classes is passed as {@code spaceInClasses}.
     */
    public static boolean mayHaveEdge(String text, String lead, String trail, boolean spaceInClasses) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return lead.indexOf(first) >= 0 || trail.indexOf(last) >= 0
                || spaceInClasses && (isRegexSpace(first) || isRegexSpace(last)) || endsWithLineTerminator(text);
    }

    /** {@code text.split(" ").length} without building the array: fields between spaces, trailing empty ones dropped. */
    public static int splitCount(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        if (spaces == 0) {
            return 1;
        }
        int trailingEmpty = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == ' '; i--) {
            trailingEmpty++;
        }
        // n spaces at the end leave n empty fields there; when the text is all spaces every field is empty.
        return trailingEmpty == text.length() ? 0 : spaces + 1 - trailingEmpty;
    }
}
