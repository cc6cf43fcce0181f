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

    /** A year followed within two characters by a dash or slash: most texts have none. */
    private static boolean mayHold(String text) {
        for (int i = text.indexOf("20"); i >= 0; i = text.indexOf("20", i + 1)) {
            if (i + 5 < text.length() && "-–—/ ".indexOf(text.charAt(i + 4)) >= 0) {
                return true;
            }
        }
        return text.contains("19");
    }
}
