package io.profileflow.extract.metric;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WordStartsTest {

    @Test
    void wordsStartAtAsciiLettersAndDigitsAfterNonWordCharacters() {
        assertThat(offsets("Cut 30% of_costs, v2-API")).containsExactly(0, 4, 8, 18, 21);
        assertThat(offsets("")).isEmpty();
        assertThat(offsets("  --  ")).isEmpty();
        // Non-ASCII letters start no word here, and do not hide the ASCII word after them.
        assertThat(offsets("éa Ünb")).containsExactly(1, 4);
    }

    @Test
    void indexAtOrAfterFindsTheNextWordStart() {
        WordStarts words = new WordStarts("one two three");
        assertThat(words.indexAtOrAfter(0)).isEqualTo(0);
        assertThat(words.indexAtOrAfter(1)).isEqualTo(1);
        assertThat(words.indexAtOrAfter(4)).isEqualTo(1);
        assertThat(words.indexAtOrAfter(9)).isEqualTo(3);
        assertThat(words.count()).isEqualTo(3);
    }

    @Test
    void theyAreWhereAsciiWordBoundariesPrecedeALetterOrDigit() {
        Pattern asciiWordStart = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z0-9]");
        String alphabet = "aZ9_ -.éß\u0301/";
        Random random = new Random(11);
        for (int t = 0; t < 2_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(15); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Integer> expected = new ArrayList<>();
            Matcher m = asciiWordStart.matcher(sb);
            while (m.find()) {
                expected.add(m.start());
            }
            assertThat(offsets(sb.toString())).as("\"%s\"", sb).isEqualTo(expected);
        }
    }

    private static List<Integer> offsets(String text) {
        WordStarts words = new WordStarts(text);
        List<Integer> offsets = new ArrayList<>();
        for (int k = 0; k < words.count(); k++) {
            offsets.add(words.offset(k));
        }
        return offsets;
    }
}
