package io.profileflow.extract.text;

/**
 * Undoes the two commonest faults of OCR'd resumes before anything reads the text: digits read as letters inside
 * numbers ("Mar 20l9", "Aug 2Ol3", "6OO staff hours", "45,OOO orders", "7l%") and words hyphenated at a line break
 * ("dis-" / "tribution", "pan-" / "das"). Both rules are narrow on purpose: a number token is repaired only when it
 * starts with a digit (or an 'l' followed by a digit, three characters at least), so names such as "O365", "O2" or
 * "IO" stay as written; a hyphen is dropped only between two lower-case word parts at the end of a long line.
 */
public final class OcrRepair {
    /** A wrapped paragraph's line is at least this long; a short line ending in "-" is a list or a heading. */
    private static final int WRAPPED_LINE = 40;

    private OcrRepair() {
    }

    public static String repair(String text) {
        StringBuilder out = null; // made at the first repair: most texts need none and are returned as they are
        int n = text.length();
        int lineStart = 0;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (isDigitLike(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = tokenEnd(text, i);
                if (end > i) {
                    out = copyUpTo(out, text, copied, i);
                    appendNumber(out, text, i, end);
                    copied = end;
                    i = end - 1;
                }
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '\n' && joinsWord(text, i, lineStart)) {
                out = copyUpTo(out, text, copied, i);
                int next = i + 2;
                while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                    next++;
                }
                copied = next; // "dis-\n  tribution" -> "distribution"
                lineStart = next;
                i = next - 1;
            }
        }
        return out == null ? text : copyUpTo(out, text, copied, n).toString();
    }

    private static StringBuilder copyUpTo(StringBuilder out, String text, int from, int to) {
        StringBuilder b = out == null ? new StringBuilder(text.length()) : out;
        return b.append(text, from, to);
    }

    private static boolean isOcrLetter(char c) {
        return c == 'l' || c == 'I' || c == 'O' || c == 'o';
    }

    private static boolean isDigitLike(char c) {
        return c >= '0' && c <= '9' || isOcrLetter(c);
    }

    /**
     * The end of a number token at {@code start} that needs repair, or {@code start} when there is none: digits and
     * OCR letters (with ',' or '.' between them), not followed by a letter or digit, holding a digit and a letter.
     */
    private static int tokenEnd(String text, int start) {
        int n = text.length();
        int end = start;
        int digits = 0;
        int letters = 0;
        while (end < n) {
            char c = text.charAt(end);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (isOcrLetter(c)) {
                letters++;
            } else if ((c == ',' || c == '.') && end + 1 < n && isDigitLike(text.charAt(end + 1)) && end > start) {
                // a separator inside the number
            } else {
                break;
            }
            end++;
        }
        if (digits == 0 || letters == 0 || end < n && Character.isLetterOrDigit(text.charAt(end))) {
            return start;
        }
        char first = text.charAt(start);
        boolean startsWithDigit = first >= '0' && first <= '9';
        boolean ellThenDigit = first == 'l' && end - start >= 3 && Character.isDigit(text.charAt(start + 1));
        return startsWithDigit || ellThenDigit ? end : start;
    }

    private static void appendNumber(StringBuilder out, String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            out.append(c == 'l' || c == 'I' ? '1' : c == 'O' || c == 'o' ? '0' : c);
        }
    }

    /** "manage-" / "ment": lower-case letters on both sides of the break, and the line before is a wrapped one. */
    private static boolean joinsWord(String text, int hyphen, int lineStart) {
        if (hyphen < 2 || hyphen - lineStart < WRAPPED_LINE || !Character.isLowerCase(text.charAt(hyphen - 1))
                || !Character.isLowerCase(text.charAt(hyphen - 2))) {
            return false;
        }
        int next = hyphen + 2;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next + 1 < text.length() && Character.isLowerCase(text.charAt(next))
                && Character.isLowerCase(text.charAt(next + 1));
    }
}
