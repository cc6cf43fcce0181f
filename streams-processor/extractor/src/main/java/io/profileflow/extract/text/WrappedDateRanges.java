package io.profileflow.extract.text;

import java.util.regex.Pattern;

/**
 * Joins a bracketed date range that a hard wrap (an e-mail body at 72 columns, a narrow PDF column) broke over two
 * lines: "Data Analyst, Lakeshore Health, St. Paul, MN (June 2017 -" / "February 2021)", "(August 2015" /
 * "- May 2017)" and "(2017-06 -" / "2021-02)", "(Jun '17 -" / "Feb '21)". Without the join the first line reads as a current role and the second as noise.
 */
public final class WrappedDateRanges {
    /** "(" + up to 30 characters ending in a year and an optional dash, the break, then the range's end and ")". */
    private static final Pattern BROKEN = Pattern.compile(
            "(\\([^()\\n]{0,30}?(?:(?:19|20)\\d\\d(?:[-/.](?:0?[1-9]|1[0-2]))?|'\\d\\d)\\s?(?:-|–|to)?)[ \\t]*\\n[ \\t]*((?:-|–|to)?\\s?[^()\\n]{0,25}?"
                    + "(?:(?:19|20)\\d\\d|'\\d\\d|[Pp]resent|PRESENT|[Nn]ow|[Cc]urrent|[Tt]oday)[^()\\n]{0,5}\\))");

    private WrappedDateRanges() {
    }

    /** "· Mar" / "2020 – Jul 2022": a month name ending a line and its year starting the next. */
    private static final Pattern MONTH_THEN_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}])((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|january|february|march"
                    + "|april|june|july|august|september|october|november|december)[ \\t]*\\n[ \\t]*((?:19|20)\\d\\d(?!\\d))");

    public static String join(String text) {
        String joined = mayHoldBrokenRange(text) ? BROKEN.matcher(text).replaceAll("$1 $2") : text;
        return endsLineWithMonth(joined) ? MONTH_THEN_YEAR.matcher(joined).replaceAll("$1 $2") : joined;
    }

    /** A line ending in three or more letters and a year starting the next: most texts have none. */
    private static boolean endsLineWithMonth(String text) {
        for (int i = text.indexOf('\n'); i > 2 && i + 4 < text.length(); i = text.indexOf('\n', i + 1)) {
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next + 4 <= text.length() && (text.startsWith("19", next) || text.startsWith("20", next))
                    && endsWithMonthWord(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The word before offset {@code end} (past spaces and a dot) starts like a month name. */
    private static boolean endsWithMonthWord(String text, int end) {
        int e = end;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '.')) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (e - b < 3 || e - b > 9) {
            return false;
        }
        String head = text.substring(b, b + 3).toLowerCase(java.util.Locale.ROOT);
        return MONTH_HEADS.contains(head);
    }

    private static final java.util.Set<String> MONTH_HEADS = java.util.Set.of("jan", "feb", "mar", "apr", "may",
            "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static boolean endsWithYear(String text, int end) {
        return end >= 4 && endsWithDigits(text, end) && (text.startsWith("19", end - 4) || text.startsWith("20", end - 4));
    }

    private static boolean endsWithDigits(String text, int end) {
        return end >= 2 && Character.isDigit(text.charAt(end - 1)) && Character.isDigit(text.charAt(end - 2));
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
            if (endsWithYear(text, end) || end >= 3 && text.charAt(end - 3) == '\'' && endsWithDigits(text, end) || end >= 7 && "-/.".indexOf(text.charAt(end - 3)) >= 0
                    && endsWithYear(text, end - 3)) {
                return true; // "(June 2017 -", "(2017-06 -"
            }
        }
        return false;
    }
}
