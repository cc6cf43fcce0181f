package io.profileflow.extract.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text from any source to one form the parsers can rely on: NFKC, '\n' line ends, every dash variant as
 * '-', non-breaking and thin spaces as ' ', smart quotes as ASCII, bullet glyphs as "- " at line start,
 * tab-aligned columns and gaps of three or more spaces as " | ", no control or zero-width characters, no emoji, no
 * trailing spaces. One pass per step,
 * linear in the input.
 */
public final class TextNormalizer {

    private static boolean isListMarker(char c) {
        return c == '-' || c == '*' || c == '+' || isBulletGlyph(c);
    }

    public String normalize(String raw) {
        String s = raw;
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean lineStart = true;
        int n = s.length();
        // A Markdown table row: bullet glyphs inside its cells list items of the cell, not fields of the line.
        boolean tableRow = startsTableRow(s, 0);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (lineStart && i + 2 < n && s.charAt(i + 1) == ' ' && Character.isLetter(c)
                    && Character.isLetter(s.charAt(i + 2))) {
                int end = letterSpacedEnd(s, i);
                if (end > 0) {
                    // "F O R M A T O   E U R O P E O": a letter-spaced banner reads as "FORMATO EUROPEO".
                    appendLetterSpaced(out, s, i, end);
                    i = end - 1;
                    lineStart = false;
                    continue;
                }
            }
            if (isPlain(c) && !(lineStart && (c == '*' || c == '+'))) {
                // Most of a document is printable ASCII, which every rule below copies as it is.
                int end = plainRunEnd(s, i + 1);
                out.append(s, i, end);
                i = end - 1;
                lineStart = false;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                trimTrailingSpaces(out);
                out.append('\n');
                lineStart = true;
                tableRow = startsTableRow(s, i + 1);
                continue;
            }
            if (c == '\t') {
                // Columns: "Title\t\tDates" keeps the cells apart; leading tabs are just indentation.
                while (i + 1 < n && s.charAt(i + 1) == '\t') {
                    i++;
                }
                if (!lineStart) {
                    trimTrailingSpaces(out);
                    out.append(" | ");
                }
                continue;
            }
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(s.charAt(end))) {
                    end++;
                }
                if (!lineStart && end - i >= 3 && end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r'
                        && s.charAt(end) != ':' && s.charAt(i - 1) != ':') {
                    // ("Name        : Aditi": a gap that aligns a label's colon stays a space.)
                    // "Senior Engineer          2019 - Present": a wide gap aligns columns, like a tab.
                    trimTrailingSpaces(out);
                    out.append(" | ");
                    i = end - 1;
                    continue;
                }
                if (lineStart && end < n && end - i <= 16 && isListMarker(s.charAt(end))) {
                    // A nested list item keeps its indentation: the reader tells an item's children by it.
                    out.append(" ".repeat(end - i));
                    i = end - 1;
                    continue;
                }
                if (!lineStart && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (isInvisible(c) || Character.isISOControl(c) || c == '\uFE0F' || c == '\uFE0E') {
                continue;  // (FE0F/FE0E: emoji and text presentation selectors)
            }
            if (Character.isHighSurrogate(c) && isPictograph(s.codePointAt(i))) {
                // "🦀 Staff Software Engineer", "## 💼 Where I've worked", flags, skin tones: emoji decorate a
                // line; they are dropped with the spaces after them, as one space mid-line.
                i = skipSpaces(s, i + 2) - 1;
                if (!lineStart && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (isDash(c)) {
                c = '-';
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2032') {
                c = '\'';
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u2033') {
                c = '"';
            }
            if (isStar(c) && (i + 1 < n && isStar(s.charAt(i + 1)) || i > 0 && isStar(s.charAt(i - 1)))) {
                // "★★★★☆ 4.60": a run of stars is a rating, kept as it is (one star may be a bullet).
                out.append(c);
                lineStart = false;
                continue;
            }
            if (isBulletGlyph(c)) {
                if (lineStart) {
                    out.append("- ");
                    i = skipSpaces(s, i + 1) - 1;
                    lineStart = false;
                    continue;
                }
                // Mid-line a bullet glyph separates fields: "Acme  •  Berlin  •  2019 - Present"; in a table row's
                // cell ("| • Led the move<br>• Cut p99 |") it separates the cell's items.
                trimTrailingSpaces(out);
                boolean cellStart = out.length() > 0 && out.charAt(out.length() - 1) == '|';
                out.append(tableRow ? (cellStart ? " " : "; ") : " | ");
                i = skipSpaces(s, i + 1) - 1;
                continue;
            }
            if (lineStart && (c == '*' || c == '+') && i + 1 < n && s.charAt(i + 1) == ' ') {
                out.append("- ");
                i = skipSpaces(s, i + 1) - 1;
                lineStart = false;
                continue;
            }
            out.append(c);
            lineStart = false;
        }
        trimTrailingSpaces(out);
        String text = out.toString();
        if (hasShortYearSlash(text)) {
            text = withFullYears(text);
        }
        return hasYearQualifier(text) ? YEAR_QUALIFIER.matcher(text).replaceAll("") : text;
    }

    /** SHORT_YEAR_RANGE needs "d/dd" then a dash within two characters; most slashes are in URLs or "CI/CD". */
    private static boolean hasShortYearSlash(String text) {
        for (int i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
            if (i >= 1 && i + 3 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))
                    && isDigit(text.charAt(i + 2)) && (text.charAt(i + 3) == '-' || text.charAt(i + 3) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** YEAR_QUALIFIER's words, in the two cases they are written in (String.contains is far cheaper than a scan). */
    private static boolean hasYearQualifier(String text) {
        for (String w : YEAR_QUALIFIER_WORDS) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "until early 2021", "since mid-2019", "late 2017": the part of the year says no month; the year stays. */
    private static final Pattern YEAR_QUALIFIER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:early|mid|late)[ -](?=(?:19|20)\\d\\d(?!\\d))");
    private static final String[] YEAR_QUALIFIER_WORDS = {"early ", "early-", "mid ", "mid-", "late ", "late-",
        "Early ", "Early-", "Mid ", "Mid-", "Late ", "Late-"};

    /** "04/21 - present", "(09/17 - 03/21)": a month/two-digit-year range; ranges only, as "9/10" is a score. */
    private static final Pattern SHORT_YEAR_RANGE = Pattern.compile(
            "(?<![\\d/.])(0[1-9]|1[0-2])/(\\d\\d)( ?- ?)(?:(0[1-9]|1[0-2])/(\\d\\d)(?![\\d/])"
                    + "|(?=(?i:present|current|now|today|date|heute|aujourd|actual)))");

    /** Two-digit years of such ranges written out, up to 2040 as 20yy and before that as 19yy. */
    private static String withFullYears(String text) {
        Matcher m = SHORT_YEAR_RANGE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        do {
            String end = m.group(4) == null ? "" : m.group(4) + "/" + fullYear(m.group(5));
            m.appendReplacement(sb, m.group(1) + "/" + fullYear(m.group(2)) + m.group(3) + end);
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    private static String fullYear(String yy) {
        return (Integer.parseInt(yy) <= 40 ? "20" : "19") + yy;
    }

    /** Printable ASCII other than the space. */
    private static boolean isPlain(char c) {
        return c > ' ' && c < 0x7F;
    }

    /**
     * End of the run from i of plain characters and single spaces after them (a space after a plain character is
     * kept as it is): the run is copied in one append.
     */
    private static int plainRunEnd(String s, int i) {
        int n = s.length();
        while (i < n && (isPlain(s.charAt(i)) || s.charAt(i) == ' ' && s.charAt(i - 1) != ' ')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || isSpace(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
    }

    static boolean isDash(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015'
                || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D' || c == '\u2E3A' || c == '\u2E3B';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680';
    }

    /** The emoji, pictograph, regional-indicator (flag) and skin-tone blocks of the supplementary planes. */
    private static boolean isPictograph(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF');
    }

    /**
     * The end of the line starting at {@code from} when it is letter-spaced (single letters apart by one space, words
     * by two or more), with at least four letters; -1 otherwise. Stops at the first character that breaks the shape.
     */
    static int letterSpacedEnd(String s, int from) {
        int letters = 0;
        int i = from;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (!Character.isLetter(c)) {
                return -1;
            }
            letters++;
            i++;
            int spaces = 0;
            while (i < n && s.charAt(i) == ' ') {
                spaces++;
                i++;
            }
            if (spaces == 0 && i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                return -1;
            }
        }
        return letters >= 4 ? i : -1;
    }

    private static void appendLetterSpaced(StringBuilder out, String s, int from, int end) {
        int spaces = 0;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
                continue;
            }
            if (spaces >= 2) {
                out.append(' ');
            }
            spaces = 0;
            out.append(c);
        }
    }

    /** The line starting at {@code from} opens with '|' after optional spaces. */
    private static boolean startsTableRow(String s, int from) {
        int k = from;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && s.charAt(k) == '|';
    }

    private static boolean isStar(char c) {
        return c == '\u2605' || c == '\u2606';
    }

    private static boolean isBulletGlyph(char c) {
        return c == '\u2022' || c == '\u25AA' || c == '\u25E6' || c == '\u25CF' || c == '\u00B7' || c == '\u2023'
                || c == '\u2043' || c == '\u2219' || c == '\u25A0' || c == '\u25A1' || c == '\u25BA' || c == '\u25B8'
                || c == '\u27A2' || c == '\u2713' || c == '\u2714' || c == '\u25C6' || c == '\u25C7' || c == '\u25CB'
                || c == '\u2043' || c == '\u27A4' || c == '\u2605' || c == '\u2606' || c == '\u25B6';
    }
}
