package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextShapeTest {
    @Test
    void splitCountEqualsTheLengthOfSplit() {
        for (String t : new String[] {"", " ", "   ", "a", "a b", "a  b", " a", "a ", "a  ", " a b  c ", "Led the team",
                "Zürich Ä ö", "a\tb"}) {
            assertThat(TextShape.splitCount(t)).as("'" + t + "'").isEqualTo(t.split(" ").length);
        }
    }

    @Test
    void edgeCheckAgreesWithTrimPattern() {
        Pattern trim = Pattern.compile("^[\\s,;:|*#>-]+|[\\s,;:|*#<-]+$");
        for (String t : new String[] {"", "Acme", "- Acme", "Acme -", "Acme ,", ">Acme<", "#Acme", "Acme\u2028",
                "Acme,\u2028", "\tAcme", "Ac-me", "Äcme", "Acme\n"}) {
            boolean changes = !trim.matcher(t).replaceAll("").equals(t);
            if (changes) {
                assertThat(TextShape.mayHaveEdge(t, ",;:|*#>-", ",;:|*#<-", true)).as("'" + t + "'").isTrue();
            }
        }
        assertThat(TextShape.mayHaveEdge("Acme", ",;:|*#>-", ",;:|*#<-", true)).isFalse();
        assertThat(TextShape.mayHaveEdge("", ",", ",", true)).isFalse();
    }

    @Test
    void lineTerminatorsAreThoseDollarSkips() {
        assertThat(TextShape.endsWithLineTerminator("to\u0085")).isTrue();
        assertThat(TextShape.endsWithLineTerminator("to\r\n")).isTrue();
        assertThat(TextShape.endsWithLineTerminator("to ")).isFalse();
        assertThat(TextShape.endsWithLineTerminator("")).isFalse();
        assertThat(Pattern.compile(" to$").matcher("went to\u2029").find()).isTrue();
    }

    @Test
    void regexSpaceIsAsciiOnly() {
        assertThat(TextShape.isRegexSpace('\u000B')).isTrue();
        assertThat(TextShape.isRegexSpace('\u00A0')).isFalse();
        assertThat(Pattern.compile("\\s").matcher("\u00A0").find()).isFalse();
    }
}
