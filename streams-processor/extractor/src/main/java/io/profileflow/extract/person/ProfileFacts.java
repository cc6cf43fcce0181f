package io.profileflow.extract.person;

import io.profileflow.extract.experience.LocationDetector;
import io.profileflow.extract.experience.TitleWords;
import io.profileflow.extract.text.Line;
import io.profileflow.extract.text.LiteralScan;
import io.profileflow.extract.text.WordScan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline, location and declared total experience ("8+ years of experience") from the top of a document and its
 * summary.
 */
public final class ProfileFacts {
    private static final Pattern LOCATION_LABEL = Pattern.compile(
            "(?i)(?:^|\\s)(?:location|based in|located in|lives in|wohnort|standort|ort)\\s*[:-]?\\s+"
                    + "([\\p{L}][\\p{L} ,.'-]{1,60}?)(?=\\s+\\p{Lu}\\p{L}*:|\\s*[|;]|$)");
    private static final Pattern HEADLINE_LABEL = Pattern.compile("(?i)^(?:headline|title|role|position|current role)\\s*[:-]\\s*(.{3,120})$");
    private static final Pattern HEADLINE_ONLY_LABEL = Pattern.compile("(?i)^(?:headline|title|role|position|current role)$");
    private static final Pattern PART_SEPARATOR = Pattern.compile(" \\| | · ");
    private static final Pattern AFTER_NAME = Pattern.compile("^.{2,60}?(?: ?[|>•·] ?| - )(.{3,120}?)(?=\\s+\\p{Lu}\\p{L}*:|$)");
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?|jahre?|ans|años)\\s+(?:of\\s+|de\\s+|d'\\s?)?"
                    + "(?:[\\p{L}-]+\\s+){0,4}?(?:experience|expérience|experiencia|berufserfahrung|erfahrung)"
                    + "|(?i)(?:experience|erfahrung)\\s*:?\\s+(?:of\\s+)?(?:around\\s+|over\\s+|more than\\s+|about\\s+)?(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?|jahre?)"
                    + "|(?i)\\bwith\\s+(?:over\\s+|more than\\s+|about\\s+)?(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?)\\b(?!\\s+(?:of\\s+)?(?:using|with|in\\s+\\p{Lu}))"
                    // "10 years shipping apps", "after eight years teaching": a career told by what was done.
                    + "|(?i)(?:^|[.!;]\\s)\\s*(?:after\\s+|over\\s+|about\\s+)?(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*years\\s+\\p{L}{3,}ing\\b");
    /** Counts written as words ("eight years"): turned into digits before the patterns above run. */
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen|eighteen|nineteen|twenty)(?=\\s*\\+?\\s*(?:years?|yrs?)\\b)");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final Pattern YEARS_VALUE = Pattern.compile("(?i)^(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?)$");
    private static final Pattern YEARS_LABEL = Pattern.compile("(?i)^(?:total\\s+)?years of experience\\s*:?\\s*(\\d{1,2}(?:\\.\\d)?)?.*$");

    /**
     * YEARS_LABEL, NUMBER_WORD and every DECLARED alternative need a years word that contains one of these: lines
     * without one (most of a summary) skip the patterns, which are tried at every offset.
     */
    private static final LiteralScan YEARS_WORDS = LiteralScan.ignoringCase("yr", "year");
    /** The other years words follow a digit, a space or '+' in every pattern, so they start a word. */
    private static final LiteralScan YEARS_WORDS_AT_WORD_START = LiteralScan.ignoringCase("jahr", "ans", "años");
    /** NUMBER_WORD needs one of these at a word start ({@code \b}). */
    private static final LiteralScan NUMBER_WORD_STARTS = LiteralScan.ignoringCase(NUMBER_WORDS.toArray(String[]::new));

    /** LOCATION_LABEL needs one of its label words after white space or at the start; most top lines have none. */
    private static final LiteralScan LOCATION_WORDS = LiteralScan.ignoringCase("location", "based in", "located in",
            "lives in", "wohnort", "standort", "ort");

    private final LocationDetector places = new LocationDetector();

    /** The headline: a label, the part after the name, or a title line near the top. */
    public String headline(List<Line> top, int nameLine) {
        for (int i = 0; i < top.size(); i++) {
            String t = top.get(i).text();
            if (!mayBeHeadlineLabel(t)) {
                continue;
            }
            Matcher label = HEADLINE_LABEL.matcher(t);
            if (label.matches()) {
                return label.group(1).strip();
            }
            if (HEADLINE_ONLY_LABEL.matcher(t).matches() && i + 1 < top.size()) {
                return top.get(i + 1).text();
            }
        }
        if (nameLine >= 0) {
            String nameText = top.get(nameLine).text();
            // AFTER_NAME is anchored at the start (lookingAt finds what find would) and needs a separator.
            Matcher after = mayHoldNameSeparator(nameText) ? AFTER_NAME.matcher(nameText) : null;
            if (after != null && after.lookingAt() && TitleWords.score(after.group(1)) >= 1) {
                return after.group(1).strip();
            }
            if (nameLine + 1 < top.size()) {
                String next = top.get(nameLine + 1).text();
                for (String part : parts(next)) {
                    if (part.length() <= 120 && TitleWords.score(part) >= 1) {
                        return part.strip();
                    }
                }
            }
        }
        for (Line l : top) {
            if (l.text().length() <= 100 && !l.bullet() && TitleWords.isTitle(l.text())) {
                return l.text();
            }
        }
        return null;
    }

    /** Where the person is based: a "Location:" label or a place line near the top. */
    public String location(List<Line> top) {
        for (Line l : top) {
            if (!LOCATION_WORDS.foundAtWordStartIn(l.text())) {
                continue;
            }
            Matcher m = LOCATION_LABEL.matcher(l.text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        for (Line l : top) {
            String t = l.text();
            if (places.isLocation(t)) {
                return t;
            }
            for (String part : parts(t)) {
                if (part.length() < t.length() && places.isLocation(part.strip())) {
                    return part.strip();
                }
            }
        }
        return null;
    }

    /** Total years the text declares, or null. Labelled values ("Years of Experience" / "10 years") count too. */
    public Double declaredYears(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (!YEARS_WORDS.foundIn(t) && !YEARS_WORDS_AT_WORD_START.foundAtWordStartIn(t)) {
                continue;
            }
            Matcher label = mayBeYearsLabel(t) ? YEARS_LABEL.matcher(t) : null;
            if (label != null && label.matches()) {
                if (label.group(1) != null) {
                    return Double.parseDouble(label.group(1));
                }
                if (i + 1 < lines.size()) {
                    Matcher v = YEARS_VALUE.matcher(lines.get(i + 1).text());
                    if (v.matches()) {
                        return Double.parseDouble(v.group(1));
                    }
                }
            }
            boolean numberWords = NUMBER_WORD_STARTS.foundAtWordStartIn(t);
            if (!numberWords && !WordScan.hasDigit(t)) {
                // Every DECLARED alternative needs a digit, and without a number word none is written in.
                continue;
            }
            Matcher m = DECLARED.matcher(numberWords ? digitsForNumberWords(t) : t);
            if (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        return Double.parseDouble(m.group(g));
                    }
                }
            }
        }
        return null;
    }

    /** " | " or " · " parts of a line; the line itself when it has neither. */
    private static String[] parts(String line) {
        return line.contains(" | ") || line.contains(" · ") ? PART_SEPARATOR.split(line) : new String[] {line};
    }

    /** HEADLINE_LABEL and HEADLINE_ONLY_LABEL start with h, t, r, p or c (ASCII case ignored). */
    private static boolean mayBeHeadlineLabel(String t) {
        return !t.isEmpty() && "htrpcHTRPC".indexOf(t.charAt(0)) >= 0;
    }

    /** AFTER_NAME needs one of its separators: '|', '>', '•', '·' or " - ". */
    private static boolean mayHoldNameSeparator(String t) {
        return t.indexOf('|') >= 0 || t.indexOf('>') >= 0 || t.indexOf('•') >= 0 || t.indexOf('·') >= 0
                || t.contains(" - ");
    }

    /** YEARS_LABEL starts with "total" or "years of experience" (ASCII case ignored). */
    private static boolean mayBeYearsLabel(String t) {
        return t.regionMatches(true, 0, "total", 0, 5) || t.regionMatches(true, 0, "years", 0, 5);
    }

    private static String digitsForNumberWords(String text) {
        return NUMBER_WORD.matcher(text).replaceAll(
                mr -> String.valueOf(NUMBER_WORDS.indexOf(mr.group(1).toLowerCase(java.util.Locale.ROOT)) + 1));
    }
}
