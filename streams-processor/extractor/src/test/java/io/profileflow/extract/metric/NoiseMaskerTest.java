package io.profileflow.extract.metric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseMaskerTest {
    @Test
    void blanksNamedNumbersWhereverTheNameStarts() {
        // "JavaV8": a name directly followed by the "v" of a version is still a name.
        assertThat(NoiseMasker.mask("Upgraded Angular 15 and JavaV8; rank 3, no. 5; grew revenue 40%"))
                .isEqualTo("Upgraded            and       ;       ,      ; grew revenue 40%");
    }

    @Test
    void namesInsideWordsAreNotNames() {
        assertThat(NoiseMasker.mask("Ran a swarm of 12 bots; a marksman 3 times"))
                .isEqualTo("Ran a swarm of 12 bots; a marksman 3 times");
    }

    @Test
    void blanksPhonesAndVersionsButKeepsCounts() {
        assertThat(NoiseMasker.mask("Moved 12 services to Java 17 in Q3, call +49 30 1234 5678"))
                .isEqualTo("Moved 12 services to         in Q3, call                 ");
    }
}
