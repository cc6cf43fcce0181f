package io.profileflow.extract.section;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionHeadingsLocalesTest {
    private final SectionHeadings headings = new SectionHeadings();
    private final NoiseFilter noise = new NoiseFilter();

    @Test
    void spanishFrenchAndAcademicHeadings() {
        assertThat(headings.classify("Experiencia laboral", false)).isEqualTo(SectionType.EXPERIENCE);
        assertThat(headings.classify("Formación académica", false)).isEqualTo(SectionType.EDUCATION);
        assertThat(headings.classify("Conocimientos informáticos", false)).isEqualTo(SectionType.SKILLS);
        assertThat(headings.classify("Compétences techniques", false)).isEqualTo(SectionType.SKILLS);
        assertThat(headings.classify("Datos personales", false)).isEqualTo(SectionType.CONTACT);
        assertThat(headings.classify("ACADEMIC APPOINTMENTS", true)).isEqualTo(SectionType.EXPERIENCE);
        assertThat(headings.classify("EDUCATIONAL QUALIFICATIONS", true)).isEqualTo(SectionType.EDUCATION);
        assertThat(headings.classify("GRANTS", true)).isEqualTo(SectionType.AWARDS);
    }

    @Test
    void pageFootersAreNoiseButBareNumbersAreNot() {
        assertThat(noise.isNoise("Page 2 of 4")).isTrue();
        assertThat(noise.isNoise("- 3 -")).isTrue();
        assertThat(noise.isNoise("120")).isFalse();
        assertThat(noise.isNoise("Page speed went from 40 to 90")).isFalse();
    }
}
