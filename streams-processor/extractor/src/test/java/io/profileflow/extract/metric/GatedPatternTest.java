package io.profileflow.extract.metric;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatedPatternTest {

    private static final GatedPattern CUT_OR_GREW = new GatedPattern(
            Pattern.compile("(?i)\\b(?:cut\\w*|grew)\\b"), WordPrefixes.atWordStart("cut", "grew"));

    @Test
    void findsWhatFindFindsIgnoringAsciiCase() {
        assertThat(CUT_OR_GREW.find("We CUT costs")).isTrue();
        assertThat(CUT_OR_GREW.find("Grew revenue")).isTrue();
        assertThat(CUT_OR_GREW.find("growth and cuts_x")).isTrue();  // \w* takes the underscore
        assertThat(CUT_OR_GREW.find("")).isFalse();
        assertThat(CUT_OR_GREW.find("regrew the haircut")).isFalse();  // inside words
    }

    @Test
    void nonAsciiNeighboursAreLeftToTheRegex() {
        // Java 17's \b counts "é" as a word character; the start test lets the offset through and the regex decides.
        assertThat(CUT_OR_GREW.find("écut")).isEqualTo(Pattern.compile("(?i)\\b(?:cut\\w*|grew)\\b").matcher("écut").find());
        assertThat(CUT_OR_GREW.find("grewé")).isFalse();
        assertThat(CUT_OR_GREW.find("«grew»")).isTrue();
        // (?i) folds ASCII only: the Kelvin sign is no "k", and a dotless i is no "i".
        GatedPattern kit = new GatedPattern(Pattern.compile("(?i)\\bkit\\b"), WordPrefixes.atWordStart("kit"));
        assertThat(kit.find("\u212Ait")).isFalse();
        assertThat(kit.find("k\u0131t")).isFalse();
        assertThat(kit.find("KIT")).isTrue();
    }

    @Test
    void matchesAreFindsMatchesInOrder() {
        List<String> spans = new ArrayList<>();
        CUT_OR_GREW.forEachMatch(new WordStarts("cut, cutting; grew-cuts"), (s, e) -> spans.add(s + "-" + e));
        assertThat(spans).containsExactly("0-3", "5-12", "14-18", "19-23");
        assertThat(CUT_OR_GREW.lastMatch("Cut costs, then grew sales")).isEqualTo("grew");
        assertThat(CUT_OR_GREW.lastMatch("nothing here")).isNull();
    }

    @Test
    void matchesIsTheWholeText() {
        assertThat(CUT_OR_GREW.matches("Cutting")).isTrue();
        assertThat(CUT_OR_GREW.matches("grew")).isTrue();
        assertThat(CUT_OR_GREW.matches("grew up")).isFalse();
        assertThat(CUT_OR_GREW.matches("regrew")).isFalse();
        assertThat(CUT_OR_GREW.matches("")).isFalse();
    }

    @Test
    void lookBehindAndAnchorsSeeTheWholeText() {
        GatedPattern endWord = new GatedPattern(Pattern.compile("(?<!-)\\bdone$"), WordPrefixes.atWordStart("done"));
        assertThat(endWord.find("all done")).isTrue();
        assertThat(endWord.find("done already")).isFalse();  // $ is the text's end, not the region's
        assertThat(endWord.find("half-done")).isFalse();     // the look-behind sees before the region
        GatedPattern startWord = new GatedPattern(Pattern.compile("^go\\b"), WordPrefixes.atWordStart("go"));
        assertThat(startWord.find("go on")).isTrue();
        assertThat(startWord.find("let go")).isFalse();      // ^ is the text's start, not the region's
    }

    @Test
    void scanResumesWhereAsked() {
        GatedPattern.Scan scan = CUT_OR_GREW.scan("cut and cut");
        assertThat(scan.find(1)).isTrue();
        assertThat(scan.matcher.start()).isEqualTo(8);
        assertThat(scan.find(9)).isFalse();
    }

    @Test
    void wordPrefixesNeedAWordStart() {
        WordPrefixes prefixes = WordPrefixes.atWordStart("rank", "12th");
        assertThat(prefixes.canStart("Ranked 3rd", 0)).isTrue();
        assertThat(prefixes.canStart("x-rank", 2)).isTrue();
        assertThat(prefixes.canStart("_rank", 1)).isFalse();
        assertThat(prefixes.canStart("frank", 1)).isFalse();
        assertThat(prefixes.canStart("a2rank", 2)).isFalse();
        assertThat(prefixes.canStart("in 12TH", 3)).isTrue();
        assertThat(prefixes.canStart("ran", 0)).isFalse();  // shorter than the prefix
        assertThat(prefixes.canStart("éRANK", 1)).isTrue();
        // The second character is checked first, digits and one-character prefixes included.
        WordPrefixes mixed = WordPrefixes.atWordStart("a", "p9", "up-");
        assertThat(mixed.canStart("Ax", 0)).isTrue();
        assertThat(mixed.canStart("A", 0)).isTrue();
        assertThat(mixed.canStart("P99", 0)).isTrue();
        assertThat(mixed.canStart("Pa", 0)).isFalse();
        assertThat(mixed.canStart("p", 0)).isFalse();
        assertThat(mixed.canStart("UP-time", 0)).isTrue();
        assertThat(mixed.canStart("upper", 0)).isFalse();
        assertThat(mixed.canStart("u\u0150", 0)).isFalse();  // a second character beyond ASCII
        assertThatThrownBy(() -> WordPrefixes.atWordStart("café")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordPrefixes.atWordStart("Rank")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordPrefixes.atWordStart("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anywherePrefixesMayStartInsideWords() {
        WordPrefixes anywhere = WordPrefixes.anywhere("avail");
        assertThat(anywhere.canStart("unavailable", 2)).isTrue();
        assertThat(anywhere.canStart("unAVAILable", 2)).isTrue();
        assertThat(anywhere.onlyAtWordStarts()).isFalse();
        assertThat(WordPrefixes.atWordStart("avail").canStart("unavailable", 2)).isFalse();
        GatedPattern avail = new GatedPattern(Pattern.compile("(?i)avail"), anywhere);
        assertThat(avail.find("Unavailable")).isTrue();
    }

    @Test
    void wordStartTestsAreOnlyAskedAtWordStarts() {
        List<Integer> asked = new ArrayList<>();
        GatedPattern.StartTest recording = GatedPattern.atWordStarts((text, i) -> asked.add(i) && false);
        new GatedPattern(Pattern.compile("x"), recording).find("ab c_d-e 9f é");
        assertThat(asked).containsExactly(0, 3, 7, 9);
        assertThat(recording.canStart("ab", 1)).isFalse();  // also when asked directly
    }

    @Test
    void asciiCharClassesAreTheRegexOnes() {
        assertThat(AsciiChars.isWordStart("9 am", 0)).isTrue();
        assertThat(AsciiChars.isWordStart("at 9", 3)).isTrue();
        assertThat(AsciiChars.isWordStart("v9", 1)).isFalse();
        assertThat(AsciiChars.isWordStart("_9", 1)).isFalse();
        assertThat(AsciiChars.isWordStart("é9", 1)).isTrue();
        assertThat(AsciiChars.isWordStart("é", 0)).isFalse();  // \w is ASCII
        assertThat(AsciiChars.isDigitAt("٣", 0)).isFalse();    // so is \d: no Arabic-Indic digits
        assertThat(AsciiChars.isDigitAt("12", 2)).isFalse();   // past the end
        assertThat(AsciiChars.isOneOfWithin("9 pm", 1, 6, "aApP")).isTrue();
        assertThat(AsciiChars.isOneOfWithin("9 xm", 1, 6, "aApP")).isFalse();
        assertThat(AsciiChars.isOneOfWithin("", 0, 3, "a")).isFalse();
    }
}
