package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedParagraphsTest {
    @Test
    void joinsAParagraphWrappedAtAFixedWidth() {
        String bio = """
                About the speaker
                Amara Osei is a data engineer at Halcyon Freight since 2019, where she
                builds the streaming pipelines that track 30,000 shipping containers in
                real time with Apache Flink and Kafka. Previously, she spent three
                years as an analytics engineer at Bluefin Retail (2016–2019).
                Talk: Late data is still data
                """;
        assertThat(WrappedParagraphs.join(bio).split("\\n")).containsExactly(
                "About the speaker",
                "Amara Osei is a data engineer at Halcyon Freight since 2019, where she builds the streaming pipelines"
                        + " that track 30,000 shipping containers in real time with Apache Flink and Kafka. Previously,"
                        + " she spent three years as an analytics engineer at Bluefin Retail (2016–2019).",
                "Talk: Late data is still data");
    }

    @Test
    void leavesAListOfOneLineEntriesAndShortLinesAlone() {
        String entries = """
                Lead Frontend Developer — Érable Commerce Inc., Montréal ................ 2021 – Present
                Frontend Developer — Studio Lumen Numérique, Montréal ................... 2018 – 2021
                Web Developer — Caisse Populaire des Laurentides, Saint-Jérôme .......... 2016 – 2018
                """;
        assertThat(WrappedParagraphs.join(entries)).isSameAs(entries);
        String header = """
                Senior Engineer, Acme Corp
                Berlin, Germany
                Jan 2020 – Present
                """;
        assertThat(WrappedParagraphs.join(header)).isSameAs(header);
    }

    @Test
    void aNewBulletOrNumberedItemStartsANewParagraph() {
        String bullets = """
                - Migrated 140 batch pipelines from Spark on Amazon EMR to Apache Flink,
                cutting end-to-end freshness from 24 hours to 4 minutes for the fraud
                and pricing teams that depend on the clickstream.
                - Introduced data contracts with Avro and a schema registry across all
                1. Broken downstream dashboards fell by 70% in the first two quarters.
                """;
        assertThat(WrappedParagraphs.join(bullets).split("\\n")).containsExactly(
                "- Migrated 140 batch pipelines from Spark on Amazon EMR to Apache Flink, cutting end-to-end"
                        + " freshness from 24 hours to 4 minutes for the fraud and pricing teams that depend on the"
                        + " clickstream.",
                "- Introduced data contracts with Avro and a schema registry across all",
                "1. Broken downstream dashboards fell by 70% in the first two quarters.");
    }
}
