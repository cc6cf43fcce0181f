package io.profileflow.extract.person;

import io.profileflow.extract.text.Line;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileFactsRulesTest {
    private final ProfileFacts facts = new ProfileFacts();
    private final NameFinder names = new NameFinder();

    private static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Line(t, 0, false, t));
        }
        return out;
    }

    @Test
    void declaredYearsInWordsLabelsFrenchAndCareerPhrases() {
        assertThat(facts.declaredYears(lines("After twelve years nursing in the ICU I moved into health informatics.")))
                .isEqualTo(12.0);
        assertThat(facts.declaredYears(lines("Total Experience: 6.5 years"))).isEqualTo(6.5);
        assertThat(facts.declaredYears(lines("Développeuse Java avec 9 ans d'expérience en banque."))).isEqualTo(9.0);
        assertThat(facts.declaredYears(lines("Ingeniero con 8+años de experiencia"))).isEqualTo(8.0);
        assertThat(facts.declaredYears(lines("Entwickler mit 7 JAHRE Berufserfahrung"))).isEqualTo(7.0);
        assertThat(facts.declaredYears(lines("Plans and scans 5 regions with Ansible"))).isNull();
        assertThat(facts.declaredYears(lines("Game designer. 4 years building puzzle games for consoles."))).isEqualTo(4.0);
    }

    @Test
    void numbersThatAreNotACareerLengthAreNotDeclaredYears() {
        assertThat(facts.declaredYears(lines("Ran a 3 years long migration programme", "Won two awards"))).isNull();
    }

    @Test
    void bioSubjectIsTheName() {
        NameFinder.Found f = names.find(lines("Speaker bio",
                "Oluwaseun Adeyemi is a platform engineer at Savanna Pay, where she runs the payments ledger."), List.of());
        assertThat(f.name()).isEqualTo("Oluwaseun Adeyemi");
    }

    @Test
    void nameAfterASidebarAboveTheHeadline() {
        List<Line> l = new ArrayList<>();
        l.add(new Line("Contact", 2, false, "Contact"));
        l.addAll(lines("rui.mendes@mail.test"));
        l.add(new Line("Top Skills", 2, false, "Top Skills"));
        l.addAll(lines("Terraform", "Ansible"));
        l.add(new Line("Languages", 2, false, "Languages"));
        l.addAll(lines("Spanish (Elementary)", "Rui Mendes", "Senior Cloud Engineer at Estuary Labs", "Faro, Portugal"));
        assertThat(names.find(l, List.of()).name()).isEqualTo("Rui Mendes");
    }

    @Test
    void honorificsAndSpanishLabelsAreNotPartOfTheName() {
        assertThat(names.find(lines("Prof. Ilse Vandenberghe", "ilse@uni.test"), List.of()).name())
                .isEqualTo("Ilse Vandenberghe");
        assertThat(names.find(lines("CURRÍCULUM VITAE", "Datos personales", "Nombre: Óscar Bermejo Ruiz"), List.of()).name())
                .isEqualTo("Óscar Bermejo Ruiz");
    }

    @Test
    void nameAtTheStartOfAFlattenedHeaderLine() {
        assertThat(names.find(lines("Wiktor Zielinski Senior QA Engineer Gdansk, Poland wiktor@mail.test +48 500 100 200"),
                List.of()).name()).isEqualTo("Wiktor Zielinski");
    }

    @Test
    void formLabelSetApartByAGapNamesThePerson() {
        NameFinder.Found f = names.find(lines("FORMATO EUROPEO", "Nome Giulia Ferraresi", "Indirizzo Via dei Mille 42"),
                List.of());
        assertThat(f.name()).isEqualTo("Giulia Ferraresi");
    }

    @Test
    void theDocumentsOwnTitleAndASurnameFirstNameAreTheName() {
        assertThat(names.find(lines("RESUME OF ANNA KOWALSKA", "Data Engineer"), List.of()).name())
                .isEqualTo("ANNA KOWALSKA");
        assertThat(names.find(lines("CV - Anna Kowalska", "Data Engineer"), List.of()).name()).isEqualTo("Anna Kowalska");
        assertThat(names.find(lines("Curriculum Vitae of Anna Kowalska"), List.of()).name()).isEqualTo("Anna Kowalska");
        assertThat(names.find(lines("Kowalska, Anna", "Data Engineer"), List.of()).name()).isEqualTo("Anna Kowalska");
        assertThat(NameFinder.withoutDocumentTitle("Curriculum Vitae")).isEqualTo("Curriculum Vitae");
        assertThat(NameFinder.withoutDocumentTitle("Cristina Lopez")).isEqualTo("Cristina Lopez");
    }

    @Test
    void dutchAndEuropassNameLabelsAndACurriculumHeading() {
        assertThat(names.find(lines("CURRICULUM VITAE", "Personalia", "Naam: | Sanne Oosterhout", "Adres: | Utrecht"),
                List.of()).name()).isEqualTo("Sanne Oosterhout");
        assertThat(names.find(lines("Europass", "Personal information", "First name(s) / Surname(s) | Ioana Pop",
                "Address(es) | Cluj-Napoca"), List.of()).name()).isEqualTo("Ioana Pop");
        assertThat(names.find(lines("Curriculum - Aino Virtanen-Silva", "Headline: Product Engineer"), List.of()).name())
                .isEqualTo("Aino Virtanen-Silva");
        assertThat(names.find(lines("Lebenslauf: Jonas Berger", "Softwareentwickler"), List.of()).name())
                .isEqualTo("Jonas Berger");
        assertThat(names.find(lines("RIREKISHO", "Name | Sota Nakamura (中村 颯太) | [Photo 30 mm x 40 mm]",
                "Year | Month | Education and Work History"), List.of()).name()).isEqualTo("Sota Nakamura");
    }
}
