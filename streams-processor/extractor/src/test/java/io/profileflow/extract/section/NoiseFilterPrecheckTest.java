package io.profileflow.extract.section;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-checks in front of NoiseFilter's patterns must let every line through that a pattern matches. */
class NoiseFilterPrecheckTest {
    private final NoiseFilter noise = new NoiseFilter();

    @Test
    void uiLinesInAnyAsciiCaseAndSpacingAreNoise() {
        for (String ui : new String[] {"Apply for this job", "SIGN IN", "Signin", "log out", "Logout", "Loading...",
                "Profile-Picture", "profile pic", "Accept all cookies", "OK", "Got it", "Share this",
                "Report this profile", "View full profile"}) {
            assertThat(noise.isNoise(ui)).as(ui).isTrue();
        }
        assertThat(noise.isNoise("Signing")).isFalse();
        assertThat(noise.isNoise("Sïgn in")).isFalse();
        assertThat(noise.isNoise("Experience")).isFalse();
    }

    @Test
    void confidentialityNoticesAreNoiseButASecretEmployerIsNot() {
        assertThat(noise.isNoise("Confidential – for recruitment purposes only")).isTrue();
        assertThat(noise.isNoise("Private & Confidential")).isTrue();
        assertThat(noise.isNoise("STRICTLY CONFIDENTIAL - do not forward")).isTrue();
        assertThat(noise.isNoise("Confidential candidate profile prepared by Northbridge Talent")).isTrue();
        assertThat(noise.isNoise("Page 2 of 3 | Confidential")).isTrue();
        assertThat(noise.isNoise("Adaeze Thornquist - Resume | Page 2 of 3")).isTrue();
        assertThat(noise.isNoise("Confidential")).isFalse();
        assertThat(noise.isNoise("Confidential Fintech Start-up")).isFalse();
        assertThat(noise.isNoise("Confidential Healthcare Client, London")).isFalse();
    }

    @Test
    void pageFootersMenusAndBannersAreNoise() {
        assertThat(noise.isNoise("Page 2 of 3")).isTrue();
        assertThat(noise.isNoise("SEITE 1 von 2")).isTrue();
        assertThat(noise.isNoise("- 3 -")).isTrue();
        assertThat(noise.isNoise("Home | About | Blog | Contact")).isTrue();
        assertThat(noise.isNoise("Home  About  Blog")).isTrue();
        assertThat(noise.isNoise("Home | About | Blog 2")).isFalse();
        assertThat(noise.isNoise("Java | Go | Rust")).isFalse();
        assertThat(noise.isNoise("This website uses cookies to improve it")).isTrue();
        assertThat(noise.isNoise("Designed the privacy policy service")).isTrue();
        assertThat(noise.isNoise("Designed the payments service")).isFalse();
    }

    @Test
    void transcriptTurnsStartWithATimestampOrASpeaker() {
        assertThat(noise.isTranscriptTurn("[00:12] So tell me")).isTrue();
        assertThat(noise.isTranscriptTurn("12:30 - Let's start")).isTrue();
        assertThat(noise.isTranscriptTurn("Q: Why Go?")).isTrue();
        assertThat(noise.isTranscriptTurn("interviewer: hello")).isTrue();
        assertThat(noise.isTranscriptTurn("Speaker 2: right")).isTrue();
        assertThat(noise.isTranscriptTurn("Led the Q: planning")).isFalse();
        assertThat(noise.isTranscriptTurn("")).isFalse();
        assertThat(noise.isTranscriptTurn("So, um, I think, uh, we shipped it on time")).isTrue();
        assertThat(noise.isTranscriptTurn("Summarised the umbrella and uhlans of the ermine")).isFalse();
    }
}
