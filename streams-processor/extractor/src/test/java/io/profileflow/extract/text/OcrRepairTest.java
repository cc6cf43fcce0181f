package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OcrRepairTest {

    @Test
    void lettersReadForDigitsInsideNumbersAreDigitsAgain() {
        assertThat(OcrRepair.repair("Senior Analyst    Mar 20l9 - Present")).isEqualTo("Senior Analyst    Mar 2019 - Present");
        assertThat(OcrRepair.repair("Aug 2Ol3 - May 20l5")).isEqualTo("Aug 2013 - May 2015");
        assertThat(OcrRepair.repair("saving 6OO staff hours, 45,OOO orders, from 7l% to 84%"))
                .isEqualTo("saving 600 staff hours, 45,000 orders, from 71% to 84%");
        assertThat(OcrRepair.repair("cut it from l20 minutes")).isEqualTo("cut it from 120 minutes");
    }

    @Test
    void namesThatMixLettersAndDigitsStayAsWritten() {
        String text = "Migrated O365 and O2 accounts, IO500 runs, I2C drivers, 3D1X2 specialty, l2 cache, Win10 laptops";
        assertThat(OcrRepair.repair(text)).isEqualTo(text);
    }

    @Test
    void aWordHyphenatedAtTheEndOfAWrappedLineIsJoined() {
        assertThat(OcrRepair.repair("• Led the Manhattan SCALE to Blue Yonder WMS migration across 7 dis-\n"
                + "  tribution centers with zero downtime.")).isEqualTo(
                "• Led the Manhattan SCALE to Blue Yonder WMS migration across 7 distribution centers with zero downtime.");
        // A short line, or a capital after the break, is a list or a compound, not a wrapped word.
        assertThat(OcrRepair.repair("Skills -\ndata")).isEqualTo("Skills -\ndata");
        assertThat(OcrRepair.repair("Worked with the team on the platform for the Anglo-\nSaxon market"))
                .isEqualTo("Worked with the team on the platform for the Anglo-\nSaxon market");
    }
}
