package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])");
    private final LineReader reader = new LineReader();

    @Test
    void starsAloneAreAllRemovedAsThePatternWould() {
        for (String s : new String[] {"**Senior** Engineer *Acme*", "a****b", "5 * 3 = 15", "x*"}) {
            assertThat(reader.clean(s).text()).as(s).isEqualTo(EMPHASIS.matcher(s).replaceAll("").replaceAll(" {2,}", " ").strip());
        }
    }

    @Test
    void underscoresKeepInnerOnes() {
        assertThat(reader.clean("_Lead_ at snake_case **Co**").text()).isEqualTo("Lead at snake_case Co");
    }

    @Test
    void headingsListMarkersAndRules() {
        Line h = reader.clean("### Staff Engineer");
        assertThat(h.headingLevel()).isEqualTo(3);
        assertThat(h.text()).isEqualTo("Staff Engineer");
        Line b = reader.clean("ii) Built the warehouse");
        assertThat(b.bullet()).isTrue();
        assertThat(b.text()).isEqualTo("Built the warehouse");
        assertThat(reader.clean("Built the warehouse").bullet()).isFalse();
        assertThat(reader.clean("---")).isNull();
        assertThat(reader.clean("| --- | --- |")).isNull();
        assertThat(reader.clean("#hashtag").headingLevel()).isZero();
    }

    @Test
    void aProfileEditorsControlsAreNoText() {
        assertThat(LineReader.withoutUiControls("Career history | + Add role")).isEqualTo("Career history");
        assertThat(LineReader.withoutUiControls("Edit | Delete")).isEmpty();
        assertThat(LineReader.withoutUiControls("Patching compliance rose from 71% to 98%.... Show more"))
                .isEqualTo("Patching compliance rose from 71% to 98%....");
        assertThat(LineReader.withoutUiControls("Led the team that built the Edit and Delete APIs"))
                .isEqualTo("Led the team that built the Edit and Delete APIs");
    }
}
