package io.profileflow.extract.text;

import java.util.regex.Pattern;

/**
 * Joins a bracketed date range that a hard wrap (an e-mail body at 72 columns, a narrow PDF column) broke over two
 * lines: "Data Analyst, Lakeshore Health, St. Paul, MN (June 2017 -" / "February 2021)" and "(August 2015" /
 * "- May 2017)". Without the join the first line reads as a current role and the second as noise.
 */
public final class WrappedDateRanges {
    /** "(" + up to 30 characters ending in a year and an optional dash, the break, then the range's end and ")". */
    private static final Pattern BROKEN = Pattern.compile(
            "(\\([^()\\n]{0,30}?(?:19|20)\\d\\d\\s?(?:-|–|to)?)[ \\t]*\\n[ \\t]*((?:-|–|to)?\\s?[^()\\n]{0,25}?"
                    + "(?:(?:19|20)\\d\\d|[Pp]resent|PRESENT|[Nn]ow|[Cc]urrent|[Tt]oday)[^()\\n]{0,5}\\))");

    private WrappedDateRanges() {
    }

    public static String join(String text) {
        return mayHoldBrokenRange(text) ? BROKEN.matcher(text).replaceAll("$1 $2") : text;
    }

    /** A year right before a line break, or right before " -" or " to" and a break: most texts have none. */
    private static boolean mayHoldBrokenRange(String text) {
        for (int i = text.indexOf('\n'); i > 4; i = text.indexOf('\n', i + 1)) {
            int end = i;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-' || text.charAt(end - 1) == '–'
                    || text.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end >= 2 && text.startsWith("to", end - 2)) {
                end -= 2;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
            }
            if (end >= 4 && Character.isDigit(text.charAt(end - 1)) && Character.isDigit(text.charAt(end - 2))
                    && (text.startsWith("19", end - 4) || text.startsWith("20", end - 4))) {
                return true;
            }
        }
        return false;
    }
}
