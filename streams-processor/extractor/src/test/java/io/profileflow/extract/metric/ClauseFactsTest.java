package io.profileflow.extract.metric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseFactsTest {

    @Test
    void eachFactAnswersForItsOwnWords() {
        ClauseFacts facts = ClauseFacts.of("Reduced build time by 40% while ranked 2nd place on my blog");
        assertThat(facts.achievementVerb()).isTrue();
        assertThat(facts.ranking()).isTrue();
        assertThat(facts.personalMedia()).isTrue();
        assertThat(facts.education()).isFalse();
        assertThat(facts.hourlyRate()).isFalse();
    }

    @Test
    void factsAreFoundWhenAskedInAnyOrder() {
        ClauseFacts facts = ClauseFacts.of("CGPA 8.9; billed $85/hr for 210 hours");
        assertThat(facts.hourlyRate()).isTrue();
        assertThat(facts.education()).isTrue();
        assertThat(facts.hourlyRate()).isTrue();  // asked twice, same answer
        assertThat(facts.achievementVerb()).isFalse();
        assertThat(facts.ranking()).isFalse();
    }

    @Test
    void letterOffsets() {
        ClauseFacts facts = ClauseFacts.of("• 72% uptime.");
        assertThat(facts.firstWordStart()).isEqualTo(2);
        assertThat(facts.firstLetter()).isEqualTo(6);
        assertThat(facts.lastLetter()).isEqualTo(11);
        assertThat(ClauseFacts.of("-- 42 --").firstLetter()).isEqualTo(-1);
    }
}
