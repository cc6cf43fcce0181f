package io.profileflow.extract.read;

import io.profileflow.extract.text.LabelledDatePairs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Resumes kept as org-mode or YAML files, turned into the text the pipeline reads. */
class OutlineSourcesTest {
    @Test
    void orgHeadingsDrawersAndTimestampsBecomeHeadingsLabelsAndDates() {
        String org = """
                #+TITLE: Curriculum Vitae
                #+AUTHOR: Henrik Solberg-Mwangi
                #+OPTIONS: toc:nil
                * Experience
                ** Principal Infrastructure Engineer at Fjordnett AS                :work:
                :PROPERTIES:
                :COMPANY:  Fjordnett AS
                :START:    <2021-09>
                :FINISH:   present
                :END:
                - Cut mean time to recovery from 3 hours to 25 minutes.
                """;
        assertThat(OrgSource.isOrg(org)).isTrue();
        assertThat(OrgSource.toText(org).split("\\n")).containsExactly("Henrik Solberg-Mwangi", "", "# Experience",
                "## Principal Infrastructure Engineer at Fjordnett AS", "Company: Fjordnett AS", "Start: 2021-09",
                "Finish: present", "- Cut mean time to recovery from 3 hours to 25 minutes.");
    }

    @Test
    void yamlRecordsBecomeLabelledRowsUnderTheirSectionHeading() {
        String yaml = """
                # yaml-language-server: $schema=https://example.test/schema.json
                cv:
                  name: Lucía Fernández
                  sections:
                    experience:
                      - company: Naranjo Mobility S.L.
                        position: Lead Data Engineer
                        start_date: 2021-03
                        end_date: present
                        highlights:
                          - 'Cut the batch window from 6 hours to 50 minutes by moving from Hive to
                            Spark.'
                      - company: Meseta Telecom
                        position: Junior BI Developer
                        summary: SQL Server reporting for the network operations centre.
                design:
                  theme: classic
                """;
        assertThat(YamlSource.isYaml(yaml)).isTrue();
        assertThat(YamlSource.toText(yaml).split("\\n")).containsExactly("Name: Lucía Fernández", "", "Experience", "",
                "Company: Naranjo Mobility S.L.", "Position: Lead Data Engineer", "start_date: 2021-03",
                "end_date: present",
                "- Cut the batch window from 6 hours to 50 minutes by moving from Hive to Spark.", "",
                "Company: Meseta Telecom", "Position: Junior BI Developer",
                "SQL Server reporting for the network operations centre.");
    }

    @Test
    void aStartAndAnEndRowOfOneRecordAreOnePeriod() {
        assertThat(LabelledDatePairs.rewrite("Company: Acme\nstart_date: 2021-03\nLocation: Oslo\nEnd date: present\n"))
                .isEqualTo("Company: Acme\nDates: 2021-03 – present\nLocation: Oslo\n");
        assertThat(LabelledDatePairs.rewrite("From: jane@mail.test\nTo: hr@acme.test\n"))
                .isEqualTo("From: jane@mail.test\nTo: hr@acme.test\n");
    }
}
