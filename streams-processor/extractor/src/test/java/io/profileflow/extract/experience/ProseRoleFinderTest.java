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
    void sentencesWithoutATitleOrAPeriodAreNoRoles() {
        List<RoleDraft> roles = new ProseRoleFinder().find(List.of(
                "She was a speaker at Lakeside Conference and is a mentor at Code Club, which she joined in spring. "
                        + "The team was a finalist at Regional Awards 2019 for its open data work in the city."));
        assertThat(roles).isEmpty();
    }
}
