package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiteralScanTest {
    private final LiteralScan footer = LiteralScan.ignoringCase("(c)", "cookie", "all rights reserved", "this site");

    @Test
    void findsLiteralsAnywhereIgnoringCase() {
        assertThat(footer.foundIn("We use COOKIES here")).isTrue();
        assertThat(footer.foundIn("(C) 2024 Quillfen")).isTrue();
        assertThat(footer.foundIn("All Rights Reserved.")).isTrue();
        assertThat(footer.foundIn("xcookiex")).isTrue();
        assertThat(footer.foundIn("this sit")).isFalse();
        assertThat(footer.foundIn("Built a cook book")).isFalse();
        assertThat(footer.foundIn("")).isFalse();
    }

    @Test
    void literalAtTheEdgesOfTheText() {
        assertThat(footer.foundIn("cookie")).isTrue();
        assertThat(footer.foundIn("ookie")).isFalse();
        assertThat(footer.foundIn("my cookie")).isTrue();
        assertThat(footer.foundIn("my cooki")).isFalse();
    }

    @Test
    void foldsCaseAsRegionMatchesDoes() {
        // The Kelvin sign and the long s fold to ASCII 'k' and 's' in regionMatches and in (?iu) patterns.
        assertThat(footer.foundIn("coo\u212Aie")).isTrue();
        assertThat(Pattern.compile("cookie", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher("coo\u212Aie").find()).isTrue();
        assertThat(footer.foundIn("this \u017Fite")).isTrue();
        assertThat(LiteralScan.ignoringCase("straße").foundIn("LINDENSTRASSE")).isFalse();
        assertThat(LiteralScan.ignoringCase("straße").foundIn("Lindenstraße 4")).isTrue();
        assertThat(LiteralScan.ignoringCase("años").foundIn("10 AÑOS")).isTrue();
    }

    @Test
    void wordStartWantsNoLetterBefore() {
        LiteralScan numbers = LiteralScan.ignoringCase("one", "ten");
        assertThat(numbers.foundAtWordStartIn("ten years")).isTrue();
        assertThat(numbers.foundAtWordStartIn("after ten years")).isTrue();
        assertThat(numbers.foundAtWordStartIn("(one) year")).isTrue();
        assertThat(numbers.foundAtWordStartIn("often someone")).isFalse();
        assertThat(numbers.foundAtWordStartIn("4one")).isTrue();
        assertThat(numbers.foundAtWordStartIn("_ten")).isTrue();
        assertThat(numbers.foundAtWordStartIn("éten")).isFalse();
        assertThat(numbers.foundIn("often")).isTrue();
    }

    @Test
    void literalsNeedAnAsciiCharacter() {
        assertThatThrownBy(() -> LiteralScan.ignoringCase("äöü")).isInstanceOf(IllegalArgumentException.class);
    }
}
