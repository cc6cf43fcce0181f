package io.profileflow.extract;

import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import org.junit.jupiter.api.Test;

import static io.profileflow.extract.EngineUnderTest.extract;
import static io.profileflow.extract.EngineUnderTest.metrics;
import static io.profileflow.extract.EngineUnderTest.skills;
import static org.assertj.core.api.Assertions.assertThat;

/** End-to-end checks of the generalization rules, with the production taxonomy, on invented documents. */
class GeneralRulesExtractorTest {
    @Test
    void clausesJoinedBySemicolonsAreReadApart() throws Exception {
        ParsedProfile p = extract("""
                Yusuf Demir
                Experience
                Search Engineer, Bosphorus Books (2019-present)
                Owned ranking features for the catalogue; raised search conversion by 7% with query rewriting.
                """);
        assertThat(metrics(p)).containsExactly("7.0 percent");
    }

    @Test
    void readingTimesAndProfileHeaderStatsAreNoAchievements() throws Exception {
        ParsedProfile p = extract("""
                Yusuf Demir
                Rate: $60/hr
                Job success: 97%
                Experience
                Search Engineer, Bosphorus Books (2019-present)
                - Cut index build time by 45%
                Writing
                - What I learned from ranking 2M books - 6 min read
                """);
        assertThat(metrics(p)).containsExactly("45.0 percent");
        assertThat(p.getMetrics()).extracting(MetricRecord::getText).noneMatch(t -> t.contains("read"));
    }

    @Test
    void codeHostsInLinksAndLowercaseCommonWordsAreNoSkills() throws Exception {
        ParsedProfile p = extract("""
                Yusuf Demir
                yusuf@mail.test | gitlab.com/ydemir
                Experience
                Search Engineer, Bosphorus Books (2019-present)
                - Added a fifth node to the Elasticsearch cluster; docs at https://docs.example.test
                Skills
                Python, Node.js, Redis
                """);
        assertThat(skills(p)).contains("Python", "Node.js", "Redis", "Elasticsearch").doesNotContain("GitLab", "HTTP");
        assertThat(p.getSkills()).filteredOn(s -> s.getName().equals("Node.js"))
                .allSatisfy(s -> assertThat(s.getSources()).containsExactly("skills"));
    }

    @Test
    void bioParagraphGivesNameAndRoles() throws Exception {
        ParsedProfile p = extract("""
                Meet the speakers

                Ingrid Halvorsen is a site reliability engineer at Fjellnett since 2021, where she runs the DNS \
                platform. Previously she was a network engineer at Polarkraft Energi (2016–2021).
                """);
        assertThat(p.getName()).isEqualTo("Ingrid Halvorsen");
        assertThat(p.getExperiences()).extracting(e -> e.getTitle() + " @ " + e.getCompany() + " " + e.getStartDate())
                .containsExactly("Site Reliability Engineer @ Fjellnett 2021", "Network Engineer @ Polarkraft Energi 2016");
    }

    @Test
    void rankingDenominatorsAndForeignTenuresAreNoAchievements() throws Exception {
        ParsedProfile p = extract("""
                Yusuf Demir
                Profil
                Ingénieur logiciel avec 6 ans d'expérience.
                Projects
                - Route planner - Flutter app; won 2nd place at a city codefest out of 60 teams
                Experience
                Search Engineer, Bosphorus Books (2019-present)
                - Cut index build time by 45%
                """);
        assertThat(metrics(p)).containsExactly("45.0 percent");
    }

    @Test
    void aSentenceInASkillsSectionIsProseNotAList() throws Exception {
        ParsedProfile p = extract("""
                Marta Conti
                Skills
                Java, Spring Boot, Docker
                Autorizzo l'uso dei miei dati ai fini della selezione secondo il Regolamento D del 2016.
                """);
        assertThat(skills(p)).containsExactly("Java", "Spring Boot", "Docker");
        assertThat(TextProfileParser.isProse("Java, Spring Boot, Kubernetes, PostgreSQL, Apache Kafka, Docker, PHP.")).isFalse();
    }

    @Test
    void anHtmlTableRowWrittenOverSeveralSourceLinesIsOneRole() throws Exception {
        String html = """
                <html><body><h1>Amara Okonkwo</h1><h2>Work experience</h2>
                <table>
                  <tr><th>Period</th><th>Role</th><th>Organisation</th><th>Location</th></tr>
                  <tr>
                    <td>Jan 2017 – Feb 2019</td>
                    <td>Network Operations Engineer</td>
                    <td>Lakeside ISP</td>
                    <td>Kisumu</td>
                  </tr>
                </table></body></html>
                """;
        ParsedProfile p = extract(html, "text/html");
        assertThat(p.getExperiences()).extracting(e -> e.getCompany() + " | " + e.getTitle() + " | " + e.getLocation()
                + " | " + e.getStartDate()).containsExactly("Lakeside ISP | Network Operations Engineer | Kisumu | 2017-01");
    }

    @Test
    void aMultiplyingVerbWithoutDigitsInARoleBulletIsAMetric() throws Exception {
        ParsedProfile p = extract("""
                Tomas Berg
                Experience
                Build Engineer, Quillbyte (2019-present)
                - Migrated the build from Ant to Gradle, halving build time
                - Tripled weekly active users of the internal portal
                """);
        assertThat(metrics(p)).containsExactly("50.0 percent", "3.0 multiplier");
    }

    @Test
    void templateFieldSpansOfOneLineAreSetApart() throws Exception {
        String html = """
                <html><body><h1>Anna Kowalska</h1><h2>Experience</h2>
                <div class="job"><span class="title">Senior Engineer</span> <span class="company">Wisła Data</span>
                <span class="dates">Jan 2020 – Present</span><p>Built pipelines.</p></div>
                </body></html>
                """;
        ParsedProfile p = extract(html, "text/html");
        assertThat(p.getExperiences()).extracting(e -> e.getCompany() + " | " + e.getTitle() + " | " + e.getStartDate())
                .containsExactly("Wisła Data | Senior Engineer | 2020-01");
    }
}
