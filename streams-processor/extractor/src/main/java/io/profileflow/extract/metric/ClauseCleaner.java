package io.profileflow.extract.metric;

import java.util.regex.Pattern;

/**
 * Removes layout noise that would otherwise split a quantity from its unit ("**30%**", "\$2M") and folds the
 * many dash, arrow and space characters into the few the grammar knows. Arrows become " → " so that the change
 * linker has a single token to look for, distinct from the hyphen of ranges and negative numbers.
 */
final class ClauseCleaner {

    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|_{2,3}|`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[$%&#_*+.~()\\[\\]-])");
    private static final Pattern ARROW = Pattern.compile("-{1,2}>|=>|[→⟶➔➜⇒]");
    /** A character each match of the pattern above holds; most clauses have none, and skip the pattern. */
    private static final String EMPHASIS_CHARS = "*_`";
    private static final String ESCAPE_CHARS = "\\";
    private static final String ARROW_CHARS = ">→⟶➔➜⇒";

    private ClauseCleaner() {
    }

    static String clean(String clause) {
        String text = foldDashesAndSpaces(clause);
        text = removeAll(EMPHASIS, EMPHASIS_CHARS, text, "");
        text = removeAll(ESCAPE, ESCAPE_CHARS, text, "");
        return removeAll(ARROW, ARROW_CHARS, text, " → ");
    }

    /** The clause itself when it has nothing to fold, as most have. */
    private static String foldDashesAndSpaces(String clause) {
        char[] chars = null;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (chars == null) {
                    chars = clause.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? clause : new String(chars);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u2009', '\u202F', '\t' -> ' ';
            default -> c;
        };
    }

    /** {@code pattern.matcher(text).replaceAll(replacement)}, skipped when text lacks every one of {@code needed}. */
    private static String removeAll(Pattern pattern, String needed, String text, String replacement) {
        for (int i = 0; i < needed.length(); i++) {
            if (text.indexOf(needed.charAt(i)) >= 0) {
                return pattern.matcher(text).replaceAll(replacement);
            }
        }
        return text;
    }
}
