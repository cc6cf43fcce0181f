package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortYearRangesTest {
    @Test
    void aTwoDigitEndYearIsWrittenOut() {
        assertThat(ShortYearRanges.expand("2019-22 | Maplestack, Senior DevOps Engineer"))
                .isEqualTo("2019–2022 | Maplestack, Senior DevOps Engineer");
        assertThat(ShortYearRanges.expand("Systems Developer, Lakehead (2016–19)"))
                .isEqualTo("Systems Developer, Lakehead (2016–2019)");
    }

    @Test
    void monthsDaysFiguresAndVersionsStay() {
        for (String text : new String[] {"Since 2019-03", "1 augustus 2013 – 31 augustus 2016", "grew 2019-45%",
                "Python 2019-20.1", "Dates: 2010-12"}) {
            assertThat(ShortYearRanges.expand(text)).as(text).isEqualTo(text);
        }
    }
}
