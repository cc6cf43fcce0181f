package io.profileflow.extract.contact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap checks that decide whether a contact pattern is run at all must never skip a real contact. */
class ContactPrecheckTest {
    @Test
    void phoneNeedsNineDigitsInOneRunOfPhoneCharacters() {
        assertThat(ContactExtractor.mayHoldPhone("Jan 2019 - Dec 2021")).isFalse();
        assertThat(ContactExtractor.mayHoldPhone("2019 - 2021 | 99%")).isFalse();
        assertThat(ContactExtractor.mayHoldPhone("call +49 (30) 1234-5678")).isTrue();
        assertThat(ContactExtractor.PHONE.matcher("call +49 (30) 1234-5678").find()).isTrue();
    }

    @Test
    void emailNeedsADomainWithADotAndTwoLetters() {
        assertThat(ContactExtractor.mayHoldEmail("a@b.c 99% ### x @ y")).isFalse();
        assertThat(ContactExtractor.EMAIL.matcher("a@b.c 99% ### x @ y").find()).isFalse();
        assertThat(ContactExtractor.mayHoldEmail("write to jo.v@quillfen.de")).isTrue();
    }

    @Test
    void urlNeedsSchemeWwwOrAKnownDomainPath() {
        assertThat(ContactExtractor.mayHoldUrl("Cut costs by 4.5% in 2021.")).isFalse();
        assertThat(ContactExtractor.mayHoldUrl("see GitHub.com/quillfen")).isTrue();
        assertThat(ContactExtractor.URL.matcher("see GitHub.com/quillfen").find()).isTrue();
    }

    @Test
    void streetNeedsADigitAndAStreetWord() {
        assertThat(ContactExtractor.mayHoldStreet("Led 4 teams in Berlin")).isFalse();
        assertThat(ContactExtractor.mayHoldStreet("12 Harbour Lane, Quillfen")).isTrue();
        assertThat(ContactExtractor.STREET.matcher("12 Harbour Lane, Quillfen").find()).isTrue();
    }
}
