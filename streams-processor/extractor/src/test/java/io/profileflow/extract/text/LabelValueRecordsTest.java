package io.profileflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelValueRecordsTest {

    @Test
    void anAtsPrintWithLabelsOverTheirValuesBecomesLabelledLines() {
        String print = String.join("\n", "Job Application: Ola Nordmann - R-1 Engineer", "", "First Name", "Ola",
                "Last Name", "Nordmann", "Email Address", "ola@example.test", "", "Work Experience 1", "Job Title",
                "Senior SRE", "Company", "Fjord Freight", "Location", "Bergen", "I currently work here", "Yes",
                "From", "06/2021", "", "Work Experience 2", "Job Title", "SRE", "Company", "Kyst Health",
                "I currently work here", "No", "From", "02/2018", "To", "05/2021");
        assertThat(LabelValueRecords.rewrite(print)).isEqualTo(String.join("\n",
                "Job Application: Ola Nordmann - R-1 Engineer", "", "Name: Ola Nordmann", "Email: ola@example.test", "",
                "Work Experience 1", "Title: Senior SRE", "Company: Fjord Freight", "Location: Bergen",
                "Period: 06/2021 - Present", "", "Work Experience 2", "Title: SRE", "Company: Kyst Health",
                "Period: 02/2018 - 05/2021"));
    }

    @Test
    void aDocumentWithOnlyAFewOneWordLinesIsLeftAsItIs() {
        String text = "Jane Roe\nExperience\nCompany\nAcme\nLocation\nBerlin\nFirst Name\nJane";
        assertThat(LabelValueRecords.rewrite(text)).isEqualTo(text);
    }
}
