package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedDateRangesTest {

    @Test
    void aBracketedRangeBrokenByAHardWrapIsJoined() {
        assertThat(WrappedDateRanges.join("Data Analyst, Lakeshore Health, St. Paul, MN (June 2017 -\nFebruary 2021)\n  * Owned"))
                .isEqualTo("Data Analyst, Lakeshore Health, St. Paul, MN (June 2017 - February 2021)\n  * Owned");
        assertThat(WrappedDateRanges.join("Junior Analyst, Prairie Mutual, Des Moines, IA (August 2015\n- May 2017)"))
                .isEqualTo("Junior Analyst, Prairie Mutual, Des Moines, IA (August 2015 - May 2017)");
        assertThat(WrappedDateRanges.join("Analyst, Acme (2019 to\n  present)")).isEqualTo("Analyst, Acme (2019 to present)");
        assertThat(WrappedDateRanges.join("Data Analyst, Lakeshore Health (2017-06 -\n2021-02)"))
                .isEqualTo("Data Analyst, Lakeshore Health (2017-06 - 2021-02)");
        assertThat(WrappedDateRanges.join("Junior Analyst, Prairie Mutual (Aug '15\n- May '17)"))
                .isEqualTo("Junior Analyst, Prairie Mutual (Aug '15 - May '17)");
        assertThat(WrappedDateRanges.join("**Platform Engineer @ Frevo** — São Paulo · Mar\n2020 – Jul 2022\n- Ran"))
                .isEqualTo("**Platform Engineer @ Frevo** — São Paulo · Mar 2020 – Jul 2022\n- Ran");
        assertThat(WrappedDateRanges.join("Senior Engineer — Bosphorus Mapping, Istanbul (Jun 2016 – Feb\n2020)"))
                .isEqualTo("Senior Engineer — Bosphorus Mapping, Istanbul (Jun 2016 – Feb 2020)");
    }

    @Test
    void linesThatOnlyEndInAYearStayApart() {
        String text = "Won the regional award in 2019\nLed the 2020 migration (with 4 engineers)";
        assertThat(WrappedDateRanges.join(text)).isEqualTo(text);
        String march = "Marched through the backlog in\n2021 with the team";
        assertThat(WrappedDateRanges.join(march)).isEqualTo(march);
        String closed = "Analyst, Acme (2017 - 2019)\n2019 - 2021 Engineer, Beta (remote)";
        assertThat(WrappedDateRanges.join(closed)).isEqualTo(closed);
    }
}
