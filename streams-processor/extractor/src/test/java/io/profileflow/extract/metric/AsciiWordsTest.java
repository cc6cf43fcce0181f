package io.profileflow.extract.metric;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsciiWordsTest {

    private final AsciiWords words = new AsciiWords(List.of("java", "v", "no", "rank", "ranked"));

    @Test
    void looksUpASpanIgnoringAsciiCase() {
        String text = "Ranked JAVA no. v";
        assertThat(words.contains(text, 0, 6)).isTrue();
        assertThat(words.contains(text, 0, 4)).isTrue();    // "Rank"
        assertThat(words.contains(text, 7, 11)).isTrue();   // "JAVA"
        assertThat(words.contains(text, 12, 14)).isTrue();  // "no"
        assertThat(words.contains(text, 16, 17)).isTrue();  // "v"
    }

    @Test
    void theWholeSpanMustBeTheWord() {
        assertThat(words.contains("javascript", 0, 10)).isFalse();
        assertThat(words.contains("javascript", 0, 4)).isTrue();
        assertThat(words.contains("ran", 0, 3)).isFalse();
        assertThat(words.contains("java", 2, 2)).isFalse();  // empty
        assertThat(words.contains("", 0, 0)).isFalse();
    }

    @Test
    void foldsAsciiCaseOnly() {
        assertThat(words.contains("\u212Aey", 0, 3)).isFalse();    // the Kelvin sign is no "k"
        assertThat(words.contains("n\u00D8", 0, 2)).isFalse();
        assertThat(words.contains("r\u0430nk", 0, 4)).isFalse();  // Cyrillic "а"
        assertThatThrownBy(() -> new AsciiWords(List.of("Java"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AsciiWords(List.of("café"))).isInstanceOf(IllegalArgumentException.class);
    }
}
