package io.profileflow.extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * Tells the wrapped rest of a sentence from a line of its own. A PDF export or a hard-wrapped e-mail breaks a long
 * bullet over several lines, and its tail ("calculation in-house", "servers to 30", "platforms.") must not be read
 * as a role's header or a section heading.
 */
public final class WrappedLines {
    /** A line this short was not broken for lack of room. */
    private static final int MIN_WRAPPED_CHARS = 40;
    /** Words a sentence cannot end on: "... migrated the build to" / "Gradle". */
    private static final Set<String> JOINING_WORDS = Set.of("to", "from", "by", "of", "and", "with", "than", "into",
            "for", "the", "a", "an", "on", "in", "at", "across", "via");

    private WrappedLines() {
    }

    /**
     * True when {@code line} goes on with the sentence of {@code previous}: that line is long, not finished (no
     * closing punctuation) and this one goes on in lower case, with a figure, after a word a sentence cannot end
     * on, after a comma, or inside a bracket the previous line opened.
     */
    public static boolean continues(String previous, String line) {
        if (previous.length() < MIN_WRAPPED_CHARS || line.isEmpty() || previous.contains(" | ")) {
            return false; // (a table row is not prose)
        }
        if (!isUnfinished(previous)) {
            // "... embedding index (OpenSearch, FAISS):" / "recall@10 from 0.61 to 0.74": a colon introducing the rest
            return previous.endsWith(":") && startsWithLowerCaseWord(line);
        }
        char first = line.charAt(0);
        return startsWithLowerCaseWord(line) || Character.isDigit(first) || "$€£₹~".indexOf(first) >= 0
                || endsWithJoiningWord(previous) || previous.endsWith(",") || hasOpenParenthesis(previous);
    }

    /** "... no Sev-1 (ticket" / "OPS-4471 for the capacity plan)": a bracket the line leaves open. */
    public static boolean hasOpenParenthesis(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** "calculation in-house", not "mPharma · Accra" or "iOS Engineer": a first word in lower case throughout. */
    public static boolean startsWithLowerCaseWord(String t) {
        if (!Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i < t.length() && t.charAt(i) != ' '; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** No sentence end (. ! ? : ;) at the end of the text, a closing quote or bracket after it aside. */
    static boolean isUnfinished(String t) {
        int last = t.length() - 1;
        while (last > 0 && "\"')]”’".indexOf(t.charAt(last)) >= 0) {
            last--; // '... great communicator."': the quote closes a finished sentence
        }
        char end = t.charAt(last);
        return end != '.' && end != '!' && end != '?' && end != ':' && end != ';';
    }

    /** "... cut monthly spend from $410k to" / "$265k.", "... migrated to" / "Amazon MSK": a sentence cut mid-phrase. */
    static boolean endsWithJoiningWord(String t) {
        int space = t.lastIndexOf(' ');
        return space > 0 && JOINING_WORDS.contains(t.substring(space + 1).toLowerCase(Locale.ROOT));
    }
}
