package io.profileflow.extract.experience;

import io.profileflow.extract.model.RoleDraft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per layout rule of the role finder, each on its own invented text. */
class LayoutRulesTest {

    private static List<RoleDraft> roles(String text) {
        return ExperienceTestSupport.roles(text);
    }

    private static String summary(RoleDraft r) {
        return r.company + " | " + r.title + " | " + r.dates.start()
                + " | " + (r.dates.current() ? "now" : String.valueOf(r.dates.end()));
    }

    @Test
    void markdownRoleTableRowsBecomeRoles() {
        List<RoleDraft> r = roles("""
                ## Work Experience
                | Employer | Position | Start | End |
                |---|---|---|---|
                | Lindqvist Robotics AB | Firmware Engineer | 2020-02 | present |
                | Oresund Sensors | Test Technician | 2017-09 | 2020-01 |
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Lindqvist Robotics AB | Firmware Engineer | 2020-02 | now",
                "Oresund Sensors | Test Technician | 2017-09 | 2020-01");
    }

    @Test
    void labelledOrganisationDesignationBlocks() {
        List<RoleDraft> r = roles("""
                WORK EXPERIENCE
                Organisation : Tamarind Logistics Pvt. Ltd., Chennai
                Designation  : Module Lead
                Duration     : Aug'19 – till date
                  ➢ Built the freight tracking service
                Organisation : Coral Reef Systems, Kochi
                Designation  : Developer
                Duration     : Jun'15 – Jul'19
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Tamarind Logistics Pvt. Ltd. | Module Lead | 2019-08 | now",
                "Coral Reef Systems | Developer | 2015-06 | 2019-07");
    }

    @Test
    void atSignHeaderKeepsOnlyTheEmployerBeforeTheDash() {
        List<RoleDraft> r = roles("""
                ## Experience
                **Backend Engineer @ Quasar Freight** — Lagos · Feb 2021 – Present
                - Shipped the rates API
                **Sysadmin @ Harmattan Hosting** — Abuja · Jan 2018 – Jan 2021
                - Ran the mail servers
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Quasar Freight | Backend Engineer | 2021-02 | now",
                "Harmattan Hosting | Sysadmin | 2018-01 | 2021-01");
    }

    @Test
    void promotedTitlesWithDepartmentsStayUnderTheirEmployerLine() {
        List<RoleDraft> r = roles("""
                EXPERIENCE
                PELICAN OUTFITTERS, LLC  •  Tampa, FL  •  2012 – Present
                Manager, Supply Planning  •  2018 – Present
                •  Ran the planning team
                Analyst, Inventory  •  2012 – 2018
                •  Weekly stock reports
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "PELICAN OUTFITTERS, LLC | Manager, Supply Planning | 2018 | now",
                "PELICAN OUTFITTERS, LLC | Analyst, Inventory | 2012 | 2018");
    }

    @Test
    void headerEndingInOneSeasonOrYearIsASinglePeriodRole() {
        List<RoleDraft> r = roles("""
                Experience
                Hardware Intern
                Bramblewood Devices | Fresno, CA | Summer 2021
                - Soldered test rigs
                QA Intern, Almond Grove Labs (2019)
                  Wrote regression checklists.
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Bramblewood Devices | Hardware Intern | 2021-06 | 2021-06",
                "Almond Grove Labs | QA Intern | 2019 | 2019");
    }

    @Test
    void wrappedPdfLinesAreJoinedIntoOneBulletAndPageFootersDropped() {
        List<RoleDraft> r = roles("""
                Experience
                Marlowe Shipping
                Data Engineer
                March 2019 - Present (5 years)
                Rebuilt the nightly settlement jobs on Spark, bringing the batch window down from
                6 hours to 40 minutes.
                Page 1 of 3
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly("Marlowe Shipping | Data Engineer | 2019-03 | now");
        assertThat(r.get(0).bullets).containsExactly("Rebuilt the nightly settlement jobs on Spark, bringing the batch "
                + "window down from 6 hours to 40 minutes.");
    }

    @Test
    void flattenedOneLineExperienceIsUnfolded() {
        List<RoleDraft> r = roles("EXPERIENCE Lead Data Analyst Kestrel Foods Ltd Leeds, United Kingdom Mar 2020 – Present"
                + " • Built the demand dashboards in Power BI • Cut stock write-offs by 12% Data Analyst Heron Mills"
                + " York, United Kingdom Jun 2016 – Feb 2020 • Automated weekly sales reports EDUCATION BSc Economics");
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Kestrel Foods Ltd | Lead Data Analyst | 2020-03 | now",
                "Heron Mills | Data Analyst | 2016-06 | 2020-02");
        assertThat(r.get(0).bullets).containsExactly("Built the demand dashboards in Power BI", "Cut stock write-offs by 12%");
    }

    @Test
    void unmarkedAccomplishmentLinesAreNotTakenAsTheNextRolesHeader() {
        List<RoleDraft> r = roles("""
                Work Experience
                Platform Engineer
                Tulpenveld Logistics B.V., Rotterdam
                03/2019 – present
                Migrated the route planner to Kubernetes
                Built the parcel tracking API in Go
                Support Engineer
                Dijkstra Hosting B.V., Delft
                01/2016 – 02/2019
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Tulpenveld Logistics B.V. | Platform Engineer | 2019-03 | now",
                "Dijkstra Hosting B.V. | Support Engineer | 2016-01 | 2019-02");
        assertThat(r.get(0).bullets).containsExactly("Migrated the route planner to Kubernetes",
                "Built the parcel tracking API in Go");
    }

    @Test
    void ratedContractsAndTheirPricesAreNotRoles() {
        List<RoleDraft> r = roles("""
                ## Work history
                ★★★★★ 5.00  "Checkout rebuild for a tea shop"  Oct 2023 – Jan 2024
                Great work, delivered early.
                $9,800 · Fixed price

                ★★★★☆ 4.40  "Subscription flows"  Mar 2023 – Aug 2023
                €70.00/hr · 120 hours
                ## Employment history
                Lead Developer – Studio Nordlys, Bergen – 2016 – 2019
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Studio Nordlys | Lead Developer | 2016 | 2019");
    }

    @Test
    void aLineOpeningWithASumOfMoneyIsNoHeader() {
        assertThat(RoleLineShapes.startsWithAmount("$12,400 · Fixed price")).isTrue();
        assertThat(RoleLineShapes.startsWithAmount("R$ 85 mil · contract")).isTrue();
        assertThat(RoleLineShapes.startsWithAmount("Senior Engineer, $Corp")).isFalse();
        assertThat(RoleLineShapes.hasRatingStars("★★★★☆ 4.60 Storefront")).isTrue();
    }

    @Test
    void titleLineWithRightAlignedDatesThenEmployerAndPlace() {
        List<RoleDraft> r = roles("""
                PROFESSIONAL EXPERIENCE
                Senior Firmware Engineer                                  04.2021 – present
                Kestrel Avionics GmbH, Munich, Germany
                  * Reduced boot time
                Working Student, Embedded Systems                         2014/04 ~ 2015/09
                Brenner Sensorik AG, Rosenheim, Germany
                  * Ported a driver
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Kestrel Avionics GmbH | Senior Firmware Engineer | 2021-04 | now",
                "Brenner Sensorik AG | Working Student, Embedded Systems | 2014-04 | 2015-09");
        assertThat(r).extracting(d -> d.location).containsExactly("Munich, Germany", "Rosenheim, Germany");
    }

    @Test
    void europassFormRowsBecomeRoles() {
        List<RoleDraft> r = roles("""
                ESPERIENZA LAVORATIVA
                • Date (da – a)                              Marzo 2020 – attuale
                • Nome e indirizzo del datore di lavoro      Emiliana Pagamenti S.p.A., Bologna
                • Tipo di azienda o settore                  Servizi finanziari
                • Tipo di impiego                            Senior Backend Developer
                • Principali mansioni e responsabilità       Progettazione dei servizi di pagamento;
                                                             riduzione dei costi del 35%.
                • Dates (from – to)                          Feb 2016 – Jul 2016
                • Name and address of employer               Comune di Ferrara, Ferrara
                • Occupation or position held                Tirocinante sviluppatrice web
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Emiliana Pagamenti S.p.A. | Senior Backend Developer | 2020-03 | now",
                "Comune di Ferrara | Tirocinante sviluppatrice web | 2016-02 | 2016-07");
        assertThat(r.get(0).bullets).containsExactly(
                "Progettazione dei servizi di pagamento; riduzione dei costi del 35%.");
    }

    @Test
    void aShortProperNameAfterTitleAndEmployerIsThePlace() {
        List<RoleDraft> r = roles("""
                ## Experience
                Site Reliability Engineer | Rift Valley Telecom | Nakuru | Mar 2019 - May 2022
                - Automated backups
                """);
        assertThat(r).extracting(d -> d.location).containsExactly("Nakuru");
        assertThat(HeaderFieldParser.isPlaceName("Payments Platform Engineer")).isFalse();
        assertThat(HeaderFieldParser.isPlaceName("Full-time contract 2")).isFalse();
    }

    @Test
    void bracketedDatesTitleThenEmployerAloneThenLabelledPlace() {
        List<RoleDraft> r = roles("""
                WORK EXPERIENCE
                [ 01/09/2019 – Current ]  Senior Data Scientist
                LusoData Analytics
                City: Lisbon | Country: Portugal
                ◦ Built the credit-default model
                [ 01/07/2015 – 31/12/2015 ]  Intern, Business Intelligence
                Sonae Retalho Lab
                City: Matosinhos | Country: Portugal
                ◦ Wrote reports
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "LusoData Analytics | Senior Data Scientist | 2019-09 | now",
                "Sonae Retalho Lab | Intern, Business Intelligence | 2015-07 | 2015-12");
        assertThat(r).extracting(d -> d.location).containsExactly("Lisbon, Portugal", "Matosinhos, Portugal");
    }

    @Test
    void anEmploymentTypeUnderATitleIsNoEmployer() {
        List<RoleDraft> r = roles("""
                Experience
                Platform Engineer, Quillbyte    Mar 2020 – Present
                Full-time
                - Ran the clusters
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly("Quillbyte | Platform Engineer | 2020-03 | now");
    }

    @Test
    void linkedInPlaceLineUnderDatesBelongsToTheRoleAboveAndContractKindIsDropped() {
        List<RoleDraft> r = roles("""
                Experience
                Senior Engineer
                Nordwind Systems · Full-time
                Jan 2019 - Present · 5 yrs 2 mos
                Berlin, Germany · Hybrid
                Software Engineer
                Kranich Labs · Contract
                Jun 2016 - Dec 2018 · 2 yrs 7 mos
                Hamburg, Germany
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Nordwind Systems | Senior Engineer | 2019-01 | now", "Kranich Labs | Software Engineer | 2016-06 | 2018-12");
        assertThat(r).extracting(d -> d.location).containsExactly("Berlin, Germany", "Hamburg, Germany");
    }

    @Test
    void aTitleInBracketsAfterEmployerAndPlace() {
        List<RoleDraft> r = roles("""
                Employment
                Nordwind Systems, Berlin (Senior Engineer), 2019 to date
                Studio Fernblick, Graz - Web Developer (Intern), 2017 - 2018
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title).containsExactly(
                "Nordwind Systems | Senior Engineer", "Studio Fernblick | Web Developer");
    }

    @Test
    void employerThenTitleAfterACommaWhenOnlyTheSecondIsATitle() {
        List<RoleDraft> r = roles("""
                Experience
                2021 - 2022 Wisła Data, Senior Engineer
                - Built pipelines
                2017 - 2020 Principal Consultant, Nordic Consulting A/S
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title).containsExactly(
                "Wisła Data | Senior Engineer", "Nordic Consulting A/S | Principal Consultant");
    }

    @Test
    void anEmployerHeadingOverATitleSubheadingIsOneHeader() {
        List<RoleDraft> r = roles("""
                ## Experience
                ### Wisła Data
                #### Senior Engineer
                Jan 2020 – Present · Kraków
                - Built pipelines
                ### Odra Labs
                #### Data Engineer
                Mar 2017 – Dec 2019 · Wrocław
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Wisła Data | Senior Engineer | 2020-01 | now", "Odra Labs | Data Engineer | 2017-03 | 2019-12");
    }

    @Test
    void jobBoardEmployerDashTownAndRegion() {
        List<RoleDraft> r = roles("""
                Work Experience
                Senior Data Engineer
                Wisła Data - Kraków, Małopolskie
                January 2020 to Present
                Data Engineer
                Odra Labs - Wrocław, Dolnośląskie
                March 2017 to December 2019
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location).containsExactly(
                "Wisła Data | Senior Data Engineer | Kraków, Małopolskie",
                "Odra Labs | Data Engineer | Wrocław, Dolnośląskie");
    }

    @Test
    void aSentenceLongerThanABulletIsCutNotTruncated() {
        String longSentence = "Worked on the client " + "and the server side of many games ".repeat(14)
                + "using Php, mysql and Redis";
        List<RoleDraft> r = roles("Experience\nSoftware Engineer, Kiwi Inc.   Jan 2013 - Jan 2014\n- " + longSentence + "\n");
        assertThat(String.join(" ", r.get(0).bullets)).endsWith("using Php, mysql and Redis");
        assertThat(r.get(0).bullets).allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(400));
    }

    @Test
    void aUnitBeforeItsOrganisationIsTheTeamNotTheEmployer() {
        List<RoleDraft> r = roles("""
                Experience
                2019 – 2022       Postdoctoral Researcher, Institute for Quantum Optics, Kessler University
                2016 – 2019       Research Assistant, Department of Physics, Kessler University
                2014 – 2016       Engineer, Norrland Photonics, Umeå
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.team + " | " + d.title + " | " + d.location).containsExactly(
                "Kessler University | Institute for Quantum Optics | Postdoctoral Researcher | null",
                "Kessler University | Department of Physics | Research Assistant | null",
                "Norrland Photonics | null | Engineer | Umeå");
    }

    @Test
    void aMilitaryRankAfterTheJobTitleIsNoPartOfIt() {
        List<RoleDraft> r = roles("""
                EXPERIENCE
                Cyber Operations Specialist (17C), Staff Sergeant (E-6)
                U.S. Air Force, 33rd Network Warfare Squadron, San Antonio, TX      MAR 2018 – PRESENT
                Radio Operator, Corporal
                Royal Marines, Plymouth, UK      JAN 2012 – FEB 2018
                Network Engineer, Specialist Systems
                Aerolinea Sur, Lima, Peru      2019 – 2022
                """);
        assertThat(r).extracting(d -> d.title).containsExactly("Cyber Operations Specialist", "Radio Operator",
                "Network Engineer, Specialist Systems");
    }

    @Test
    void labelledBlocksInOtherLanguagesWithAWideGapAfterTheColon() {
        List<RoleDraft> r = roles("""
                Werkervaring
                Periode:           maart 2020 – heden
                Functie:           Senior Backend Developer
                Werkgever:         Zonnedak Energie B.V., Deventer
                Taken en resultaten:
                  • Bouwde de facturatie-API in Kotlin.
                Periode:           1 augustus 2013 – 31 augustus 2016
                Functie:           Junior PHP-ontwikkelaar (32 uur per week)
                Werkgever:         Webbureau De Gracht, Zwolle
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location + " | " + d.dates.start()).containsExactly(
                "Zonnedak Energie B.V. | Senior Backend Developer | Deventer | 2020-03",
                "Webbureau De Gracht | Junior PHP-ontwikkelaar | Zwolle | 2013-08");
    }

    @Test
    void theEnglishEuropassTemplateWithABareDatesLabelAndTheEmployerLast() {
        List<RoleDraft> r = roles("""
                 Work experience

                 Dates                               01 March 2019 - to date
                 Occupation or position held         Senior Firmware Engineer
                 Main activities and                 Firmware for body control modules in C on
                 responsibilities                    AUTOSAR Classic; cut boot time by 40%.
                 Name and address of employer        Mureș Automotive S.R.L.
                                                     Str. Fabricii 93, 400632 Cluj-Napoca (Romania)
                 Type of business or sector          Automotive electronics

                 Dates                               07/2012 - 08/2014
                 Occupation or position held         Junior Software Engineer (part-time)
                 Name and address of employer        Olt Telecom SRL, Str. Lungă 110, 500058 Brașov (Romania)
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location + " | " + d.dates.start()).containsExactly(
                "Mureș Automotive S.R.L. | Senior Firmware Engineer | Cluj-Napoca | 2019-03",
                "Olt Telecom SRL | Junior Software Engineer | Brașov | 2012-07");
        assertThat(String.join(" ", r.get(0).bullets)).isEqualTo(
                "Firmware for body control modules in C on AUTOSAR Classic; cut boot time by 40%.");
    }

    @Test
    void clientEngagementsUnderAConsultancyRoleAndTheTownAfterTheEmployer() {
        List<RoleDraft> r = roles("""
                ESPERIENZE PROFESSIONALI
                ROERO CONSULTING S.R.L. — Asti | Gen 2019 – ad oggi
                Senior Java Developer
                   ▸ Cliente: Banca Tanaro S.p.A. · mag 2021 – presente
                     • Migrazione di 45 microservizi a OpenShift.
                   ▸ Client: Assicurazioni Belbo S.p.A. · gen 2019 – apr 2021
                LANGHE SOFTWARE S.P.A. — Bra | Set 2014 – Dic 2018
                Analista Programmatore
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location).containsExactly(
                "ROERO CONSULTING S.R.L. | Senior Java Developer | Asti",
                "LANGHE SOFTWARE S.P.A. | Analista Programmatore | Bra");
        assertThat(r.get(0).bullets).anyMatch(b -> b.contains("45 microservizi"));
    }

    @Test
    void propertyBlocksWithOneDateAndACurrentFlag() {
        List<RoleDraft> r = roles("""
                ## Experience
                ### Lumo Health Oy
                Role: Senior Product Engineer
                Dates: August 16, 2021
                Current: Yes
                - [x] Shipped the booking flow
                ### Kaamos Logistics Oy
                Role: Full-Stack Developer
                Dates: February 1, 2018 → July 31, 2021
                Current: No
                ### Revontuli Games
                Role: Game Jam Developer
                Dates: 2015
                """);
        assertThat(r).extracting(LayoutRulesTest::summary).containsExactly(
                "Lumo Health Oy | Senior Product Engineer | 2021-08 | now",
                "Kaamos Logistics Oy | Full-Stack Developer | 2018-02 | 2021-07",
                "Revontuli Games | Game Jam Developer | 2015 | 2015");
    }

    @Test
    void aFederalResumeWithAddressLinesTermsOfTheJobAndSupervisorRows() {
        List<RoleDraft> r = roles("""
                Work Experience
                U.S. Department of Energy, Office of Science
                1000 Independence Ave SW
                Washington, DC 20585 United States

                02/2021 - Present
                Salary: $122,198.00 USD Per Year
                Hours per week: 40
                Grade: 13

                IT Specialist (SYSADMIN)
                Duties, Accomplishments and Related Skills:
                - Automated patching of 640 Linux servers with Ansible.
                Supervisor: Dana Whitfield (301-555-0199)
                Okay to contact this Supervisor: Yes

                United States Air Force
                436th Communications Squadron
                Dover AFB, DE 19902 United States

                08/2010 - 05/2016
                Rank: Staff Sergeant (E-5)

                Cyber Transport Systems Specialist (3D1X2)
                Duties, Accomplishments and Related Skills:
                - Maintained base network infrastructure for 4,500 users.
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.team + " | " + d.title + " | " + d.location).containsExactly(
                "U.S. Department of Energy, Office of Science | null | IT Specialist | Washington, DC 20585 United States",
                "United States Air Force | 436th Communications Squadron | Cyber Transport Systems Specialist"
                        + " | Dover AFB, DE 19902 United States");
        assertThat(r.get(0).bullets).containsExactly("Automated patching of 640 Linux servers with Ansible.");
    }

    @Test
    void portugueseAndSpanishLegalFormsEndTheEmployersName() {
        List<RoleDraft> r = roles("""
                Experiência Profissional
                Lusodados, Lda. — Lisboa
                Programadora Full-Stack
                De março de 2017 a agosto de 2021
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location + " | " + d.dates.start()
                + " | " + d.dates.end()).containsExactly("Lusodados, Lda. | Programadora Full-Stack | Lisboa | 2017-03 | 2021-08");
    }

    @Test
    void aSpanishLabelBlockWithALegalFormEndingInADotAndACityLabel() {
        List<RoleDraft> r = roles("""
                Experiencia
                Empresa: Tiendas El Arriero S.A.
                Cargo: Desarrollador Senior
                Periodo: Ago/2017 – Dic/2020
                Ciudad: Envigado
                • Migré 40 tiendas a la nube.
                Empresa: Soluciones Cafeteras Ltda.
                Cargo: Desarrollador Junior
                Periodo: Febrero de 2014 a Julio de 2017
                Ciudad: Manizales
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location + " | " + d.dates.start()
                + " | " + d.dates.end()).containsExactly(
                "Tiendas El Arriero S.A. | Desarrollador Senior | Envigado | 2017-08 | 2020-12",
                "Soluciones Cafeteras Ltda. | Desarrollador Junior | Manizales | 2014-02 | 2017-07");
    }

    @Test
    void aLeftDateColumnWithTheTitleBesideItAndTheEmployerBelowEvenWithoutBullets() {
        List<RoleDraft> r = roles("""
                Berufserfahrung
                04.2021 – bis dato    Teamleiter Softwareentwicklung
                                      Alpenfirn Versicherungen AG, Zürich
                                      - Führung eines Teams von 8 Entwicklern
                seit 09.2022          Dozent Software Engineering (Teilzeit)
                                      Fachhochschule Nordwestalpen, Olten

                03.2017 – 03.2021     Senior Softwareentwickler
                                      Bergkristall Bank AG, Bern
                """);
        assertThat(r).extracting(d -> d.company + " | " + d.title + " | " + d.location).containsExactly(
                "Alpenfirn Versicherungen AG | Teamleiter Softwareentwicklung | Zürich",
                "Fachhochschule Nordwestalpen | Dozent Software Engineering | Olten",
                "Bergkristall Bank AG | Senior Softwareentwickler | Bern");
    }
}
