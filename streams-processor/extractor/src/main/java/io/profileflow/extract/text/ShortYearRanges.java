package io.profileflow.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes out a year range whose end keeps only its last two digits: "2019–22" is 2019–2022, "(2016-19)" 2016–2019.
 * Only an end above 12 and after the start is taken (so "2019-03", an ISO month, stays), and only where the range is
 * not part of a longer number, version or figure, nor a day of a date ("2013 – 31 augustus 2016").
 */
public final class ShortYearRanges {
    private static final Pattern SHORT_RANGE = Pattern.compile(
            "(?<![\\d./:-])((?:19|20)(\\d\\d)) ?([-–—/]) ?(\\d\\d)(?![\\d./:%-]|\\s?(?:%|[kKmMbB]\\b|ms\\b|x\\b)"
                    // "2013 – 31 augustus 2016": a day before a month and year
                    + "|\\s\\p{L}{3,12}\\.?,?\\s(?:19|20)\\d\\d)");

    private ShortYearRanges() {
    }

    public static String expand(String text) {
        if (!mayHold(text)) {
            return text;
        }
        Matcher m = SHORT_RANGE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean changed = false;
        while (m.find()) {
            int start = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(4));
            if (end > 12 && end > start && end - start <= 40) {
                m.appendReplacement(out, m.group(1) + "–" + m.group(1).substring(0, 2) + m.group(4));
                changed = true;
            }
        }
        if (!changed) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A "19dd" or "20dd" followed (past one optional space) by a dash or slash, (another optional space) and exactly
     * two digits: what SHORT_RANGE needs; one pass over the characters, as most texts have none.
     */
    private static boolean mayHold(String text) {
        int n = text.length();
        for (int i = 0; i + 6 < n; i++) {
            char c = text.charAt(i);
            if ((c != '1' || text.charAt(i + 1) != '9') && (c != '2' || text.charAt(i + 1) != '0')
                    || !isDigit(text, i + 2) || !isDigit(text, i + 3)) {
                continue;
            }
            int j = i + 4;
            if (j < n && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= n || "-–—/".indexOf(text.charAt(j)) < 0) {
                continue;
            }
            j++;
            if (j < n && text.charAt(j) == ' ') {
                j++;
            }
            if (isDigit(text, j) && isDigit(text, j + 1) && !isDigit(text, j + 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
