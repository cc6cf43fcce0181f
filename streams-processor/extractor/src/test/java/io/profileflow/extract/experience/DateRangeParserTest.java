package io.profileflow.extract.experience;

import io.profileflow.extract.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateRangeParserTest {
    private final DateRangeParser parser = new DateRangeParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Aug 2023 - Present; 2023-08; null; true",
            "August 2021 - March 2023; 2021-08; 2023-03; false",
            "2018 - 2023; 2018; 2023; false",
            "03/2019 - 11/2021; 2019-03; 2021-11; false",
            "3/2019 - 11/2021; 2019-03; 2021-11; false",
            "2019-03 - 2021-11; 2019-03; 2021-11; false",
            "since 04/2022; 2022-04; null; true",
            "seit 04/2022; 2022-04; null; true",
            "Jun'19 - Mar'22; 2019-06; 2022-03; false",
            "Jan 2020 - current; 2020-01; null; true",
            "Jan 2020 - till date; 2020-01; null; true",
            "Jan 2020 to date; 2020-01; null; true",
            "Jan 2020 - now; 2020-01; null; true",
            "01.2020 - heute; 2020-01; null; true",
            "Feb 2021 - ongoing; 2021-02; null; true",
            "Jul, 2023 - Present2 yr 8 months; 2023-07; null; true",
            "Jan, 2022 - Jul, 20231 yr 6 months; 2022-01; 2023-07; false",
            "Sept 2016 – Dec 2018; 2016-09; 2018-12; false",
            "Sep. 2016 to Dec. 2018; 2016-09; 2018-12; false",
            "Jan - Mar 2020; 2020-01; 2020-03; false",
            "Nov - Feb 2021; 2020-11; 2021-02; false",
            "Q2 2019 - Q4 2020; 2019-04; 2020-12; false",
            "Summer 2020 - Fall 2020; 2020-06; 2020-09; false",
            "März 2018 - Mai 2020; 2018-03; 2020-05; false",
            "Oktober 2015 bis Dezember 2017; 2015-10; 2017-12; false",
            "janv. 2017 - août 2021; 2017-01; 2021-08; false",
            "depuis septembre 2021; 2021-09; null; true",
            "Marzo 2021 - Actualidad; 2021-03; null; true",
            "2015 to 2019; 2015; 2019; false",
            "Engineer | Acme | Berlin | 2017 - 2019; 2017; 2019; false",
            "Staff Engineer @ Acme Jan 2020 - Jan 2022 | Berlin; 2020-01; 2022-01; false",
            "2020.05 - 2021.02; 2020-05; 2021-02; false",
            "from 2019; 2019; null; true",
            "2021 -; 2021; null; true",
            "JAN 2020 - TO DATE; 2020-01; null; true",
            "Q3 2021 - up to now; 2021-07; null; true",
            "Winter 2019 - Spring 2021; 2019-12; 2021-03; false",
            "went up to Acme, then to Jan 2020 - May 2020; 2020-01; 2020-05; false",
            "MÄRZ 2019 - Jetzt; 2019-03; null; true",
            "september 2021 – heden; 2021-09; null; true",
            "feb. 2016 – apr. 2018; 2016-02; 2018-04; false",
            "mei 2018 tot augustus 2021; 2018-05; 2021-08; false",
            "maart 2019 - mrt. 2020; 2019-03; 2020-03; false",
            "Marzo 2020 – attuale; 2020-03; null; true",
            "Settembre 2016 – Febbraio 2020; 2016-09; 2020-02; false",
            "giu 2017 - lug 2019; 2017-06; 2019-07; false",
            "dal 2019 al 2021; 2019; 2021; false",
            "junho 2018 - atual; 2018-06; null; true",
            "2017/09 ~ 2021/03; 2017-09; 2021-03; false",
            "04.2021 – present; 2021-04; null; true",
            "[ 01/09/2019 – Current ]  Senior Data Scientist; 2019-09; null; true",
            "15/02/2016 – 31/08/2019; 2016-02; 2019-08; false",
            "15.02.2016 - 31.08.2019; 2016-02; 2019-08; false",
            "06/15/2019 - 08/20/2021; 2019-06; 2021-08; false",
            "Enero 2021 – Actualmente; 2021-01; null; true",
            "03.2019 - obecnie; 2019-03; null; true",
            "set 2018 - out/2019; 2018-09; 2019-10; false",
            "gen 2020 – mag 2021; 2020-01; 2021-05; false",
            "February 1, 2018 → July 31, 2021; 2018-02; 2021-07; false",
            "Sep 15th 2019 - Present; 2019-09; null; true",
            "1 augustus 2013 – 31 augustus 2016; 2013-08; 2016-08; false",
            "01 March 2019 - to date; 2019-03; null; true",
            "16th June 2020 - Present; 2020-06; null; true",
            "Setembro de 2021 – até ao momento; 2021-09; null; true",
            "De março de 2017 a agosto de 2021; 2017-03; 2021-08; false",
            "Gen 2019 – ad oggi; 2019-01; null; true",
            "Senior SWE @ Parcelbird ('17–'21, last-mile logistics); 2017; 2021; false",
            "'02 – '09; 2002; 2009; false",
            "H2 2022 – today; 2022-07; null; true",
            "H1 2019 - H2 2020; 2019-01; 2020-12; false",
            "2018.07-2021.02    Shanghai Lanting Network Co., Ltd.; 2018-07; 2021-02; false",
            "04.2021 – bis dato    Teamleiter Softwareentwicklung; 2021-04; null; true",
    })
    void parsesCommonForms(String line, String start, String end, boolean current) {
        DateRange r = parser.find(line.strip());
        assertThat(r).as(line).isNotNull();
        assertThat(r.start().format()).isEqualTo(start);
        assertThat(r.end() == null ? null : r.end().format()).isEqualTo(end);
        assertThat(r.current()).isEqualTo(current);
    }

    @Test
    void aWholeIsoDateIsItsMonth() {
        DateRange r = new DateRangeParser().find("Dates: 2015-01-05 – 2019-03-29");
        assertThat(r.start().format()).isEqualTo("2015-01");
        assertThat(r.end().format()).isEqualTo("2019-03");
    }

    @Test
    void standaloneSingleDatesAreOneMonthOrYear() {
        assertThat(parser.parseStandalone("August 2023").start().format()).isEqualTo("2023-08");
        assertThat(parser.parseStandalone("Summer 2020").end().format()).isEqualTo("2020-06");
        assertThat(parser.parseStandalone("2019").start().format()).isEqualTo("2019");
        assertThat(parser.parseStandalone("Led a team in 2019")).isNull();
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertThat(parser.find("handled 10-12 QPS with 250 ms latency")).isNull();
        assertThat(parser.find("Call 9868576600")).isNull();
        assertThat(parser.find("won the 2019 award")).isNull();
        assertThat(parser.find("2023 - 2019")).isNull();
    }

    @Test
    void spanPointsAtTheRangeInTheLine() {
        String line = "Engineer at Acme, Jan 2020 - Present, Berlin";
        DateRange r = parser.find(line);
        assertThat(line.substring(r.from(), r.to())).isEqualTo("Jan 2020 - Present");
    }

    @Test
    void theWordThatOpensARangeAndTheDayOfItsMonthsArePartOfTheSpan() {
        for (String line : List.of("Analista, Lusodados — De março de 2017 a agosto de 2021",
                "Analista, Lusodados — dal 2011 al 2014", "Analista, Lusodados — 1 augustus 2013 – 31 augustus 2016")) {
            DateRange r = parser.find(line);
            assertThat(line.substring(0, r.from())).as(line).isEqualTo("Analista, Lusodados — ");
            assertThat(r.to()).as(line).isEqualTo(line.length());
        }
    }

    @Test
    void anOpenEndWrittenInSeveralLanguagesIsOneEnd() {
        String line = "09/2020 – aujourd'hui / heden / present | Lead Data Analyst";
        DateRange r = parser.find(line);
        assertThat(r.current()).isTrue();
        assertThat(line.substring(r.to())).isEqualTo(" | Lead Data Analyst");
    }

    @Test
    void aQuotedNumberOrADecadeIsNoApostropheYear() {
        assertThat(parser.find("the '90s - a decade")).isNull();
        assertThat(parser.find("v2'17 - x'19")).isNull();
        assertThat(parser.find("'17 to 18")).isNull();
    }

    @Test
    void monthsAreInclusive() {
        assertThat(parser.find("Jan 2020 - Dec 2020").months(0)).isEqualTo(12);
        assertThat(parser.find("2018 - 2023").months(0)).isEqualTo(60);
        assertThat(parser.find("Mar 2024 - Present").months(2024 * 12 + 5)).isEqualTo(4);
    }

    @Test
    void englishWordsThatAreAlsoMonthAbbreviationsNeedAYear() {
        assertThat(parser.find("Set up CI, rolled out the API - 2020 goals met")).isNull();
        assertThat(parser.find("Rolled out Nov - Feb 2021")).isNotNull();
    }
}
