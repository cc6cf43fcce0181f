package io.profileflow.extract.section;

import io.profileflow.extract.Deadline;
import io.profileflow.extract.text.LineReader;
import io.profileflow.extract.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionSplitterTest {
    private static List<Section> split(String text) {
        return new SectionSplitter().split(new LineReader().read(new TextNormalizer().normalize(text), Deadline.none()),
                Deadline.none());
    }

    @Test
    void recognizesHeadingSpellings() {
        List<Section> s = split("""
                Jana Novak
                PROFESSIONAL EXPERIENCE
                Engineer at Acme
                ## Tech Stack
                Java, Go
                Berufserfahrung
                Entwicklerin bei Beta
                Core Competencies:
                Kafka
                Education
                BSc Informatics
                About Me
                Builder of things
                """);
        assertThat(s).extracting(Section::type).containsExactly(SectionType.PREAMBLE, SectionType.EXPERIENCE,
                SectionType.SKILLS, SectionType.EXPERIENCE, SectionType.SKILLS, SectionType.EDUCATION, SectionType.SUMMARY);
    }

    @Test
    void dropsThePagesCopiesOfARunningHeaderButKeepsTheDocumentsOwn() {
        List<Section> s = split("""
                Marisol Achterberg          Resume          marisol@mail.test
                Experience
                Billing Lead, Maplebridge Financial, 2019 - 2022
                - Reduced the bill run from 11 hours to
                \fMarisol Achterberg          Resume          marisol@mail.test
                  90 minutes by parallelising the rating jobs.
                - Mentored 4 co-op students.
                \fMarisol Achterberg          Resume          marisol@mail.test
                Education
                BSc Computer Science
                """);
        assertThat(s.get(0).lines()).extracting(l -> l.text()).containsExactly(
                "Marisol Achterberg | Resume | marisol@mail.test");
        assertThat(s.get(1).lines()).extracting(l -> l.text()).containsExactly(
                "Billing Lead, Maplebridge Financial, 2019 - 2022", "Reduced the bill run from 11 hours to",
                "90 minutes by parallelising the rating jobs.", "Mentored 4 co-op students.");
        assertThat(s.get(2).lines()).extracting(l -> l.text()).containsExactly("BSc Computer Science");
    }

    @Test
    void aRoleHeaderWrittenTwiceIsNoRunningHeader() {
        List<Section> s = split("""
                Experience
                Software Engineer @ Microsoft Corporation
                Jan 2020 - Jan 2022
                Software Engineer @ Microsoft Corporation
                Jan 2017 - Jan 2020
                """);
        assertThat(s.get(0).lines()).hasSize(4);
    }

    @Test
    void aLineEndingAWrappedSentenceIsNoHeadingWhateverWordItHolds() {
        List<Section> s = split("""
                Experience
                Engineer, Acme Corp, 2019 - 2022
                Senior backend engineer with years in ad-tech and performance-focused backend
                platforms.
                - Built the bidding service
                """);
        assertThat(s).extracting(Section::type).containsExactly(SectionType.EXPERIENCE);
    }

    @Test
    void inlineSkillsLabelOpensASection() {
        List<Section> s = split("Jana Novak\nSkills: Java, Python, Go\n");
        assertThat(s.get(1).type()).isEqualTo(SectionType.SKILLS);
        assertThat(s.get(1).lines().get(0).text()).isEqualTo("Java, Python, Go");
    }

    @Test
    void noiseAndTranscriptsAreKeptOut() {
        List<Section> s = split("""
                Home | About | Blog | Contact
                Sign in
                We use cookies to improve your experience. Accept all
                Jana Novak
                Interviewer: Tell me about Kafka.
                Candidate: Uh, so, um, we used it a lot.
                Interview Transcript
                So, uh, I worked with Kubernetes for, um, two years.
                """);
        List<String> kept = s.stream().filter(x -> x.type() != SectionType.TRANSCRIPT)
                .flatMap(x -> x.lines().stream()).map(l -> l.text()).toList();
        assertThat(kept).containsExactly("Jana Novak");
        assertThat(s.stream().filter(x -> x.type() == SectionType.TRANSCRIPT).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void roleHeadingInMarkdownDoesNotStartASection() {
        List<Section> s = split("## Experience\n## Acme, Berlin - Engineer\nJan 2020 - Present\n");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).lines()).hasSize(2);
    }

    @Test
    void sidebarsAboutOtherPeopleAreSetApart() {
        List<Section> s = split("""
                Skills
                Shopify, React
                Other freelancers you may like
                Sofia R. — WooCommerce Developer — $55/hr
                People also viewed
                Tomas K. · Staff Engineer at Quillbyte
                """);
        assertThat(s).extracting(Section::type).containsExactly(SectionType.SKILLS, SectionType.UNRELATED,
                SectionType.UNRELATED);
    }

    @Test
    void aHighlightsLabelUnderARoleStaysInTheExperienceSection() {
        List<Section> s = split("""
                Work Experience
                Software Engineer @ Kiwi, Inc.
                Jan 2013 - Jan 2014
                Highlights:
                - Worked on the server side using PHP, MySQL and Redis
                KEY ACHIEVEMENTS
                - Speaker at two conferences
                """);
        assertThat(s).extracting(Section::type).containsExactly(SectionType.EXPERIENCE, SectionType.ACHIEVEMENTS);
        assertThat(s.get(0).lines()).hasSize(4);
    }

    @Test
    void aVolunteerCauseUnderItsDatesIsNoHeadingButAnEducationHeadingOverADegreeIs() {
        List<Section> cause = split("""
                Volunteer Experience
                Mentor
                CodeClub Leiden
                September 2018 - Present (5 years 10 months)
                Education
                Taught Python basics to 40 teenagers over three cohorts.
                """);
        assertThat(cause).extracting(Section::type).containsExactly(SectionType.VOLUNTEER);
        List<Section> heading = split("""
                Volunteer Experience
                Mentor
                CodeClub Leiden
                September 2018 - Present (5 years 10 months)
                Education
                BSc Computer Science, Leiden University
                """);
        assertThat(heading).extracting(Section::type).containsExactly(SectionType.VOLUNTEER, SectionType.EDUCATION);
    }

    @Test
    void aOneLineListInterruptsItsSectionUntilAParagraph() {
        List<Section> s = split("""
                Location: Tbilisi
                Technologies: Rust, Go, PostgreSQL
                Email: someone@example.com
                Backend engineer, 11 yrs. Rewrote the ledger writer in Rust and cut the bill by 35% with partitioning.
                """);
        assertThat(s).extracting(Section::type).containsExactly(SectionType.PREAMBLE, SectionType.SKILLS,
                SectionType.PREAMBLE);
    }

    @Test
    void theFirstCellOfALayoutTableNamesItsSection() {
        List<Section> s = split("""
                Summary | Twenty years of web applications.
                Skills | Perl, Django, Subversion
                Engineer | Acme Payments | 2019 - 2021
                """);
        assertThat(s).extracting(Section::type).containsExactly(SectionType.SUMMARY, SectionType.SKILLS);
        assertThat(s.get(1).lines()).extracting(l -> l.text()).containsExactly("Perl, Django, Subversion",
                "Engineer | Acme Payments | 2019 - 2021");
    }
}
