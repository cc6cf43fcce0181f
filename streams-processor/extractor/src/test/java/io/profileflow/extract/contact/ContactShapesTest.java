package io.profileflow.extract.contact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape checks must accept every text PHONE (nine digits) or STREET can match, and reject common lines. */
class ContactShapesTest {
    @Test
    void phoneRunJoinsDigitGroupsOnlyThroughPhoneGaps() {
        assertThat(ContactShapes.hasPhoneDigitRun("+49 (30) 1234-5678", 9)).isTrue();
        assertThat(ContactShapes.hasPhoneDigitRun("0044(20)7946.0018", 9)).isTrue();
        assertThat(ContactShapes.hasPhoneDigitRun("123456789", 9)).isTrue();
        // " - " is two separators: PHONE cannot span it, so these are runs of four digits.
        assertThat(ContactShapes.hasPhoneDigitRun("2015 - 2019 (4 years) 2020 - 2021", 9)).isFalse();
        assertThat(ContactShapes.hasPhoneDigitRun("1,234,567,890 users", 9)).isFalse();
        assertThat(ContactShapes.hasPhoneDigitRun("12345678", 9)).isFalse();
        assertThat(ContactShapes.hasPhoneDigitRun("", 9)).isFalse();
        // Non-ASCII digits are not \d.
        assertThat(ContactShapes.hasPhoneDigitRun("١٢٣٤٥٦٧٨٩", 9)).isFalse();
    }

    @Test
    void phoneRunAcceptsEveryNineDigitPhoneMatch() {
        for (String text : new String[] {"call 030 1234 5678 now", "tel. (030)-12345678", "+1 415.555.0134",
                "ph: 98765 43210"}) {
            var m = ContactExtractor.PHONE.matcher(text);
            assertThat(m.find() && ContactExtractor.isPhone(m.group().strip())).as(text).isTrue();
            assertThat(ContactShapes.hasPhoneDigitRun(text, 9)).as(text).isTrue();
        }
    }

    @Test
    void streetNeedsItsWordAtAWhiteSpaceBorder() {
        assertThat(ContactShapes.mayHoldStreet("12 Harbour Lane, Quillfen")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("12 Harbour Lane")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("Lindenstraße 4, 10115 Berlin")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("Mühlenweg\t12a")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("12\tHarbour\nLane")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("12\tHarbour\nLanes")).isFalse();
        assertThat(ContactShapes.mayHoldStreet("4, rue des Lilas")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("4 allée des Pins")).isTrue();
        // A street word inside another word, in the wrong case or without a digit in the text is no address.
        assertThat(ContactShapes.mayHoldStreet("Led 4 Stripe integrations in Dresden")).isFalse();
        assertThat(ContactShapes.mayHoldStreet("cut 4 lane closures")).isFalse();
        assertThat(ContactShapes.mayHoldStreet("12 Harbour Lane without digits? no: Harbour Lane")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("Harbour Lane, Quillfen")).isFalse();
        assertThat(ContactShapes.mayHoldStreet("Lindenstraße 4")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("the ring 4")).isTrue();
        assertThat(ContactShapes.mayHoldStreet("in 2019 and 2020")).isFalse();
        assertThat(ContactShapes.mayHoldStreet("")).isFalse();
    }

    @Test
    void streetCheckAcceptsEveryStreetMatch() {
        for (String text : new String[] {"1600 Amphitheatre Pkwy", "221b Baker St.", "10 Downing Street, London",
                "Hauptstr. 5", "Am Schlossplatz 2", "12, boulevard Haussmann", "5 Elm Ct, Apt 4"}) {
            assertThat(ContactExtractor.STREET.matcher(text).find()).as(text).isTrue();
            assertThat(ContactShapes.mayHoldStreet(text)).as(text).isTrue();
        }
    }
}
