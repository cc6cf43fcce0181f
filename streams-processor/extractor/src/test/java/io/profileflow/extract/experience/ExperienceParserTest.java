package io.profileflow.extract.experience;

import io.profileflow.extract.model.RoleDraft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExperienceParserTest {

    private static List<RoleDraft> roles(String text) {
        return ExperienceTestSupport.roles(text);
    }

    private static String summary(RoleDraft r) {
        return r.company + " | " + r.title + " | " + r.location + " | " + r.dates.start()
                + " | " + (r.dates.current() ? "now" : String.valueOf(r.dates.end()));
    }

    @Test
    void markdownCompanyLocationDashTitle() {
        List<RoleDraft> r = roles("""
                ## Experience
                ### Zentrix Labs, Berlin — *Platform Engineer*
                Mar 2021 - Present
                - Built the ingestion service
                ### Quollo GmbH, Munich — *Backend Developer*
                Jan 2018 - Feb 2021
                - Wrote billing jobs
                """);
        assertThat(r).extracting(ExperienceParserTest::summary).containsExactly(
                "Zentrix Labs | Platform Engineer | Berlin | 2021-03 | now",
                "Quollo GmbH | Backend Developer | Munich | 2018-01 | 2021-02");
        assertThat(r.get(0).bullets).containsExactly("Built the ingestion service");
    }

    @Test
    void titleAtCompanyWithPipeLocation() {
        List<RoleDraft> r = roles("""
                Work Experience
                Data Engineer at Fernwood Analytics
                06/2019 - 08/2022 | Toronto, Canada
                - Moved batch jobs to streaming
                """);
        assertThat(r).extracting(ExperienceParserTest::summary)
                .containsExactly("Fernwood Analytics | Data Engineer | Toronto, Canada | 2019-06 | 2022-08");
    }

    @Test
    void pipeSeparatedOneLineHeader() {
        List<RoleDraft> r = roles("""
                EMPLOYMENT HISTORY
                Senior Analyst | Brambleway Insurance | Leeds, United Kingdom | 2015 - 2019
                - Priced motor policies
                """);
        assertThat(r).extracting(ExperienceParserTest::summary)
                .containsExactly("Brambleway Insurance | Senior Analyst | Leeds, United Kingdom | 2015 | 2019");
    }

    @Test
    void linkedInCompanyThenSeveralTitles() {
        List<RoleDraft> r = roles("""
                Experience
                Orchardine Systems
                5 yrs 2 mos
                Lead Engineer
                Feb 2021 - Present (2 yrs 1 mo)
                Lisbon, Portugal
                - Leads the payments squad
                Software Engineer
                Jan 2018 - Jan 2021 (3 yrs 1 mo)
                - Built the ledger
                """);
        assertThat(r).extracting(ExperienceParserTest::summary).containsExactly(
                "Orchardine Systems | Lead Engineer | Lisbon, Portugal | 2021-02 | now",
                // no place line under it: LinkedIn gives this position none (the annotation convention of fixture 121)
                "Orchardine Systems | Software Engineer | null | 2018-01 | 2021-01");
    }

    @Test
    void oneFieldPerLineWithTeamAndTech() {
        List<RoleDraft> r = roles("""
                ## Professional Experience
                ### Principal Engineer
                Austin, TX
                Search infrastructure, Pebblecrest (Java, Kafka)
                2014 – 2017
                - Sharded the index
                """);
        assertThat(r).extracting(ExperienceParserTest::summary)
                .containsExactly("Pebblecrest | Principal Engineer | Austin, TX | 2014 | 2017");
        assertThat(r.get(0).team).isEqualTo("Search infrastructure");
        assertThat(r.get(0).headerTech).containsExactly("Java, Kafka");
    }

    @Test
    void datesFirstListAndDuplicateListingMerged() {
        List<RoleDraft> r = roles("""
                Career Summary
                - Oct, 2020 - Present1 yr 2 months
                  QA Engineer
                  Lanternfish Games
                Work History
                QA Engineer
                Lanternfish Games
                Oct, 2020 - Present1 yr 2 months
                    Automated the regression suite.
                """);
        assertThat(r).extracting(ExperienceParserTest::summary)
                .containsExactly("Lanternfish Games | QA Engineer | null | 2020-10 | now");
        assertThat(r.get(0).bullets).containsExactly("Automated the regression suite.");
    }

    @Test
    void careerBreakIsNotARole() {
        List<RoleDraft> r = roles("""
                Experience
                Career break
                2019 - 2020
                Teacher at Hollybank School
                2012 - 2019
                """);
        assertThat(r).extracting(x -> x.company).containsExactly("Hollybank School");
    }

    @Test
    void headerEndingInAnAbbreviationStaysAHeader() {
        List<RoleDraft> r = roles("""
                ## Experience
                Senior Engineer
                Quillfen Inc.
                Jan 2020 - Present
                - Built the billing service for the whole company.
                """);
        assertThat(r).extracting(ExperienceParserTest::summary)
                .containsExactly("Quillfen Inc. | Senior Engineer | null | 2020-01 | now");
    }
}
