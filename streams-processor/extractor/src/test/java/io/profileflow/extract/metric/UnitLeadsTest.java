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
 * Wherever a unit pattern of the scanner matches, its lead test lets the offset through: on texts built at random
 * from the pattern's own words (in random case), spaces, hyphens, digits and other characters.
 */
class UnitLeadsTest {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z]{1,}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\[A-Za-z]");
    private static final String[] NOISE = {" ", " ", "  ", "\t", "\n", "-", "- ", "/", "%", ".", ",", "5", "2.5",
            "é", "\u212A", "ſ", "x", "X", "fold", "times faster", "µ", "K", "kbps", "Mbps", "GiB", "k", "m"};

    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of("CURRENCY_SUFFIX", QuantityScanner.CURRENCY_SUFFIX),
                Arguments.of("PERCENT", QuantityScanner.PERCENT),
                Arguments.of("POINTS", QuantityScanner.POINTS),
                Arguments.of("MULTIPLIER", QuantityScanner.MULTIPLIER),
                Arguments.of("RATE", QuantityScanner.RATE),
                Arguments.of("BITRATE", QuantityScanner.BITRATE),
                Arguments.of("BYTES", QuantityScanner.BYTES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void leadTestHoldsWhereverThePatternMatches(String name, QuantityScanner.Unit unit) {
        List<String> words = new ArrayList<>();
        Matcher literal = LITERAL.matcher(ESCAPE.matcher(unit.pattern().pattern()).replaceAll(" "));
        while (literal.find()) {
            words.add(literal.group());
        }
        Random random = new Random(name.hashCode());
        int matches = 0;
        for (int t = 0; t < 20_000; t++) {
            String text = randomText(random, words);
            Matcher m = unit.pattern().matcher(text).useTransparentBounds(true);
            for (int pos = 0; pos < text.length(); pos++) {
                m.region(pos, text.length());
                if (m.lookingAt()) {
                    matches++;
                    assertThat(unit.mayStartAt(text, pos)).as("%s at %d of \"%s\"", name, pos, text).isTrue();
                }
            }
        }
        assertThat(matches).as("%s: matches seen", name).isGreaterThan(1_000);
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int p = 1 + random.nextInt(6); p > 0; p--) {
            if (random.nextInt(3) == 0) {
                sb.append(NOISE[random.nextInt(NOISE.length)]);
            } else {
                String w = words.get(random.nextInt(words.size()));
                sb.append(random.nextBoolean() ? w : w.toUpperCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
