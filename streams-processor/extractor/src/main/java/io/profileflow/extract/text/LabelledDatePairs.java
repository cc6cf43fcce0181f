package io.profileflow.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a start and an end given as labelled rows of one record ("start_date: 2021-03" / "end_date: present" in a
 * YAML resume, "Start: 2019-04" / "Finish: 2021-08" from an org drawer, "Start date: 03/2020" / "End date: 11/2022"
 * in a form) into one "Dates: start – end" row, the period the role finder reads. Also lets a YAML list item open
 * with its first field ("- company: Acme" reads as "company: Acme").
 */
public final class LabelledDatePairs {
    private static final Pattern ROW = Pattern.compile("^(\\s*)(?:- )?([A-Za-z][A-Za-z _-]{1,20}?)\\s*:\\s*(\\S.*?)\\s*$");
    private static final Set<String> START = Set.of("start", "startdate", "started", "from", "begin", "began",
            "datefrom", "fromdate", "since");
    private static final Set<String> END = Set.of("end", "enddate", "ended", "to", "until", "finish", "finished",
            "dateto", "todate", "till");
    /** The value is a date: a year in it, or an open end. */
    private static final Pattern DATE_VALUE = Pattern.compile(
            "(?i).*(?:(?<!\\d)(?:19|20)\\d\\d(?!\\d)|present|current|now|today|ongoing|heute|aujourd'hui|actualidad).*");
    /** "- company: Acme" in a YAML list: the first field of a record, its dash the list's. */
    private static final Pattern YAML_ITEM = Pattern.compile("(?m)^(\\s*)- ([a-z][a-z_]{1,20}): (?=\\S)");
    private static final Set<String> RECORD_FIELDS = Set.of("company", "employer", "organization", "organisation",
            "position", "title", "role", "institution", "name", "school");
    /** How far down the record the end may follow its start. */
    private static final int MAX_GAP = 3;

    private LabelledDatePairs() {
    }

    public static String rewrite(String text) {
        if (text.indexOf(':') < 0 || !mayHoldPair(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] == null) {
                continue; // the end row of a pair already joined
            }
            Matcher start = ROW.matcher(lines[i]);
            if (!start.matches() || !START.contains(key(start.group(2))) || !DATE_VALUE.matcher(start.group(3)).matches()) {
                continue;
            }
            for (int j = i + 1; j <= i + MAX_GAP && j < lines.length && lines[j] != null; j++) {
                Matcher end = ROW.matcher(lines[j]);
                if (end.matches() && END.contains(key(end.group(2))) && DATE_VALUE.matcher(end.group(3)).matches()) {
                    lines[i] = start.group(1) + "Dates: " + start.group(3) + " – " + end.group(3);
                    lines[j] = null;
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : lines) {
            if (line != null) {
                out.append(line).append('\n');
            }
        }
        out.setLength(out.length() - 1);
        Matcher item = YAML_ITEM.matcher(out);
        return item.replaceAll(m -> RECORD_FIELDS.contains(m.group(2)) ? Matcher.quoteReplacement(m.group(1) + "  " + m.group(2) + ": ")
                : Matcher.quoteReplacement(m.group()));
    }

    /** "Start_Date", "start date", "startDate" -> "startdate". */
    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "").replace("-", "");
    }

    /** The first letters of the START labels, lower case. */
    private static final String[] START_HEADS = {"start", "from", "begin", "began", "since", "date_from", "datefrom"};

    /**
     * A line opening (past white space and a YAML dash) with a start label's letters: one pass over the line starts,
     * as most texts have none.
     */
    private static boolean mayHoldPair(String text) {
        for (int i = 0; i < text.length(); i = text.indexOf('\n', i) + 1) {
            int k = i;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (text.startsWith("- ", k)) {
                k += 2;
            }
            for (String head : START_HEADS) {
                if (text.regionMatches(true, k, head, 0, head.length())) {
                    return true;
                }
            }
            if (text.indexOf('\n', i) < 0) {
                break;
            }
        }
        return false;
    }
}
