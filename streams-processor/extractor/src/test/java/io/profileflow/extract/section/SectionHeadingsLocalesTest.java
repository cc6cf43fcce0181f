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

    @Test
    void dutchAndItalianHeadings() {
        assertThat(headings.classify("Werkervaring", false)).isEqualTo(SectionType.EXPERIENCE);
        assertThat(headings.classify("Opleiding", false)).isEqualTo(SectionType.EDUCATION);
        assertThat(headings.classify("Vaardigheden", false)).isEqualTo(SectionType.SKILLS);
        assertThat(headings.classify("Talen", false)).isEqualTo(SectionType.LANGUAGES);
        assertThat(headings.classify("Persoonlijke gegevens", false)).isEqualTo(SectionType.CONTACT);
        assertThat(headings.classify("Hobby's", false)).isEqualTo(SectionType.INTERESTS);
        assertThat(headings.classify("ISTRUZIONE E FORMAZIONE", true)).isEqualTo(SectionType.EDUCATION);
        assertThat(headings.classify("CAPACITÀ E COMPETENZE TECNICHE", true)).isEqualTo(SectionType.SKILLS);
        assertThat(headings.classify("INFORMAZIONI PERSONALI", true)).isEqualTo(SectionType.CONTACT);
    }

    @Test
    void italianPrivacyConsentIsBoilerplate() {
        assertThat(noise.isNoise("Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003."))
                .isTrue();
    }

    @Test
    void cookieBannersAndLinksAreNoiseButAnAchievementAboutCookiesIsNot() {
        assertThat(noise.isNoise("We use cookies to improve your experience and analyse traffic.")).isTrue();
        assertThat(noise.isNoise("This website uses cookies. Accept all cookies?")).isTrue();
        assertThat(noise.isNoise("Cookie settings")).isTrue();
        assertThat(noise.isNoise("Designed and implemented a cookie-matching server that syncs user identifiers across "
                + "ad platforms, managing a 60K QPS load.")).isFalse();
    }

    @Test
    void headingsJoinedByAConjunctionAndTheSkillsWordOfOtherLanguages() {
        assertThat(headings.classify("BOARD & ADVISORY ROLES", true)).isEqualTo(SectionType.VOLUNTEER);
        assertThat(headings.classify("Cursos y certificaciones", false)).isEqualTo(SectionType.CERTIFICATIONS);
        assertThat(headings.classify("Cursussen en certificaten", false)).isEqualTo(SectionType.CERTIFICATIONS);
        assertThat(headings.classify("HABILIDADES TÉCNICAS", true)).isEqualTo(SectionType.SKILLS);
        assertThat(headings.classify("Top-Kenntnisse", false)).isEqualTo(SectionType.SKILLS);
        assertThat(headings.classify("Research and Development Engineer", false)).isNull();
        assertThat(noise.isNoise("Adaeze Thornquist - Resume | Page 2 of 12")).isTrue();
        assertThat(noise.isNoise("Page l of 3")).isTrue();
        assertThat(noise.isNoise("Led the migration | Page views up 40% of 3 sites")).isFalse();
        assertThat(noise.isNoise("Message-ID: <CAH7x1+9kQ2fR0b@mail.test>")).isTrue();
        assertThat(noise.isNoise("Content-Transfer-Encoding: 7bit")).isTrue();
        assertThat(noise.isNoise("Date: Tue, 8 Oct 2024 21:47:13 -0500")).isTrue();
        assertThat(noise.isNoise("Date of birth: 14/02/1986")).isFalse();
    }
}
