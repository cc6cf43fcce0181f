package io.profileflow.extract.contact;

import static io.profileflow.extract.text.TextShape.isRegexSpace;

/**
 * Exact necessary conditions for {@link ContactExtractor#PHONE} (with its nine-digit rule) and
 * {@link ContactExtractor#STREET}: a text these reject cannot give an accepted match, so the patterns, which are
 * tried at every offset, need not run. Every line and every bullet of a document is checked, and few hold either.
 */
final class ContactShapes {
    /** The English street words of STREET's first alternative; each must stand as a whole word after white space. */
    private static final String[] ENGLISH_STREET_WORDS = {"Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
            "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl", "Square", "Sq", "Parkway", "Pkwy",
            "Terrace", "Highway", "Hwy"};
    /** STREET's French words, which follow the house number and are followed by white space. */
    private static final String[] FRENCH_STREET_WORDS = {"rue", "avenue", "boulevard", "chemin", "place", "impasse",
            "allée"};
    /** "Boulevard" and "Parkway" are the longest. */
    private static final int LONGEST_STREET_WORD = 9;
    /** STREET's German endings, which are followed by white space and the house number. */
    private static final String[] GERMAN_STREET_ENDINGS = {"straße", "strasse", "str.", "weg", "gasse", "platz",
            "allee", "ring", "damm", "ufer"};
    private static final String[][] ALL_STREET_WORDS = {ENGLISH_STREET_WORDS, FRENCH_STREET_WORDS,
            GERMAN_STREET_ENDINGS};

    private ContactShapes() {
    }

    /**
     * Whether some run of digits joined by PHONE's gaps holds {@code n} digits. Between two digit groups PHONE
     * allows only {@code \)?[ .-]?\(?}, so the digits of any match lie in one such run.
     */
    static boolean hasPhoneDigitRun(String text, int n) {
        int len = text.length();
        int digits = 0;
        int i = 0;
        while (i < len) {
            if (isDigit(text.charAt(i))) {
                if (++digits >= n) {
                    return true;
                }
                i++;
                continue;
            }
            int next = digits > 0 ? afterPhoneGap(text, i) : i;
            if (next > i && next < len && isDigit(text.charAt(next))) {
                i = next;
            } else {
                digits = 0;
                i++;
            }
        }
        return false;
    }

    /** The index after the longest {@code \)?[ .-]?\(?} at i. */
    private static int afterPhoneGap(String text, int i) {
        int k = i;
        if (k < text.length() && text.charAt(k) == ')') {
            k++;
        }
        if (k < text.length() && " .-".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '(') {
            k++;
        }
        return k;
    }

    /**
     * Whether STREET can match: an English street word standing alone after white space (and a digit somewhere), a
     * French street word between white space, or a German street ending followed by white space and a digit. Every
     * STREET alternative puts white space right before its street word or right after its street ending, so only
     * the borders of white-space runs are looked at.
     */
    static boolean mayHoldStreet(String text) {
        // Cheapest first: a digit, then any street word at all (indexOf is vectorized), then where it stands.
        return hasDigit(text) && containsStreetWord(text) && hasStreetWord(text);
    }

    private static boolean containsStreetWord(String text) {
        for (String[] words : ALL_STREET_WORDS) {
            for (String w : words) {
                if (text.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a street word or ending borders some run of white space. */
    private static boolean hasStreetWord(String text) {
        if (hasSpaceOtherThanBlank(text)) {
            for (int i = 0; i < text.length(); i++) {
                if (isRegexSpace(text.charAt(i)) && (i == 0 || !isRegexSpace(text.charAt(i - 1)))
                        && streetWordAtSpaceRun(text, i)) {
                    return true;
                }
            }
            return false;
        }
        // Only blanks: indexOf finds the white space far faster than a loop over every character.
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if ((i == 0 || text.charAt(i - 1) != ' ') && streetWordAtSpaceRun(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a street word or ending borders the run of white space that starts at i. */
    private static boolean streetWordAtSpaceRun(String text, int i) {
        int end = i;
        while (end < text.length() && isRegexSpace(text.charAt(end))) {
            end++;
        }
        return end < text.length() && isDigit(text.charAt(end)) && endsWithAny(text, i, GERMAN_STREET_ENDINGS)
                || englishWordAt(text, end) || frenchWordAt(text, end);
    }

    /** Whether the text holds {@code \s} other than ' ' (tab, line break, vertical tab, form feed). */
    private static boolean hasSpaceOtherThanBlank(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\u000B') >= 0 || text.indexOf('\f') >= 0;
    }

    private static boolean endsWithAny(String text, int end, String[] endings) {
        for (String e : endings) {
            if (end >= e.length() && text.startsWith(e, end - e.length())) {
                return true;
            }
        }
        return false;
    }

    /** An English street word at i followed by a word boundary (STREET's {@code \b}). */
    private static boolean englishWordAt(String text, int i) {
        if (i >= text.length() || !isEnglishFirstLetter(text.charAt(i))) {
            return false;
        }
        // With a boundary right after it, the street word is the whole run of word characters at i.
        return isOneOf(text, i, wordEnd(text, i), ENGLISH_STREET_WORDS);
    }

    /** A French street word at i followed by white space. */
    private static boolean frenchWordAt(String text, int i) {
        if (i >= text.length() || !isFrenchFirstLetter(text.charAt(i))) {
            return false;
        }
        // With white space right after it, the street word is the whole run of word characters at i.
        int end = wordEnd(text, i);
        return end < text.length() && isRegexSpace(text.charAt(end)) && isOneOf(text, i, end, FRENCH_STREET_WORDS);
    }

    /** End of the run of word characters from i, looked at no further than the longest street word allows. */
    private static int wordEnd(String text, int i) {
        int limit = Math.min(text.length(), i + LONGEST_STREET_WORD + 1);
        int end = i;
        while (end < limit && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isOneOf(String text, int from, int to, String[] words) {
        for (String w : words) {
            if (w.length() == to - from && text.startsWith(w, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnglishFirstLetter(char c) {
        return switch (c) {
            case 'S', 'A', 'R', 'B', 'L', 'D', 'C', 'W', 'P', 'T', 'H' -> true;
            default -> false;
        };
    }

    private static boolean isFrenchFirstLetter(char c) {
        return switch (c) {
            case 'r', 'a', 'b', 'c', 'p', 'i' -> true;
            default -> false;
        };
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The regex {@code \d}: ASCII digits only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }


    /** A character {@code \b} counts as part of a word. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
