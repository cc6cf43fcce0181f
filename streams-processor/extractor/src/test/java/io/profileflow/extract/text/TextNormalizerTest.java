package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void letterSpacedBannersBecomeWords() {
        assertThat(normalizer.normalize("F O R M A T O   E U R O P E O\nP E R   I L   C V\nJ O H N   S M I T H"))
                .isEqualTo("FORMATO EUROPEO\nPER IL CV\nJOHN SMITH");
        // Ordinary lines and short initials are left as they are.
        assertThat(normalizer.normalize("A B testing\nI am a developer\nJ. R. Tolkien")).isEqualTo(
                "A B testing\nI am a developer\nJ. R. Tolkien");
    }

    @Test
    void aRunOfRatingStarsIsKeptWhileOneStarIsABullet() {
        assertThat(normalizer.normalize("★★★★☆ 4.60  \"Subscription flows\"\n★ Led the team"))
                .isEqualTo("★★★★☆ 4.60 \"Subscription flows\"\n- Led the team");
    }

    @Test
    void aWideGapSeparatesColumnsButAnAlignedLabelColonDoesNot() {
        assertThat(normalizer.normalize("NORDWIND SYSTEMS GMBH          Berlin, Germany\nSenior Engineer  2019"))
                .isEqualTo("NORDWIND SYSTEMS GMBH | Berlin, Germany\nSenior Engineer 2019");
        assertThat(normalizer.normalize("Name        : Aditi Venkatraman\n    Indented line   "))
                .isEqualTo("Name : Aditi Venkatraman\nIndented line");
    }
}
