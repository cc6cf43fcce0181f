package io.profileflow.extract;

import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules added after probing twelve layouts the fixtures did not have (fixtures 34-45), each on a small
 * invented document of its own, so that a regression names the rule it breaks.
 */
class ProbeLayoutRulesTest {
    private static final ProfileExtractor ENGINE = new ProfileExtractor(ExtractorSettings.defaults()
            .withPiiHashKey("k".getBytes(StandardCharsets.UTF_8)));
    private static final long RECEIVED = 1_717_200_000_000L; // 2024-06-01

    private static ParsedProfile extract(String text, String contentType) throws Exception {
        return ENGINE.extract(new DocumentInput("d", "mem://d", contentType, text.getBytes(StandardCharsets.UTF_8),
                RECEIVED, Map.of()));
    }

    private static ParsedProfile extract(String text) throws Exception {
        return extract(text, "text/plain");
    }

    private static List<String> roles(ParsedProfile p) {
        return p.getExperiences().stream().map(e -> e.getTitle() + " @ " + e.getCompany() + " " + e.getStartDate()
                + ".." + e.getEndDate()).toList();
    }

    private static List<String> metrics(ParsedProfile p) {
        return p.getMetrics().stream().map(m -> m.getValue() + " " + m.getUnit()
                + (m.getBaseline() == null ? "" : " from " + m.getBaseline())).toList();
    }

    private static List<String> skills(ParsedProfile p) {
        return p.getSkills().stream().map(SkillRecord::getName).toList();
    }

    @Test
    void datesFirstLinesMayEndInAPlace() throws Exception {
        ParsedProfile p = extract("""
                Dana Whitfield
                Experience
                Mar. 2021 – Present | Remote
                Corvid Payments
                Senior Backend Engineer
                • Cut settlement time by 40%
                Jun. 2017 – Feb. 2021 | Denver, CO
                Alder Freight
                Backend Engineer
                • Built the rating service in Go
                """);
        assertThat(roles(p)).containsExactly("Senior Backend Engineer @ Corvid Payments 2021-03..null",
                "Backend Engineer @ Alder Freight 2017-06..2021-02");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getLocation).containsExactly("Remote", "Denver, CO");
    }

    @Test
    void arrowRangesInInlineCodeAreDates() throws Exception {
        ParsedProfile p = extract("""
                # Ingrid Solberg
                ## Experience
                ### Fjordline Data AS · Bergen
                **Analytics Engineer**
                `2022-08` → `present`
                - Rebuilt the finance model in dbt
                """, "text/markdown");
        assertThat(roles(p)).containsExactly("Analytics Engineer @ Fjordline Data AS 2022-08..null");
    }

    @Test
    void headOfIsATitleAndMemberSinceIsNoRole() throws Exception {
        ParsedProfile p = extract("""
                Jonas Keller
                Head of Data Platform at Rheinwerk Energie | Mitglied seit 2011
                Berufserfahrung
                Head of Data Platform
                Rheinwerk Energie AG
                seit 10/2021
                - Moved the platform to Snowflake
                """);
        assertThat(roles(p)).containsExactly("Head of Data Platform @ Rheinwerk Energie AG 2021-10..null");
    }

    @Test
    void linesAboveTheFirstRoleStillGiveSkillsAndMetrics() throws Exception {
        ParsedProfile p = extract("""
                Marta Zielińska
                Doświadczenie zawodowe
                Platforma płatności: przepustowość z 200 do 900 TPS dzięki Apache Kafka.
                2021.03 – obecnie
                Starszy Inżynier Oprogramowania — Wisła Logistics Sp. z o.o., Łódź
                - Migracja na Kubernetes
                """);
        assertThat(skills(p)).contains("Apache Kafka", "Kubernetes");
        assertThat(metrics(p)).contains("900.0 count");  // (Polish "z X do Y" is not linked as a change yet)
        assertThat(roles(p)).containsExactly("Starszy Inżynier Oprogramowania @ Wisła Logistics Sp. z o.o. 2021-03..null");
    }

    @Test
    void minutesAfterHoursPayRatesAndOtherCurrencies() throws Exception {
        ParsedProfile p = extract("""
                Ade Okafor
                Day rate (contract): £575 outside IR35
                Desired salary $140k – $165k
                Experience
                SRE, Lagos Pay (2020-present)
                - MTTR: 4h → 25m after runbook automation
                - Processed ₦4.2 billion in monthly volume
                - Cut cloud spend by 240 tys. zł per year
                """);
        assertThat(metrics(p)).contains("1500.0 seconds from 14400.0", "4.2E9 NGN", "240000.0 PLN");
        assertThat(metrics(p)).noneMatch(m -> m.startsWith("575") || m.startsWith("165000") || m.startsWith("2.5E7"));
    }

    @Test
    void namesFromGreetingsLabelsAndNicknames() throws Exception {
        assertThat(extract("Hi there 👋, I'm Aiko Tanabe\nSystems programmer\n").getName()).isEqualTo("Aiko Tanabe");
        assertThat(extract("ACME RECRUITMENT\nCandidate ID:      HB-1\nCandidate:         Samuel J. Whitcombe\n")
                .getName()).isEqualTo("Samuel J. Whitcombe");
        assertThat(extract("Henrik \"Rik\" Sandoval\nAndroid engineer\n").getName()).isEqualTo("Henrik Sandoval");
    }

    @Test
    void emojiAndInlineHtmlDoNotReachTheRecords() throws Exception {
        ParsedProfile p = extract("""
                <h1 align="center">Aiko Tanabe</h1>
                <p><img src="https://img.shields.io/badge/k8s-326CE5?logo=vercel" alt="Kubernetes" /></p>
                ## 💼 Where I've worked
                - 🦀 **Staff Software Engineer** at Lumen Grid · *Apr 2022 – now* · Remote
                """, "text/markdown");
        assertThat(skills(p)).contains("Kubernetes").doesNotContain("Vercel");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getTitle).containsExactly("Staff Software Engineer");
    }

    @Test
    void aVersionedTokenThatStartsALongerAliasStillFolds() throws Exception {
        assertThat(skills(extract("Jo Park\nSkills\nHTML5, CSS3, TypeScript\n"))).contains("HTML", "CSS", "TypeScript");
    }

    @Test
    void theIndianEntranceExamIsNotJakartaEe() throws Exception {
        ParsedProfile p = extract("Ravi Kumar\nAwards\nReceived a scholarship for a high percentile in JEE Main\n");
        assertThat(skills(p)).doesNotContain("Jakarta EE");
    }
}
