package io.profileflow.extract.section;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trailing-count pre-check must accept every heading the count pattern would shorten. */
class SectionHeadingsKeyTest {
    private static final Pattern TRAILING_COUNT = Pattern.compile(
            "[ (]*\\d+[ )]*(?:years?|yrs?|projects?|skills?)?\\)?$", Pattern.CASE_INSENSITIVE);

    @Test
    void countPreCheckAgreesWithThePattern() {
        for (String h : new String[] {"Experience (5 years)", "Projects 12", "Skills (8)", "Experience 5 YRS",
                "Top 5 Skills", "Work 2019 - 2021", "Projects (3))", "Experience 5years)", "Experience", "Skills:",
                "Present", "5", "", "Projects (3 Projects)", "Awards 2x"}) {
            boolean shortened = TRAILING_COUNT.matcher(h).find();
            assertThat(SectionHeadings.mayEndWithCount(h) || !shortened).as(h).isTrue();
        }
        assertThat(SectionHeadings.mayEndWithCount("Experience")).isFalse();
        assertThat(SectionHeadings.mayEndWithCount("Key Projects")).isFalse();
        assertThat(SectionHeadings.mayEndWithCount("Experience (10+ Years)")).isFalse();
    }

    @Test
    void keysDropCountsAndMarkup() {
        assertThat(SectionHeadings.key("Work Experience (7 years)")).isEqualTo("work experience");
        assertThat(SectionHeadings.key("Tools & Technologies 12")).isEqualTo("tools and technologies");
        assertThat(new SectionHeadings().classify("EXPERIENCE (5 YEARS)", true)).isEqualTo(SectionType.EXPERIENCE);
        // ASCII headings take the one-pass path; '&' reads as " and ", '/' and '+' stay, other marks part words.
        assertThat(SectionHeadings.key("R&D")).isEqualTo("r and d");
        assertThat(SectionHeadings.key("&Co")).isEqualTo("and co");
        assertThat(SectionHeadings.key("Tech  Stack / Tools+")).isEqualTo("tech stack / tools+");
        assertThat(SectionHeadings.key("--Skills--:")).isEqualTo("skills");
        assertThat(SectionHeadings.key("")).isEmpty();
        assertThat(SectionHeadings.key("Über MICH & Co")).isEqualTo("über mich and co");
    }
}
