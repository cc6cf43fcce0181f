package io.profileflow.extract.text;

import io.profileflow.extract.Deadline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineStructureRestorerTest {
    private final LineStructureRestorer restorer = new LineStructureRestorer();

    private List<String> restore(String text) {
        return Arrays.asList(restorer.restore(text, Deadline.after(Duration.ofSeconds(30))).split("\n"));
    }

    @Test
    void flattenedProfileGetsItsHeadingsAndDatesBack() {
        String line = "### Platform Engineer @ Quillfen Jan 2020 - Present Built the deploy pipeline for 40 services "
                .repeat(5);
        List<String> lines = restore(line);
        assertThat(lines).contains("### Platform Engineer @ Quillfen", "Jan 2020 - Present");
    }

    @Test
    void anIsoMonthBeforePresentStaysOneDateRange() {
        String line = "### Platform Engineer @ Quillfen 2020-01 - Present Built the deploy pipeline for 40 services "
                .repeat(5);
        assertThat(restore(line)).contains("### Platform Engineer @ Quillfen", "2020-01 - Present");
    }

    @Test
    void blobLongerThanAnyProfileIsReadAsProseNotAsRoleHeaders() {
        String unit = "### Engineer @ Quillfen Jan 2020 - Present | Berlin ";
        String blob = unit.repeat(LineStructureRestorer.MAX_STRUCTURED_LINE / unit.length() + 10);
        List<String> lines = restore(blob);
        // Cut at spaces into lines of nearly PROSE_LINE chars (far longer than any header), not once per heading.
        assertThat(lines.subList(0, lines.size() - 1))
                .allSatisfy(l -> assertThat(l.length()).isBetween(LineStructureRestorer.PROSE_LINE - unit.length(),
                        LineStructureRestorer.PROSE_LINE));
        assertThat(lines).hasSizeLessThan(blob.length() / (LineStructureRestorer.PROSE_LINE - unit.length()) + 2);
        assertThat(String.join(" ", lines)).isEqualTo(blob.strip());
    }

    @Test
    void proseBlobIsCutAtSentenceEnds() {
        String sentence = "Ran the data platform of Quillfen for 3 years and cut costs by 20%. ";
        String blob = sentence.repeat(LineStructureRestorer.MAX_STRUCTURED_LINE / sentence.length() + 10);
        List<String> lines = restore(blob);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l).startsWith("Ran the data platform").endsWith("by 20%.");
            assertThat(l.length()).isLessThanOrEqualTo(LineStructureRestorer.PROSE_LINE);
        });
        assertThat(String.join(" ", lines)).isEqualTo(blob.strip());
    }
}
