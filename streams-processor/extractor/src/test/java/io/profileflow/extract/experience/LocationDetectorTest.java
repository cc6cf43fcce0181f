package io.profileflow.extract.experience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The place test on its own: the hand-kept list, the generated world towns and what the generation leaves out. */
class LocationDetectorTest {

    private final LocationDetector places = new LocationDetector();

    @Test
    void townsOfTheGeneratedListAreKnownWithAndWithoutTheirDiacritics() {
        assertThat(places.isKnownPlace("Seongnam")).isTrue();   // "Seongnam-si" in GeoNames
        assertThat(places.isKnownPlace("La Plata")).isTrue();
        assertThat(places.isKnownPlace("Saint-Nazaire")).isTrue();
        assertThat(places.isKnownPlace("Jyväskylä")).isTrue();
        assertThat(places.isKnownPlace("Jyvaskyla")).isTrue();
        assertThat(places.isKnownPlace("Wroclaw")).isTrue();    // 'ł' has no decomposition: folded by hand
        assertThat(places.isLocation("Frontend Developer")).isFalse();
    }

    @Test
    void commonWordsSkillsAndEmployersNamedLikeATownAreNoPlaces() {
        assertThat(places.isLocation("Mobile")).isFalse();      // Mobile, Alabama: a common word
        assertThat(places.isLocation("Split")).isFalse();
        assertThat(places.isLocation("Aurora")).isFalse();      // a database before a town
        assertThat(places.isLocation("Spring")).isFalse();
        assertThat(places.isLocation("Toyota")).isFalse();      // an employer before a town
        assertThat(places.isLocation("Shanghai")).isTrue();     // a common word too, but a town of millions
    }

    @Test
    void onlyAHandKeptPlaceVouchesForAnUnknownTownBeforeIt() {
        assertThat(places.isLocation("Villa Quenta, Argentina")).isTrue();
        assertThat(places.isLocation("Pune, Maharashtra")).isTrue();
        // A generated town after an unknown name: an employer and its town, not a place.
        assertThat(places.isLocation("Mutuelle Atlantique, Saint-Nazaire")).isFalse();
        assertThat(places.isLocation("Seongnam, Gyeonggi, South Korea")).isTrue();
    }
}
