package io.profileflow.extract.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a slash-joined series of changes out as one change per position: "p50/p95/p99 cut from 120/340/900 ms to
 * 45/110/260 ms" reads as "p50 from 120 ms to 45 ms, p95 from 340 ms to 110 ms, p99 from 900 ms to 260 ms", which the
 * change linker pairs. The names, the old and the new figures must be series of the same length (two to four), the
 * new ones followed by a unit.
 */
final class SlashSeries {
    private static final String NAME = "[\\p{L}][\\p{L}\\d@-]{0,12}";
    private static final String FIGURE = "\\d[\\d.,]*";
    private static final Pattern SERIES = Pattern.compile(
            "(?<names>" + NAME + "(?:/" + NAME + "){1,3})\\b(?<between>[^/\\d]{0,40}?)\\bfrom\\s+(?<old>" + FIGURE
                    + "(?:/" + FIGURE + "){1,3})\\s?(?<oldUnit>[\\p{L}%µ]{0,4})\\s+to\\s+(?<new>" + FIGURE
                    + "(?:/" + FIGURE + "){1,3})\\s?(?<unit>[\\p{L}%µ]{0,4})(?![\\p{L}])");

    private SlashSeries() {
    }

    static String expand(String clause) {
        if (clause.indexOf('/') < 0 || !clause.contains("from")) {
            return clause;
        }
        Matcher m = SERIES.matcher(clause);
        if (!m.find()) {
            return clause;
        }
        String[] names = m.group("names").split("/");
        String[] old = m.group("old").split("/");
        String[] now = m.group("new").split("/");
        String unit = m.group("unit");
        if (names.length != old.length || old.length != now.length || unit.isEmpty()) {
            return clause; // ("read/write from 3/1 to 1/1": ratios, no series of measurements)
        }
        String oldUnit = m.group("oldUnit").isEmpty() ? unit : m.group("oldUnit");
        StringBuilder out = new StringBuilder(clause.substring(0, m.start()));
        for (int i = 0; i < names.length; i++) {
            out.append(i > 0 ? ", " : "").append(names[i]).append(i == 0 ? m.group("between") : " ")
                    .append("from ").append(old[i]).append(' ').append(oldUnit).append(" to ").append(now[i])
                    .append(' ').append(unit);
        }
        return out.append(clause.substring(m.end())).toString().replace("  ", " ");
    }
}
