package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;
import io.profileflow.extract.model.PartialDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds employment periods in a line: {@code Aug 2023 - Present}, {@code 2018 - 2023}, {@code 03/2019 - 11/2021},
 * {@code 2019-03 - 2021-11}, {@code Jun'19 - Mar'22}, {@code Summer 2020}, {@code seit 04/2022}, {@code since 2021},
 * {@code Jan - Mar 2020}, German and French month names... Expects text from {@code TextNormalizer} (dashes are
 * '-'). Date points are found by one regex without nested quantifiers; pairing them is done in code, so the
 * work is linear in the line length.
 */
public final class DateRangeParser {
    private static final String MONTHS = "january|february|march|april|june|july|august|september|october|november"
            + "|december|januar|februar|maerz|märz|juni|juli|oktober|dezember|janvier|février|fevrier|avril|juin"
            + "|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio"
            + "|julio|agosto|septiembre|octubre|noviembre|diciembre"
            // Dutch, Italian and Portuguese names: before every abbreviation, as the first phrase that fits is taken.
            + "|januari|februari|maart|mei|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
            + "|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
            // French and Nordic: mars (fr, sv, no), marts, maj, augusti, desember
            + "|mars|marts|maj|augusti|desember"
            + "|sept|jan|feb|mar|mär|apr|may|mai|jun|jul|aug"
            + "|sep|oct|okt|nov|dec|dez|janv|févr|fevr|avr|juil|déc|ene|abr|ago|dic"
            + "|mrt|gen|mag|giu|lug|sett|set|ott|fev|out"
            // Russian, nominative and genitive ("Январь 2020", "с марта 2016"), then abbreviations
            + "|январь|января|февраль|февраля|марта|март|апрель|апреля|мая|май|июнь|июня|июль|июля|августа|август"
            + "|сентябрь|сентября|октябрь|октября|ноябрь|ноября|декабрь|декабря"
            + "|янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|нояб|ноя|дек";
    /**
     * Abbreviations that are also common English words ("set up", "rolled out", "gen AI", "mag"): a month only with
     * a year right after it ("set 2018", "out/2019"), never a month alone.
     */
    private static final Set<String> MONTH_NEEDS_YEAR = Set.of("gen", "mag", "set", "out");
    private static final String MONTHS_ALONE = withoutWords(MONTHS, MONTH_NEEDS_YEAR);
    private static final String PRESENT = "present|current(?:ly)?|now|today|ongoing|till date|to date|till now"
            + "|until now|up to now|heute|aktuell|jetzt|laufend|derzeit|actuel|aujourd'hui|en cours|presente|actualidad"
            + "|heden|attuale|atual|atualmente|actualmente|obecnie|date|nu|nå|pågående|i dag|idag"
            // Portuguese "até ao momento", Italian "ad oggi", Spanish "a la fecha", French "à ce jour", ...
            + "|até ao momento|até o momento|até à data|até a data|até hoje|ad oggi|a oggi|in corso|a la fecha"
            + "|hasta la fecha|à ce jour|a ce jour|bis heute|bis dato|dato|tot heden|tot nu"
            + "|по настоящее время|настоящее время|по сей день|по наст время|сейчас";
    /** After a year: no further digit, unless a glued duration follows ("Jul, 20231 yr 6 months"). */
    private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2} ?(?:yrs?|years?|mos?|months?)\\b))";
    private static final String SEASONS = "spring|summer|fall|autumn|winter|sommer|herbst|frühjahr|frühling";
    /** Every alternative of DIGIT_POINT and LETTER_POINT starts with one of these (either case): a word of the lists, q, or a digit. */
    private static final boolean[] POINT_FIRST = firstCharacters(MONTHS + "|" + PRESENT + "|" + SEASONS + "|q|h|'|0|1|2|3|4|5|6|7|8|9");
    private static final Pattern OPTIONAL_SUFFIX = Pattern.compile("(\\p{L}+)\\(\\?:(\\p{L}+)\\)\\?");
    private static final Pattern PLAIN_WORDS = Pattern.compile("\\p{L}[\\p{L} ']*");
    /** A named group in a pattern: "(?<name>". */
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<(\\w+)>");
    /**
     * A date point, in two patterns by its first character: the alternatives that start with a digit and those that
     * start with a letter (in their original order). Trying the month, season and present-word alternations at every
     * digit of a line (figures in bullets) dominated the cost of finding dates; a digit can only start the former.
     */
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final Pattern DIGIT_POINT = Pattern.compile(NOT_AFTER_WORD + "(?:"
                    // "01/09/2019", "15.02.2016": a whole day, day first (a second number above 12 means month first)
                    + "(?<fd>0?[1-9]|[12]\\d|3[01])[/.](?<fm>0?[1-9]|[12]\\d|3[01])[/.](?<fy>(?:19|20)\\d\\d)" + YEAR_END
                    + "|(?<nm>0?[1-9]|1[0-2]) ?[/.] ?(?<ny>(?:19|20)\\d\\d)" + YEAR_END
                    + "|(?<dm>0?[1-9]|1[0-2])-(?<dy>(?:19|20)\\d\\d)(?!\\d)"
                    // "2015-01-05": a whole ISO date (roles are dated by month, the day is dropped)
                    + "|(?<xy>(?:19|20)\\d\\d)-(?<xm>0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d:])"
                    // "2018.07", "2019-03"; not the year-month of a full date "2019-03-15", but "2018.07-2021.02" is a range
                    + "|(?<iy>(?:19|20)\\d\\d)[/.-](?<im>0[1-9]|1[0-2])(?![\\d/.]|-\\d(?!\\d{3}))"
                    + "|(?<y>(?:19|20)\\d\\d)" + YEAR_END
                    + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Aug 2019", "Aug. '19", and with a day or a "de" between month and year: US "February 1, 2018", Portuguese and
     * Spanish "março de 2017" (the day is dropped: roles are dated by month).
     */
    private static final String MONTH_YEAR_POINT = "(?<mon>" + MONTHS + ")\\.?(?!\\p{L})[ ,.'/-]{0,3}"
            + "(?:(?:[0-3]?\\d(?:st|nd|rd|th)?,?|de|del) {1,2})?(?:(?<my>(?:19|20)\\d\\d)|'(?<my2>\\d\\d))" + YEAR_END;
    private static final String SEASON_POINT = "(?<season>" + SEASONS + ")[ ,]{1,2}(?<sy>(?:19|20)\\d\\d)(?!\\d)";
    /** "Q3 2019", and half-years "H2 2022". */
    private static final String QUARTER_POINT = "(?<q>q[1-4]|h[12])[ /]?(?<qy>(?:19|20)\\d\\d)(?!\\d)";
    private static final String PRESENT_POINT = "(?<present>" + PRESENT + ")(?!\\p{L})";
    private static final String MONTH_ONLY_POINT = "(?<mo>" + MONTHS_ALONE + ")\\.?(?!\\p{L})";
    private static final Pattern LETTER_POINT = letterPoints(MONTH_YEAR_POINT, SEASON_POINT, QUARTER_POINT,
            PRESENT_POINT, MONTH_ONLY_POINT);
    /**
     * The phrases a point starting with a letter begins with, by their (ASCII) first character and with the kind of
     * point they start; null when they cannot be derived from the alternatives.
     */
    private static final PointPhrase[][] POINT_PHRASES_BY_FIRST = byFirstCharacter(pointPhrases());
    private static final Pattern RANGE_SEPARATOR = Pattern.compile(
            " ?(?:-{1,2}|[–—]|~|->|=>|[→⟶➔➜⇒➝]|to|until|till|thru|through|bis|au|à|a|hasta|tot|al|t/m) ?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR_WORD = Pattern.compile("(?i)(?:to|till|until|up to) ");
    private static final Pattern SINCE_BEFORE = Pattern.compile(
            "(?:since|seit|from|depuis|desde|ab|starting|\\b(?:sinds|vanaf|dal))[ :]*$", Pattern.CASE_INSENSITIVE);
    /**
     * "Member since 2011", "Mitglied seit 2011", "Customer since 2019": the age of an account on a platform (Xing,
     * Upwork, GitHub scrapes), and "Available from 01/03/2025" (a contractor's next start), not a role that started
     * then.
     */
    private static final Pattern MEMBERSHIP_BEFORE = Pattern.compile(
            "(?:(?:member|mitglied|membre|miembro|membro|lid|user|customer|client|registered|kunde)[ :]+"
                    + "|(?:available|availability|verfügbar|disponible|disponibile|beschikbaar|dostępny)[ :]*)"
                    + "(?:since|seit|depuis|desde|sinds|from|dal|od|ab|à partir du|a partir de|vanaf)?[ :]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What may stand around a standalone date: spaces, separators, brackets, emphasis. */
    private static final Pattern FILLER_CHARS = Pattern.compile("[\\s|,:;()\\[\\]*_-]");
    private static final Pattern OPEN_AFTER = Pattern.compile("^ ?- ?(?:$|[|,)(])");

    /**
     * Kinds of point a letter starts, each with the LETTER_POINT alternatives of its words in their order. The first
     * words of the kinds differ, so where a run of letters starts a kind's phrase only that kind's alternatives can
     * match: its pattern finds what LETTER_POINT finds, without trying some hundred month names first.
     */
    private enum LetterKind {
        MONTH(MONTHS, letterPoints(MONTH_YEAR_POINT, MONTH_ONLY_POINT)),
        SEASON(SEASONS, letterPoints(SEASON_POINT)),
        QUARTER("q|h", letterPoints(QUARTER_POINT)),
        PRESENT_WORD(PRESENT, letterPoints(PRESENT_POINT)),
        /** Where the phrases do not decide (non-ASCII letters, other characters): all alternatives are tried. */
        ANY("", LETTER_POINT);

        final String alternatives;
        final Pattern pattern;
        /** The named groups of the pattern: asking a matcher for another one throws. */
        private final Set<String> groups = new HashSet<>();

        LetterKind(String alternatives, Pattern pattern) {
            this.alternatives = alternatives;
            this.pattern = pattern;
            Matcher name = GROUP_NAME.matcher(pattern.pattern());
            while (name.find()) {
                groups.add(name.group(1));
            }
        }

        /** The text of the named group in the match, or null when it did not take part or the pattern has none. */
        String group(Matcher m, String name) {
            return groups.contains(name) ? m.group(name) : null;
        }
    }

    /** A literal a letter point must begin with, the length of its first word, and the kind of point. */
    private record PointPhrase(String text, int firstWordLength, LetterKind kind) {
    }

    /** Kind of a date point found in a line. */
    private enum Kind { DATE, PRESENT, MONTH_ONLY }

    /** A date point; lastMonth is the month a period it ends ends in ("Q1 2022" starts in January, ends in March). */
    private record Point(Kind kind, int year, int month, int lastMonth, int from, int to) {
        Point(Kind kind, int year, int month, int from, int to) {
            this(kind, year, month, month, from, to);
        }
    }

    /** All periods in the line, left to right. A lone date counts only after "since"/"seit"/"from". */
    public List<DateRange> findAll(String line) {
        return ranges(line, points(line));
    }

    private static List<DateRange> ranges(String line, List<Point> points) {
        List<DateRange> ranges = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Point next = i + 1 < points.size() ? points.get(i + 1) : null;
            if (next != null && p.kind != Kind.PRESENT && next.kind != Kind.MONTH_ONLY
                    && isSeparator(line, p, next)) {
                DateRange r = pair(p, next, rangeStart(line, p.from));
                if (r != null) {
                    while (next.kind == Kind.PRESENT && i + 2 < points.size() && points.get(i + 2).kind == Kind.PRESENT
                            && line.substring(next.to, points.get(i + 2).from).strip().equals("/")) {
                        // "09/2020 – aujourd'hui / heden / present": one open end in several languages
                        next = points.get(++i + 1);
                        r = r.withSpan(r.from(), next.to);
                    }
                    ranges.add(r);
                    i++;
                    continue;
                }
            }
            if (p.kind == Kind.DATE) {
                String before = line.substring(Math.max(0, p.from - 12), p.from);
                if (SINCE_BEFORE.matcher(before).find() && !MEMBERSHIP_BEFORE.matcher(
                        line.substring(Math.max(0, p.from - 30), p.from)).find()) {
                    int from = p.from - (before.length() - lastWordStart(before));
                    ranges.add(new DateRange(date(p), null, true, Math.max(0, from), p.to));
                } else if (OPEN_AFTER.matcher(line.substring(p.to, Math.min(line.length(), p.to + 4))).find()) {
                    // "2021 -" with nothing after: an open role written without the word "present".
                    int to = line.indexOf('-', p.to) + 1;
                    ranges.add(new DateRange(date(p), null, true, p.from, to));
                }
            }
        }
        return ranges;
    }

    /** The first period in the line, or null. */
    public DateRange find(String line) {
        List<DateRange> all = findAll(line);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * A line that is nothing but one date ("August 2023", "Summer 2020", "2019"): a period of that single
     * month or year. Null when the line holds anything else.
     */
    public DateRange parseStandalone(String line) {
        return standalone(line, points(line));
    }

    /**
     * {@link #find}, or when the line holds no date range and has at most {@code maxStandalone} characters,
     * {@link #parseStandalone}: the same result as calling both, with the line's date points read once.
     */
    DateRange findOrStandalone(String line, int maxStandalone) {
        List<Point> points = points(line);
        List<DateRange> all = ranges(line, points);
        if (!all.isEmpty()) {
            return all.get(0);
        }
        return line.length() <= maxStandalone ? standalone(line, points) : null;
    }

    private static DateRange standalone(String line, List<Point> points) {
        if (points.size() != 1 || points.get(0).kind != Kind.DATE) {
            return null;
        }
        Point p = points.get(0);
        String rest = FILLER_CHARS.matcher(line.substring(0, p.from) + line.substring(p.to)).replaceAll("");
        if (!rest.isEmpty()) {
            return null;
        }
        PartialDate d = date(p);
        return new DateRange(d, d, false, p.from, p.to);
    }

    /** "2019 - 2021", "2019 to 2021", and "2019 to date" where the separator is part of the present word. */
    private static boolean isSeparator(String line, Point p, Point next) {
        String gap = line.substring(p.to, next.from);
        if (RANGE_SEPARATOR.matcher(gap).matches()) {
            return true;
        }
        return next.kind == Kind.PRESENT && gap.isBlank() && SEPARATOR_WORD.matcher(line.substring(next.from)).lookingAt();
    }

    private static int lastWordStart(String before) {
        Matcher m = SINCE_BEFORE.matcher(before);
        return m.find() ? m.start() : before.length();
    }

    /**
     * Where a range starts: its first point, or the word that opens it ("from Jan 2019 to ...", Portuguese "De março
     * de 2017 a ...", Italian "dal 2011 al 2014", Dutch "van 2015 tot 2018"), so that the word is no header text.
     */
    private static int rangeStart(String line, int pointFrom) {
        Matcher m = RANGE_OPENER.matcher(line.substring(Math.max(0, pointFrom - 7), pointFrom));
        return m.find() ? pointFrom - (m.end() - m.start()) : pointFrom;
    }

    private static final Pattern RANGE_OPENER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:from|de|desde|dal|da|van|von|vom|del|entre) $", Pattern.CASE_INSENSITIVE);

    private static DateRange pair(Point a, Point b, int from) {
        if (b.kind == Kind.PRESENT) {
            if (a.kind == Kind.MONTH_ONLY) {
                return null;
            }
            return new DateRange(date(a), null, true, from, b.to);
        }
        PartialDate end = new PartialDate(b.year, b.lastMonth);
        PartialDate start;
        if (a.kind == Kind.MONTH_ONLY) {
            // "Jan - Mar 2020": the year of the start comes from the end.
            int year = a.month > end.month() && end.hasMonth() ? end.year() - 1 : end.year();
            start = new PartialDate(year, a.month);
        } else {
            start = date(a);
        }
        if (end.monthIndex(true) < start.monthIndex(false)) {
            return null;
        }
        return new DateRange(start, end, false, from, b.to);
    }

    private static PartialDate date(Point p) {
        return new PartialDate(p.year, p.month);
    }

    /**
     * Same points as a {@code find()} loop over all point alternatives, but the big alternation is only tried where a
     * point can start (not inside a word, on a character some alternative begins with): most positions of a line
     * are mid-word, and trying the alternation at each of them dominated the cost of parsing a document.
     */
    private static List<Point> points(String line) {
        List<Point> out = new ArrayList<>();
        Matcher digit = null;
        Matcher[] letter = new Matcher[LetterKind.values().length];
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!mayStartPoint(line, i)) {
                i++;
                continue;
            }
            char c = line.charAt(i);
            if (c == '\'') {
                Point year = apostropheYear(line, i);
                if (year != null) {
                    out.add(year);
                }
                i = year != null ? year.to : i + 1;
                continue;
            }
            boolean startsWithDigit = c >= '0' && c <= '9';
            if (startsWithDigit && !yearFollows(line, i)) {
                i++;
                continue;
            }
            LetterKind kind = startsWithDigit ? null : letterKindAt(line, i);
            if (!startsWithDigit && kind == null) {
                i++;
                continue;
            }
            Matcher m;
            if (startsWithDigit) {
                m = digit == null ? digit = DIGIT_POINT.matcher(line).useTransparentBounds(true) : digit;
            } else {
                int k = kind.ordinal();
                m = letter[k] == null ? letter[k] = kind.pattern.matcher(line).useTransparentBounds(true) : letter[k];
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            Point p = startsWithDigit ? digitPoint(m) : letterPoint(line, m, kind);
            if (p != null) {
                out.add(p);
            }
            i = Math.max(m.end(), i + 1);
        }
        return out;
    }

    /**
     * Every DIGIT_POINT alternative holds a year "19xx"/"20xx" starting at most six characters after the point
     * ("12 / 2019", "01/09/2019"): figures in bullets ("40%", "3x") are ruled out without running the pattern.
     */
    private static boolean yearFollows(String line, int i) {
        for (int k = i; k <= i + 6 && k + 1 < line.length(); k++) {
            if (line.startsWith("19", k) || line.startsWith("20", k)) {
                return true;
            }
        }
        return false;
    }

    /** Cheap and conservative: only ASCII characters are ruled out, anything else is left to the pattern. */
    private static boolean mayStartPoint(String line, int i) {
        char c = line.charAt(i);
        if (c < 128 && !POINT_FIRST[c]) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = line.charAt(i - 1);
        // The points' (?<![\p{L}\p{N}]): an ASCII letter or digit before means the position is inside a word.
        return before >= 128 || !Character.isLetterOrDigit(before);
    }

    /**
     * The kind of point that may start at i (not a digit): the letters there spell the first word of a month, season,
     * quarter or present phrase and the whole phrase stands there ("to" alone is no point, "to date" may be one).
     * Null when none does; ANY when the phrases cannot tell (non-ASCII letters or other characters).
     */
    private static LetterKind letterKindAt(String line, int i) {
        if (POINT_PHRASES_BY_FIRST == null || !Character.isLetter(line.charAt(i))) {
            return LetterKind.ANY;
        }
        int end = i;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            if (line.charAt(end) >= 128) {
                return LetterKind.ANY;
            }
            end++;
        }
        if (end < line.length() && Character.isSurrogate(line.charAt(end))) {
            // A letter outside the BMP would continue the run for the pattern's \p{L}.
            return LetterKind.ANY;
        }
        // The run is ASCII here, so comparing ignoring case equals the pattern's case-insensitive match.
        PointPhrase[] candidates = POINT_PHRASES_BY_FIRST[Character.toLowerCase(line.charAt(i))];
        int length = end - i;
        if (candidates != null) {
            for (PointPhrase p : candidates) {
                if (p.firstWordLength() == length && line.regionMatches(true, i, p.text(), 0, p.text().length())) {
                    if (p.kind() == LetterKind.MONTH && length == 3 && MONTH_NEEDS_YEAR.contains(p.text())
                            && !digitWithin(line, end, 4)) {
                        return null; // "set up", "rolled out": the word, not a month
                    }
                    return p.kind();
                }
            }
        }
        return null;
    }

    private static String withoutWords(String alternation, Set<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : alternation.split("\\|")) {
            if (!words.contains(w)) {
                sb.append(sb.length() > 0 ? "|" : "").append(w);
            }
        }
        return sb.toString();
    }

    private static boolean digitWithin(String line, int from, int reach) {
        for (int k = from; k < Math.min(line.length(), from + reach); k++) {
            char c = line.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int firstWordLength(String phrase) {
        int n = 0;
        while (n < phrase.length() && Character.isLetter(phrase.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The phrases grouped by their (ASCII) first character; null when the phrases are null. */
    private static PointPhrase[][] byFirstCharacter(List<PointPhrase> phrases) {
        if (phrases == null) {
            return null;
        }
        PointPhrase[][] out = new PointPhrase[128][];
        for (PointPhrase p : phrases) {
            char c = p.text().charAt(0);
            if (c < 128) {
                PointPhrase[] old = out[c] == null ? new PointPhrase[0] : out[c];
                PointPhrase[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                grown[old.length] = p;
                out[c] = grown;
            }
        }
        return out;
    }

    /**
     * The literal each alternative starting with a letter must match, with its kind: LETTER_POINT demands a non-letter
     * after the first word of each, so the whole run of letters at a start is the first word of one of these.
     * Null (every candidate position tried with all alternatives: slower, same result) when an alternative is
     * written with other regex syntax than an optional suffix, or when two kinds share a first word.
     */
    private static List<PointPhrase> pointPhrases() {
        List<PointPhrase> phrases = new ArrayList<>();
        Map<String, LetterKind> kindOfFirstWord = new HashMap<>();
        for (LetterKind kind : LetterKind.values()) {
            for (String alt : kind.alternatives.isEmpty() ? new String[0] : kind.alternatives.split("\\|")) {
                Matcher optional = OPTIONAL_SUFFIX.matcher(alt);
                List<String> literals;
                if (optional.matches()) {
                    literals = List.of(optional.group(1), optional.group(1) + optional.group(2));
                } else if (PLAIN_WORDS.matcher(alt).matches()) {
                    literals = List.of(alt);
                } else {
                    return null;
                }
                for (String literal : literals) {
                    String text = literal.toLowerCase(Locale.ROOT);
                    String firstWord = text.substring(0, firstWordLength(text));
                    if (kindOfFirstWord.getOrDefault(firstWord, kind) != kind) {
                        return null;
                    }
                    kindOfFirstWord.put(firstWord, kind);
                    phrases.add(new PointPhrase(text, firstWord.length(), kind));
                }
            }
        }
        return phrases;
    }

    private static Pattern letterPoints(String... alternatives) {
        return Pattern.compile(NOT_AFTER_WORD + "(?:" + String.join("|", alternatives) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean[] firstCharacters(String alternatives) {
        boolean[] first = new boolean[128];
        for (String word : alternatives.split("\\|")) {
            char c = word.charAt(0);
            if (c < 128) {
                first[Character.toLowerCase(c)] = true;
                first[Character.toUpperCase(c)] = true;
            }
        }
        return first;
    }

    private static Point digitPoint(Matcher m) {
        int from = m.start();
        int to = m.end();
        if (m.group("fd") != null) {
            int first = Integer.parseInt(m.group("fd"));
            int second = Integer.parseInt(m.group("fm"));
            int month = second <= 12 ? second : first <= 12 ? first : 0;
            return month == 0 ? null : new Point(Kind.DATE, Integer.parseInt(m.group("fy")), month, from, to);
        }
        if (m.group("nm") != null) {
            return new Point(Kind.DATE, Integer.parseInt(m.group("ny")), Integer.parseInt(m.group("nm")), from, to);
        }
        if (m.group("dm") != null) {
            return new Point(Kind.DATE, Integer.parseInt(m.group("dy")), Integer.parseInt(m.group("dm")), from, to);
        }
        if (m.group("xy") != null) {
            return new Point(Kind.DATE, Integer.parseInt(m.group("xy")), Integer.parseInt(m.group("xm")), from, to);
        }
        if (m.group("iy") != null) {
            return new Point(Kind.DATE, Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")), from, to);
        }
        if (m.group("y") != null) {
            return new Point(Kind.DATE, Integer.parseInt(m.group("y")), 0, from, to);
        }
        return null;
    }

    private static Point letterPoint(String line, Matcher m, LetterKind kind) {
        int from = m.start();
        int to = m.end();
        if (kind.group(m, "mon") != null) {
            from = dayBefore(line, from);
            int year = m.group("my") != null ? Integer.parseInt(m.group("my")) : twoDigitYear(m.group("my2"));
            return new Point(Kind.DATE, year, month(m.group("mon")), from, to);
        }
        if (kind.group(m, "season") != null) {
            return new Point(Kind.DATE, Integer.parseInt(m.group("sy")), season(m.group("season")), from, to);
        }
        if (kind.group(m, "q") != null) {
            int part = m.group("q").charAt(1) - '0';
            boolean half = Character.toLowerCase(m.group("q").charAt(0)) == 'h';
            return new Point(Kind.DATE, Integer.parseInt(m.group("qy")), half ? part * 6 - 5 : part * 3 - 2,
                    half ? part * 6 : part * 3, from, to);
        }
        if (kind.group(m, "present") != null) {
            // Words like "now" or "date" are ordinary words too; they only count right after a range separator.
            return new Point(Kind.PRESENT, 0, 0, from, to);
        }
        if (kind.group(m, "mo") != null) {
            return new Point(Kind.MONTH_ONLY, 0, month(m.group("mo")), from, to);
        }
        return null;
    }

    /**
     * Where a month date starts when a day is written before it ("1 augustus 2013", "16th June 2020", "1er mars
     * 2019"): the day is part of the point, so that "1 augustus 2013 – 31 augustus 2016" pairs and leaves nothing.
     */
    private static int dayBefore(String line, int monthStart) {
        int k = monthStart - 1;
        if (k < 1 || line.charAt(k) != ' ') {
            return monthStart;
        }
        k--;
        while (k >= 0 && (Character.isLetter(line.charAt(k)) || line.charAt(k) == '.') && monthStart - k <= 4) {
            k--; // "16th", "1er", "1."
        }
        int digitsEnd = k;
        while (k >= 0 && Character.isDigit(line.charAt(k)) && digitsEnd - k < 2) {
            k--;
        }
        if (k == digitsEnd || k >= 0 && Character.isLetterOrDigit(line.charAt(k))) {
            return monthStart;
        }
        String suffix = line.substring(digitsEnd + 1, monthStart - 1).toLowerCase(Locale.ROOT);
        int day = Integer.parseInt(line.substring(k + 1, digitsEnd + 1));
        return day >= 1 && day <= 31 && DAY_SUFFIXES.contains(suffix) ? k + 1 : monthStart;
    }

    private static final Set<String> DAY_SUFFIXES = Set.of("", ".", "st", "nd", "rd", "th", "er", "e");

    /** "'17" in "('17–'21)": a year written with an apostrophe and two digits, not inside a word or number. */
    private static Point apostropheYear(String line, int i) {
        boolean twoDigits = i + 2 < line.length() && Character.isDigit(line.charAt(i + 1)) && Character.isDigit(line.charAt(i + 2));
        if (!twoDigits || i + 3 < line.length() && Character.isLetterOrDigit(line.charAt(i + 3))
                || i > 0 && Character.isLetterOrDigit(line.charAt(i - 1))) {
            return null;
        }
        return new Point(Kind.DATE, twoDigitYear(line.substring(i + 1, i + 3)), 0, i, i + 3);
    }

    private static int twoDigitYear(String yy) {
        int y = Integer.parseInt(yy);
        return y >= 50 ? 1900 + y : 2000 + y;
    }

    private static int season(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.startsWith("spr") || l.startsWith("früh")) {
            return 3;
        }
        if (l.startsWith("sum") || l.startsWith("som")) {
            return 6;
        }
        if (l.startsWith("fall") || l.startsWith("aut") || l.startsWith("herb")) {
            return 9;
        }
        return 12;
    }

    /** Month number of a Russian month name or abbreviation (lower case). */
    private static int cyrillicMonth(String l) {
        String[] stems = {"янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
        for (int m = 0; m < stems.length; m++) {
            if (l.startsWith(stems[m])) {
                return m + 1;
            }
        }
        return 12;
    }

    /** Month number of an English, German, French, Spanish, Dutch, Italian or Portuguese month name or abbreviation. */
    static int month(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        if (l.charAt(0) >= 'а' && l.charAt(0) <= 'я') {
            return cyrillicMonth(l);
        }
        if (l.startsWith("ja") || l.startsWith("ene") || l.startsWith("gen")) {
            return 1;
        }
        if (l.equals("mei") || l.startsWith("mag")) {
            return 5;
        }
        if (l.startsWith("giu") || l.startsWith("junh")) {
            return 6;
        }
        if (l.startsWith("lug")) {
            return 7;
        }
        if (l.equals("mrt") || l.startsWith("maa")) {
            return 3;
        }
        if (l.startsWith("f")) {
            return 2;
        }
        if (l.startsWith("mar") || l.startsWith("mär") || l.startsWith("mae")) {
            return 3;
        }
        if (l.startsWith("ap") || l.startsWith("av") || l.startsWith("abr")) {
            return 4;
        }
        if (l.startsWith("may") || l.startsWith("mai") || l.equals("maj")) {
            return 5;
        }
        if (l.equals("jun") || l.startsWith("june") || l.startsWith("juni") || l.startsWith("juin")) {
            return 6;
        }
        if (l.startsWith("jul") || l.startsWith("juil")) {
            return 7;
        }
        if (l.startsWith("au") || l.startsWith("ao") || l.startsWith("ag")) {
            return 8;
        }
        if (l.startsWith("se")) {
            return 9;
        }
        if (l.startsWith("o")) {
            return 10;
        }
        if (l.startsWith("n")) {
            return 11;
        }
        return 12;
    }
}
