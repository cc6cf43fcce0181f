package io.profileflow.extract.experience;

import io.profileflow.extract.model.RoleDraft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProseRoleFinderTest {

    private static String summary(RoleDraft r) {
        return r.title + " @ " + r.company + " (" + r.location + ") " + r.dates.start() + ".."
                + (r.dates.current() ? "now" : r.dates.end());
    }

    @Test
    void findsRolesToldInABio() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "Tendai Moyo is a product designer at Baobab Health since 2020, where he leads the patient app. "
                        + "Before that he worked five years as a UX researcher at Zambezi Insurance (2015–2020), and "
                        + "began as a junior web developer at Kopje Media in Nairobi from 2012 to 2015."));
        assertThat(roles).extracting(ProseRoleFinderTest::summary).containsExactly(
                "Product Designer @ Baobab Health (null) 2020..now",
                "UX Researcher @ Zambezi Insurance (null) 2015..2020",
                "Junior Web Developer @ Kopje Media (Nairobi) 2012..2015");
    }

    @Test
    void theEmployerMayComeFirstAndAnAppositionMayFollowIt() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "Dr. Hana Kowalczyk-Abara joined Quantelo, the Oslo-based energy-trading company, in 2018 as a senior "
                        + "data engineer and currently leads its data platform group as Director of Data Platform at "
                        + "Quantelo since 2018. She began her career at Copperline Telecom in Kraków (2010–2013) as a "
                        + "network analyst."));
        assertThat(roles).extracting(ProseRoleFinderTest::summary).containsExactly(
                "Senior Data Engineer @ Quantelo (null) 2018..now",
                "Network Analyst @ Copperline Telecom (Kraków) 2010..2013");
    }

    @Test
    void aSpellToldOnlyByItsLengthEndsWhereTheRoleToldBeforeItBegan() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "Hana is Director of Data Platform at Quantelo since 2018, where she leads 40 engineers. Before that, "
                        + "she spent five years at Halyard Systems in Gdańsk as a data engineer, building the grid "
                        + "forecasting pipelines. She also spent two years at Copperline as a network analyst."));
        assertThat(roles).extracting(ProseRoleFinderTest::summary).containsExactly(
                "Director of Data Platform @ Quantelo (null) 2018..now",
                "Data Engineer @ Halyard Systems (Gdańsk) 2013..2018");
    }

    @Test
    void sentencesWithoutATitleOrAPeriodAreNoRoles() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "She was a speaker at Lakeside Conference and is a mentor at Code Club, which she joined in spring. "
                        + "The team was a finalist at Regional Awards 2019 for its open data work in the city."));
        assertThat(roles).isEmpty();
    }

    @Test
    void joinedInAYearAsATitleAndListedRoles() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "Anna Kowalska joined Wisła Data in 2020 as Staff Engineer. Previously, she was a Data Engineer at "
                        + "Odra Labs from 2016 to 2020 and a QA Analyst at Tatra Soft from 2013 to 2016."));
        assertThat(roles).extracting(ProseRoleFinderTest::summary).containsExactly(
                "Staff Engineer @ Wisła Data (null) 2020..now",
                "Data Engineer @ Odra Labs (null) 2016..2020",
                "QA Analyst @ Tatra Soft (null) 2013..2016");
        assertThat(new ProseRoleFinder().find(List.of(
                "She joined the board in 2019 as chair of the volunteers and later joined Rotary in 2021 as a member."))).isEmpty();
    }

    @Test
    void aCareerStartYearBeforeTheTitleAndALengthAfterTheEmployer() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "She began her career in 2011 as a software engineer at Tessellate Labs in Lagos, building mapping "
                        + "tools, and stayed six years. He started his career in 2009 as an analyst at Orbit Bank, "
                        + "which he still talks about fondly at conferences and meetups."));
        assertThat(roles).extracting(ProseRoleFinderTest::summary).containsExactly(
                "Software Engineer @ Tessellate Labs (Lagos) 2011..2017");
    }

    @Test
    void anOfficerOfACompanyAndATitleWithItsFunctionAfterAComma() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "Ms. Halvorsen has served as Chief Technology Officer of Kestrel Harbor Logistics, a privately held "
                        + "freight-forwarding company, since January 2021, where she leads 900 people. From 2014 to 2020 "
                        + "she was Senior Vice President, Engineering at Pinewright Software Corporation. She was Vice "
                        + "President of Engineering at Halcyon Freight from 2010 to 2014."));
        assertThat(roles).extracting(ProseRoleFinderTest::summary).containsExactly(
                "Chief Technology Officer @ Kestrel Harbor Logistics (null) 2021-01..now",
                "Senior Vice President, Engineering @ Pinewright Software Corporation (null) 2014..2020",
                "Vice President of Engineering @ Halcyon Freight (null) 2010..2014");
    }
}
