package io.profileflow.extract.metric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every gated pattern of the grammar finds exactly what its regex finds with find(), on texts built at random from
 * the pattern's own words (in random case), digits, separators and non-ASCII neighbours: a start test that
 * rejected an offset where the regex matches would show up here as a missing span.
 */
class GatedPatternsAgreeTest {

    private static final int TEXTS_PER_PATTERN = 20_000;
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z]{2,}|\\d+");
    /** "\\b", "\\s", "\\d": not letters of a keyword. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\[A-Za-z]");
    private static final String[] NOISE = {" ", " ", " ", "  ", "\t", "-", "/", ".", ",", ":", ";", "'", "(", "$", "€",
            "£", "₹", "%", "+", "_", "→", "é", "ß", "\u0301", "\u212A", "\u0131", "Ü", "1", "2", "19", "20", "7", "12",
            "2019", "365", "24", "4", "9", "30", "k", "K", "p", "s", "x", "a", "A", "an", "th", "st", "am", "PM"};

    /** Each pattern with pieces of text it matches, beyond its literals, so that random texts reach its matches. */
    static Stream<Arguments> gatedPatterns() {
        return Stream.of(
                Arguments.of("ACHIEVEMENT_VERB", Vocabulary.ACHIEVEMENT_VERB, List.of()),
                Arguments.of("DECREASE_BEFORE", Vocabulary.DECREASE_BEFORE, List.of("shrank", "Shrunken", "minimise")),
                Arguments.of("INCREASE_BEFORE", Vocabulary.INCREASE_BEFORE, List.of("up to", "UP", "uplifted", "scaled")),
                Arguments.of("AVAILABILITY", MetricDescriber.AVAILABILITY, List.of("unavailable", "up-time", "SLA",
                        "success rate", "durability")),
                Arguments.of("LATENCY", MetricDescriber.LATENCY, List.of("p99", "P50", "load time", "pageload",
                        "round-trip", "round trip", "query time", "xlag")),
                Arguments.of("SCORE_BEFORE", AchievementFilter.SCORE_BEFORE, List.of("score of ", "rated at a ", "IELTS ", "GRE: ", "green ",
                        "GPA: ", "ranked ", "top ", "scored")),
                Arguments.of("VERSION_LIST_BEFORE", AchievementFilter.VERSION_LIST_BEFORE, List.of("Angular 15 and ",
                        "Java 8, ", "Python 3.11 to ", "SOC 2 & ", "Ab 1-")),
                Arguments.of("LEADS_TO_NUMBER", SubjectFinder.LEADS_TO_NUMBER, List.of(" by ", " from over ",
                        " went from ", " is approx. ", " of up to ", " = ", " rose to ", " depuis ", " of ~")),
                Arguments.of("EDUCATION", ClauseFacts.EDUCATION, List.of("board exams", "percentage:")),
                Arguments.of("PERSONAL_MEDIA", ClauseFacts.PERSONAL_MEDIA, List.of("stack overflow")),
                Arguments.of("RANKING", ClauseFacts.RANKING, List.of("top 10", "2nd place", "AIR", "3rd of", "4th out of")),
                Arguments.of("PAY_RATE", ClauseFacts.PAY_RATE, List.of("$85/hr", "€60 per hour", "USD 40", "$",
                        "£", "85", "/hr", "/ hour", "/h", " an hour", " a hour", "hourly rate", "HOURLY FEE", "EUR", "$12,400 · Fixed price",
                        "fixed-fee", "FIXED BID", "prefixed price", "Day rate (contract): £575", "daily fee", "Desired salary $140k",
                        "expected CTC", "Salary expectations", "current pay", "today rate", "undesired salary",
                        "current package", "10% bonus", "bonuses", "Bonus")),
                Arguments.of("QuantityScanner.START", QuantityScanner.START, List.of("+US$ 5", "-Rs. 5", "rs.12", "AUD 40",
                        "SQL2019", "€1,200", "12,34,567", "4,1 %", "2,5 Stunden", "1.5", "-3", "+7", "a dozen", "A  DOZEN",
                        "twenty-one", "Fifteen", "CA$", "HK$", "R$", "¥", "x")),
                Arguments.of("QuantityScanner.MULTIPLYING_VERB", QuantityScanner.MULTIPLYING_VERB, List.of()),
                identifier(0, "Jan 2020", "March '21", "Sept. 2019", "sep2019", "Mayo 12"),
                identifier(1, "03/2019", "12/03/2021", "2019-03", "2019-03-14", "1.2.2020", "12/1999"),
                identifier(2, "2018 - 2023", "2021-Present", "1999 -2001", "2020- now"),
                identifier(3, "4K video", "8k display", "1080p", "720P"),
                identifier(4, "9 am", "5:30 pm", "3 p.m.", "11AM", "12:00 a.m."),
                identifier(5, "24/7", "24 x 7", "365 days a year", "365 a year", "1:1", "1-on-1", "1 : 1"),
                identifier(6, "H2T 1S6", "H2T1S6", "LS1 4AP", "SW1A 1AA", "M1 1AE", "EC2 4GB", "411 19 Göteborg", "123 45 Ab"),
                identifier(7, "12 May 1990", "12 de mayo de 1990", "3 juni 1989", "1. März 2019", "07 août 2015", "12 engineers 2019"));
    }

    private static Arguments identifier(int index, String... samples) {
        return Arguments.of("IDENTIFIERS[" + index + "]", NoiseMasker.IDENTIFIERS.get(index), List.of(samples));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gatedPatterns")
    void findsTheSameSpansAsFind(String name, GatedPattern gated, List<String> samples) {
        List<String> words = new ArrayList<>(literals(gated.pattern()));
        words.addAll(samples);
        Random random = new Random(name.hashCode());
        int matched = 0;
        for (int t = 0; t < TEXTS_PER_PATTERN; t++) {
            String text = randomText(random, words);
            List<String> expected = spansByFind(gated.pattern(), text);
            List<String> actual = new ArrayList<>();
            gated.forEachMatch(new WordStarts(text), (s, e) -> actual.add(s + "-" + e));
            assertThat(actual).as("%s spans in \"%s\"", name, text).isEqualTo(expected);
            assertThat(gated.find(text)).as("find in \"%s\"", text).isEqualTo(!expected.isEmpty());
            matched += expected.isEmpty() ? 0 : 1;
        }
        // The texts must exercise matches, or the comparison proves nothing.
        assertThat(matched).as("%s: texts with a match", name).isGreaterThan(TEXTS_PER_PATTERN / 50);
    }

    /** The letter runs and numbers written in the pattern's source: its keywords, stems and suffixes. */
    private static List<String> literals(Pattern pattern) {
        List<String> words = new ArrayList<>();
        Matcher m = LITERAL.matcher(ESCAPE.matcher(pattern.pattern()).replaceAll(" "));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(10);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(3) == 0) {
                sb.append(NOISE[random.nextInt(NOISE.length)]);
            } else {
                String w = words.get(random.nextInt(words.size()));
                sb.append(switch (random.nextInt(4)) {
                    case 0 -> w.toUpperCase(Locale.ROOT);
                    case 1 -> Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> w;
                });
            }
        }
        return sb.toString();
    }

    private static List<String> spansByFind(Pattern pattern, String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }
}
