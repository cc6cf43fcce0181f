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
        assertThat(facts.payRate()).isFalse();
    }

    @Test
    void factsAreFoundWhenAskedInAnyOrder() {
        ClauseFacts facts = ClauseFacts.of("CGPA 8.9; billed $85/hr for 210 hours");
        assertThat(facts.payRate()).isTrue();
        assertThat(facts.education()).isTrue();
        assertThat(facts.payRate()).isTrue();  // asked twice, same answer
        assertThat(facts.achievementVerb()).isFalse();
        assertThat(facts.ranking()).isFalse();
    }

    @Test
    void salaryExpectationsAndDayRatesArePayNotAchievements() {
        assertThat(ClauseFacts.of("Day rate (contract): £575 outside IR35").payRate()).isTrue();
        assertThat(ClauseFacts.of("Desired salary $140k – $165k").payRate()).isTrue();
        assertThat(ClauseFacts.of("Expected CTC: 32 LPA").payRate()).isTrue();
        assertThat(ClauseFacts.of("Cut the cloud bill by $18k per month").payRate()).isFalse();
        assertThat(ClauseFacts.of("Saved 40 days of manual work").payRate()).isFalse();
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
