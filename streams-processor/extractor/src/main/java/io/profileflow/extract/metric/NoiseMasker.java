package io.profileflow.extract.metric;

import java.util.List;
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

    private static final List<Pattern> IDENTIFIERS = List.of(
            // Month-name dates: "Jan 2020", "March '21", "Sept. 2019".
            Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s?'?\\d{2,4}\\b"),
            // Numeric dates: 03/2019, 12/03/2021, 2019-03, 2019-03-14.
            Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}/(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?\\b"),
            // Year ranges: 2018 - 2023, 2021-Present.
            Pattern.compile("(?i)\\b(?:19|20)\\d{2}\\s?-\\s?(?:(?:19|20)\\d{2}|present|current|now|today|date)\\b"),
            // Names followed by a number that is a version, level, rank, grade or identifier, not a quantity.
            Pattern.compile("(?i)(?<![\\w.-])(?:top|rank(?:ed)?|ranking|air|position|percentile|level|tier|grade|class|std|standard"
                    + "|semester|sem|version|ver|release|v|sde|swe|iso|soc|pci|nist|cmmi|covid|windows|win|ios|android|java|jdk"
                    + "|jre|python|py|angular|angularjs|react|vue|node|nodejs|php|ruby|rails|perl|scala|kotlin|swift|golang"
                    + "|ubuntu|rhel|centos|debian|fedora|macos|postgres|postgresql|mysql|spring|django|laravel|html|css|http"
                    + "|web|oauth|tls|ssl|ipv|ecmascript|dotnet|hadoop|spark|wcag|ieee|rfc|age|aged|id|no\\.|ticket|room"
                    + "|suite|floor|apt|flat|plot|sector|pin|pincode|zip|engineer|developer|analyst|associate|step|phase"
                    + "|sprint|gen|generation|series|season|episode|chapter|gpa|cgpa|sgpa|cpi|scored?|scoring|rated|rating"
                    + "|marks|aggregate|percentage)\\s?[:#=-]?\\s?v?\\d{1,6}(?:\\.\\d{1,4}){0,3}+(?:\\s?%|\\s?/\\s?\\d{1,3}(?:\\.\\d{1,2})?)?(?![\\w.]|,\\d)"),
            // Displays and video formats: 4K video, 1080p.
            Pattern.compile("(?i)\\b[248]k\\s(?=video|resolution|display|monitor|tv|uhd|stream|content|camera)|\\b\\d{3,4}p\\b"),
            // Round-the-clock and one-to-one phrases.
            Pattern.compile("\\b24\\s?[/x]\\s?7\\b|\\b365\\s?(?:days?\\s)?a\\syear\\b|\\b1\\s?(?::|-on-)\\s?1\\b"));

    private NoiseMasker() {
    }

    static String mask(String text) {
        char[] out = text.toCharArray();
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (isPhone(phone.group())) {
                blank(out, phone.start(), phone.end());
            }
        }
        blankAll(LONG_DIGITS, text, out);
        for (Pattern identifier : IDENTIFIERS) {
            blankAll(identifier, text, out);
        }
        return new String(out);
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
