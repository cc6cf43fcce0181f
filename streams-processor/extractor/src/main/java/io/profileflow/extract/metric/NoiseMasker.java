package io.profileflow.extract.metric;

import io.profileflow.extract.text.WordScan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out (with spaces, so offsets stay valid) the spans that contain digits but are identifiers rather than
 * measurements: phone numbers, dates, versions of named products, grades, ranks, list names. Masking first keeps
 * the quantity grammar simple: it never has to know that "Angular 15" or "Jan 2020" exist.
 */
final class NoiseMasker {

    /** Separated digit groups; masked only when they carry at least nine digits (see {@link #isPhone}). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,5}(?:[\\s.-]\\d{2,5}){1,3}+(?![\\w,]|\\.\\d)");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<![\\w.,])\\+?\\d{9,}+(?![\\w.,])");

    /** Names whose number is a version, level, rank, grade or identifier, not a quantity ("Angular 15"). */
    private static final String NAMES = "top|rank(?:ed)?|ranking|air|position|percentile|level|tier|grade|class|std|standard"
            + "|semester|sem|version|ver|release|v|sde|swe|iso|soc|pci|nist|cmmi|covid|windows|win|ios|android|java|jdk"
            + "|jre|python|py|angular|angularjs|react|vue|node|nodejs|php|ruby|rails|perl|scala|kotlin|swift|golang"
            + "|ubuntu|rhel|centos|debian|fedora|macos|postgres|postgresql|mysql|spring|django|laravel|html|css|http"
            + "|web|oauth|tls|ssl|ipv|ecmascript|dotnet|hadoop|spark|wcag|ieee|rfc|age|aged|id|no\\.|ticket|room"
            + "|suite|floor|apt|flat|plot|sector|pin|pincode|zip|engineer|developer|analyst|associate|step|phase"
            + "|sprint|gen|generation|series|season|episode|chapter|gpa|cgpa|sgpa|cpi|scored?|scoring|rated|rating"
            + "|marks|aggregate|percentage";
    private static final Pattern NAMED_NUMBER = Pattern.compile("(?i)(?<![\\w.-])(?:" + NAMES + ")"
            + "\\s?[:#=-]?\\s?v?\\d{1,6}(?:\\.\\d{1,4}){0,3}+(?:\\s?%|\\s?/\\s?\\d{1,3}(?:\\.\\d{1,2})?)?(?![\\w.]|,\\d|-fold)");
    private static final Pattern WORD_WITH_OPTIONAL_SUFFIX = Pattern.compile("([a-z]+)\\(\\?:([a-z]+)\\)\\?");
    private static final Pattern WORD_WITH_OPTIONAL_LETTER = Pattern.compile("([a-z]+)([a-z])\\?");
    private static final Pattern WORD_WITH_DOT = Pattern.compile("([a-z]+)(?:\\\\\\.)?");
    /** The letters each name is written with, lower case ("rank", "ranked", "no"); null if not derivable. */
    private static final AsciiWords NAME_WORDS = nameWords();
    /** The long alternation of names tried only where a name starts: trying it everywhere cost most of a clause. */
    private static final GatedPattern NAMED_NUMBERS =
            new GatedPattern(NAMED_NUMBER, GatedPattern.atWordStarts(NoiseMasker::startsWithName));

    /**
     * Each tried only where its first word or number can start (all but the month names begin with \b\d) and, for
     * the numbers, where the separator or letter the pattern needs a few characters on stands there.
     */
    static final List<GatedPattern> IDENTIFIERS = List.of(
            // Month-name dates: "Jan 2020", "March '21", "Sept. 2019".
            new GatedPattern(Pattern.compile(
                    "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s?'?\\d{2,4}\\b"),
                    WordPrefixes.atWordStart("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
            // Numeric dates: 03/2019, 12/03/2021, 2019-03, 2019-03-14.
            new GatedPattern(Pattern.compile(
                    "\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}/(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?\\b"),
                    GatedPattern.atWordStarts(NoiseMasker::canStartNumericDate)),
            // Year ranges: 2018 - 2023, 2021-Present.
            new GatedPattern(Pattern.compile(
                    "(?i)\\b(?:19|20)\\d{2}\\s?-\\s?(?:(?:19|20)\\d{2}|present|current|now|today|date)\\b"),
                    WordPrefixes.atWordStart("19", "20")),
            // Displays and video formats: 4K video, 1080p.
            new GatedPattern(Pattern.compile(
                    "(?i)\\b[248]k\\s(?=video|resolution|display|monitor|tv|uhd|stream|content|camera)|\\b\\d{3,4}p\\b"),
                    GatedPattern.atWordStarts(NoiseMasker::canStartFormat)),
            // Clock times: "9 am", "5:30 pm", "3 p.m." ("from 9 to 5 pm" is a schedule, not a change).
            new GatedPattern(Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])"),
                    GatedPattern.atWordStarts(NoiseMasker::canStartClockTime)),
            // Round-the-clock and one-to-one phrases.
            new GatedPattern(Pattern.compile(
                    "\\b24\\s?[/x]\\s?7\\b|\\b365\\s?(?:days?\\s)?a\\syear\\b|\\b1\\s?(?::|-on-)\\s?1\\b"),
                    WordPrefixes.atWordStart("24", "365", "1")),
            // Postcodes of an address line: Canadian "H2T 1S6", British "LS1 4AP" (not "EC2 4GB", a size), Swedish
            // "411 19 Göteborg".
            new GatedPattern(Pattern.compile("\\b(?:[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? \\d(?!(?:[TGMKP]B|MS)\\b)[A-Z]{2}"
                    + "|\\d{3} \\d{2}(?= \\p{Lu}\\p{Ll}))\\b"),
                    GatedPattern.atWordStarts(NoiseMasker::canStartPostcode)),
            // Day-first dates in any of the date languages: "12 May 1990", "12 de mayo de 1990", "3 juni 1989".
            new GatedPattern(Pattern.compile("(?iu)\\b\\d{1,2}\\.?\\s(?:de\\s)?(?:jan|feb|fev|fév|mar|mär|maa|apr|abr|avr|may|mai"
                    + "|mag|mei|maj|jun|jui|giu|jul|lug|aug|ago|aoû|sep|set|oct|okt|out|ott|nov|dec|dez|déc|dic|ene|gen)\\p{L}{0,7}"
                    + "\\.?\\s(?:de\\s)?(?:19|20)\\d{2}\\b"),
                    GatedPattern.atWordStarts((t, i) -> AsciiChars.isDigitAt(t, i))));

    private NoiseMasker() {
    }

    static String mask(String text) {
        return mask(new WordStarts(text));
    }

    /** The words' text with its identifiers blanked. */
    static String mask(WordStarts words) {
        String text = words.text();
        char[] out = text.toCharArray();
        if (hasNineDigitRun(text)) {
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                if (isPhone(phone.group())) {
                    blank(out, phone.start(), phone.end());
                }
            }
            blankAll(LONG_DIGITS, text, out);
        }
        for (GatedPattern identifier : IDENTIFIERS) {
            identifier.forEachMatch(words, (from, to) -> blank(out, from, to));
        }
        NAMED_NUMBERS.forEachMatch(words, (from, to) -> blank(out, from, to));
        return new String(out);
    }

    /**
     * PHONE and LONG_DIGITS only blank spans with nine digits, made of digits, '+', parentheses, dots, hyphens
     * and white space: without such a run of nine digits neither can change anything. Most clauses do not even
     * hold nine digits, which is cheaper to count.
     */
    private static boolean hasNineDigitRun(String text) {
        return countDigits(text) >= 9 && WordScan.hasPhoneLikeDigitRun(text, 9);
    }

    private static int countDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (AsciiChars.isDigitAt(text, i)) {
                digits++;
            }
        }
        return digits;
    }

    /** "03/2019", "12.03.21", "2019-03": a separator after one or two digits, or after a four-digit year. */
    private static boolean canStartNumericDate(String text, int i) {
        return AsciiChars.isDigitAt(text, i) && (AsciiChars.isOneOfWithin(text, i + 1, i + 2, "/.-")
                || AsciiChars.isOneOfAt(text, i + 4, "-"));
    }

    /** "4K video": a "k" right after the 2, 4 or 8; "1080p": a "p" after three or four digits. */
    private static boolean canStartFormat(String text, int i) {
        return AsciiChars.isOneOfAt(text, i, "248") && AsciiChars.isOneOfAt(text, i + 1, "kK")
                || AsciiChars.isDigitAt(text, i) && AsciiChars.isOneOfWithin(text, i + 3, i + 4, "pP");
    }

    /** A capital and a digit within its first three characters, or three digits and a space. */
    private static boolean canStartPostcode(String text, int i) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
            return AsciiChars.isDigitAt(text, i + 1) || AsciiChars.isDigitAt(text, i + 2);
        }
        return AsciiChars.isDigitAt(text, i) && AsciiChars.isDigitAt(text, i + 2) && AsciiChars.isOneOfAt(text, i + 3, " ");
    }

    /** "9 am", "11:30 p.m.": the "a" or "p" comes at most six characters after the first digit. */
    private static boolean canStartClockTime(String text, int i) {
        return AsciiChars.isDigitAt(text, i) && AsciiChars.isOneOfWithin(text, i + 1, i + 6, "aApP");
    }

    /**
     * Where a name starts: a word whose letters are a name (or a name and the "v" of "v2"). The names are ASCII
     * words and the look-behind excludes a word character before them, so every match starts at a word start.
     */
    private static boolean startsWithName(String text, int i) {
        if (NAME_WORDS == null) {
            return true;  // the names could not be listed: try the pattern at every word start
        }
        if (!AsciiChars.isLetter(text.charAt(i))) {
            return false;
        }
        if (i > 0) {
            char before = text.charAt(i - 1);
            // NAMED_NUMBER's (?<![\w.-]), \w being ASCII.
            if (AsciiChars.isWordChar(before) || before == '.' || before == '-') {
                return false;
            }
        }
        int end = i;
        while (end < text.length() && AsciiChars.isLetter(text.charAt(end))) {
            end++;
        }
        return NAME_WORDS.contains(text, i, end)
                || end - i > 1 && (text.charAt(end - 1) | 0x20) == 'v' && NAME_WORDS.contains(text, i, end - 1);
    }

    private static AsciiWords nameWords() {
        Set<String> words = words(NAMES);
        return words == null ? null : new AsciiWords(words);
    }

    /** "rank(?:ed)?" gives rank and ranked, "scored?" score and scored, "no\." no; other syntax gives null. */
    private static Set<String> words(String alternatives) {
        Set<String> words = new HashSet<>();
        for (String alt : alternatives.split("\\|")) {
            Matcher suffix = WORD_WITH_OPTIONAL_SUFFIX.matcher(alt);
            Matcher letter = WORD_WITH_OPTIONAL_LETTER.matcher(alt);
            Matcher plain = WORD_WITH_DOT.matcher(alt);
            if (suffix.matches()) {
                words.add(suffix.group(1));
                words.add(suffix.group(1) + suffix.group(2));
            } else if (letter.matches()) {
                words.add(letter.group(1));
                words.add(letter.group(1) + letter.group(2));
            } else if (plain.matches()) {
                words.add(plain.group(1));
            } else {
                return null;
            }
        }
        return Set.copyOf(words);
    }

    /** Nine digits is shorter than any phone number with its area code and longer than any plausible range. */
    private static boolean isPhone(String candidate) {
        int digits = 0;
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isDigit(candidate.charAt(i))) {
                digits++;
            }
        }
        return digits >= 9;
    }

    private static void blankAll(Pattern pattern, String text, char[] out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            blank(out, m.start(), m.end());
        }
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = ' ';
        }
    }
}
