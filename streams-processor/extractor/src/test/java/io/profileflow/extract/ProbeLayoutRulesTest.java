package io.profileflow.extract;

import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import org.junit.jupiter.api.Test;

import static io.profileflow.extract.EngineUnderTest.extract;
import static io.profileflow.extract.EngineUnderTest.metrics;
import static io.profileflow.extract.EngineUnderTest.metricsWithBaselines;
import static io.profileflow.extract.EngineUnderTest.roles;
import static io.profileflow.extract.EngineUnderTest.skills;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules added after five probes of layouts the fixtures did not have (their documents are fixtures 34-96), each
 * on a small invented document of its own, so that a regression names the rule it breaks.
 */
class ProbeLayoutRulesTest {
    @Test
    void datesFirstLinesMayEndInAPlace() throws Exception {
        ParsedProfile p = extract("""
                Dana Whitfield
                Experience
                Mar. 2021 – Present | Remote
                Corvid Payments
                Senior Backend Engineer
                • Cut settlement time by 40%
                Jun. 2017 – Feb. 2021 | Denver, CO
                Alder Freight
                Backend Engineer
                • Built the rating service in Go
                """);
        assertThat(roles(p)).containsExactly("Senior Backend Engineer @ Corvid Payments 2021-03..null",
                "Backend Engineer @ Alder Freight 2017-06..2021-02");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getLocation).containsExactly("Remote", "Denver, CO");
    }

    @Test
    void arrowRangesInInlineCodeAreDates() throws Exception {
        ParsedProfile p = extract("""
                # Ingrid Solberg
                ## Experience
                ### Fjordline Data AS · Bergen
                **Analytics Engineer**
                `2022-08` → `present`
                - Rebuilt the finance model in dbt
                """, "text/markdown");
        assertThat(roles(p)).containsExactly("Analytics Engineer @ Fjordline Data AS 2022-08..null");
    }

    @Test
    void headOfIsATitleAndMemberSinceIsNoRole() throws Exception {
        ParsedProfile p = extract("""
                Jonas Keller
                Head of Data Platform at Rheinwerk Energie | Mitglied seit 2011
                Berufserfahrung
                Head of Data Platform
                Rheinwerk Energie AG
                seit 10/2021
                - Moved the platform to Snowflake
                """);
        assertThat(roles(p)).containsExactly("Head of Data Platform @ Rheinwerk Energie AG 2021-10..null");
    }

    @Test
    void linesAboveTheFirstRoleStillGiveSkillsAndMetrics() throws Exception {
        ParsedProfile p = extract("""
                Marta Zielińska
                Doświadczenie zawodowe
                Platforma płatności: przepustowość z 200 do 900 TPS dzięki Apache Kafka.
                2021.03 – obecnie
                Starszy Inżynier Oprogramowania — Wisła Logistics Sp. z o.o., Łódź
                - Migracja na Kubernetes
                """);
        assertThat(skills(p)).contains("Apache Kafka", "Kubernetes");
        assertThat(metricsWithBaselines(p)).contains("900.0 count");  // (Polish "z X do Y" is not linked as a change yet)
        assertThat(roles(p)).containsExactly("Starszy Inżynier Oprogramowania @ Wisła Logistics Sp. z o.o. 2021-03..null");
    }

    @Test
    void minutesAfterHoursPayRatesAndOtherCurrencies() throws Exception {
        ParsedProfile p = extract("""
                Ade Okafor
                Day rate (contract): £575 outside IR35
                Desired salary $140k – $165k
                Experience
                SRE, Lagos Pay (2020-present)
                - MTTR: 4h → 25m after runbook automation
                - Processed ₦4.2 billion in monthly volume
                - Cut cloud spend by 240 tys. zł per year
                """);
        assertThat(metricsWithBaselines(p)).contains("1500.0 seconds from 14400.0", "4.2E9 NGN", "240000.0 PLN");
        assertThat(metricsWithBaselines(p)).noneMatch(m -> m.startsWith("575") || m.startsWith("165000") || m.startsWith("2.5E7"));
    }

    @Test
    void namesFromGreetingsLabelsAndNicknames() throws Exception {
        assertThat(extract("Hi there 👋, I'm Aiko Tanabe\nSystems programmer\n").getName()).isEqualTo("Aiko Tanabe");
        assertThat(extract("ACME RECRUITMENT\nCandidate ID:      HB-1\nCandidate:         Samuel J. Whitcombe\n")
                .getName()).isEqualTo("Samuel J. Whitcombe");
        assertThat(extract("Henrik \"Rik\" Sandoval\nAndroid engineer\n").getName()).isEqualTo("Henrik Sandoval");
    }

    @Test
    void emojiAndInlineHtmlDoNotReachTheRecords() throws Exception {
        ParsedProfile p = extract("""
                <h1 align="center">Aiko Tanabe</h1>
                <p><img src="https://img.shields.io/badge/k8s-326CE5?logo=vercel" alt="Kubernetes" /></p>
                ## 💼 Where I've worked
                - 🦀 **Staff Software Engineer** at Lumen Grid · *Apr 2022 – now* · Remote
                """, "text/markdown");
        assertThat(skills(p)).contains("Kubernetes").doesNotContain("Vercel");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getTitle).containsExactly("Staff Software Engineer");
    }

    @Test
    void aVersionedTokenThatStartsALongerAliasStillFolds() throws Exception {
        assertThat(skills(extract("Jo Park\nSkills\nHTML5, CSS3, TypeScript\n"))).contains("HTML", "CSS", "TypeScript");
    }

    @Test
    void theIndianEntranceExamIsNotJakartaEe() throws Exception {
        ParsedProfile p = extract("Ravi Kumar\nAwards\nReceived a scholarship for a high percentile in JEE Main\n");
        assertThat(skills(p)).doesNotContain("Jakarta EE");
    }

    @Test
    void datedCertificationsAssessmentsAndNotesOutsideExperienceAreNoRoles() throws Exception {
        ParsedProfile p = extract("""
                Marisol Okafor
                Work Experience
                Data Engineer
                Bluebonnet Health - San Antonio, TX
                July 2017 to February 2021
                Certifications and Licenses
                AWS Certified Data Analytics - Specialty
                April 2022 to April 2025
                Assessments
                Data analysis — Highly Proficient
                August 2023
                Additional Information
                Bilingual English / Spanish. Volunteer mentor with Code2College (2019 to Present).
                """);
        assertThat(roles(p)).containsExactly("Data Engineer @ Bluebonnet Health 2017-07..2021-02");
    }

    @Test
    void theEmployerEndsAtItsLegalFormAndBeforeAKnownOrTrailingTown() throws Exception {
        ParsedProfile p = extract("""
                Priya Raghu
                Experience
                Systems Engineer                                  Sep 2015 – May 2018
                Brindle Hosting Co., Reading
                • Operated 900 hosts with Ansible
                Software Engineer, Veloxa Compute Inc., Mountain View, CA, 2018 – 2019
                Systems Administrator, Pennine Web Hosting, Bradford
                Jul 2013 - Feb 2015
                """);
        assertThat(p.getExperiences()).extracting(e -> e.getCompany() + " / " + e.getLocation())
                .contains("Brindle Hosting Co. / Reading", "Veloxa Compute Inc. / Mountain View, CA",
                        "Pennine Web Hosting / Bradford");
    }

    @Test
    void aListItemWithNestedItemsNamesTheEmployerOfTheRolesBelowIt() throws Exception {
        ParsedProfile p = extract("""
                # Lucía Ferreyra
                ## Experience
                - **Mercadito Tech** — Buenos Aires (hybrid)
                  - *Staff ML Engineer* · 2022-06 – present
                    - Feature store on Feast serving 85k lookups/s
                  - *Senior ML Engineer* · 2019-03 – 2022-05
                - **Freelance** — remote
                  - *Python Developer* · 2014-01 – 2016-07
                """, "text/markdown");
        assertThat(roles(p)).containsExactly("Staff ML Engineer @ Mercadito Tech 2022-06..null",
                "Senior ML Engineer @ Mercadito Tech 2019-03..2022-05", "Python Developer @ Freelance 2014-01..2016-07");
        assertThat(p.getExperiences().get(0).getLocation()).isEqualTo("Buenos Aires");
    }

    @Test
    void achievementsUnderASkillHeadingOfAFunctionalResumeAreMetrics() throws Exception {
        ParsedProfile p = extract("""
                Nadia Belhaj
                AREAS OF EXPERTISE
                Performance Engineering
                • Cut Largest Contentful Paint on the checkout from 4.1 s to 1.6 s for the retail site.
                • Reduced the JavaScript bundle by 58% through code splitting.
                TECHNICAL SKILLS
                React, TypeScript 5, Node.js 20, Webpack 5
                Python (8 years)
                """);
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("1.6 seconds from 4.1", "58.0 percent");
    }

    @Test
    void headingsMarkedWithAGlyphAndContractorHeadingsOpenSections() throws Exception {
        ParsedProfile p = extract("""
                Haruka Shimizu
                ■ Employment History
                Backend Engineer, Sakura Mobility Inc., 2019 – 2022
                ■ Technical Skills
                Java, Go, Cloud Spanner
                CONTRACT HISTORY
                Oakridge Building Society — Kafka Platform Engineer
                3/2022 to current | Bristol
                """);
        assertThat(roles(p)).containsExactlyInAnyOrder("Kafka Platform Engineer @ Oakridge Building Society 2022-03..null",
                "Backend Engineer @ Sakura Mobility Inc. 2019..2022");
        assertThat(p.getWarnings()).noneMatch(w -> w.contains("no experience section"));
        assertThat(skills(p)).contains("Cloud Spanner");
    }

    @Test
    void aCvQuotedInAnEmailReplyIsRead() throws Exception {
        ParsedProfile p = extract("""
                From: Gareth Pryce <gareth@recruit.test>
                Sent: Tuesday, 14 January 2025 09:42
                Subject: RE: candidate CV

                -----Original Message-----
                > Hi Gareth, pasting my CV below.
                >
                > EXPERIENCE
                >
                > DevOps Engineer, Harrowgate Digital Ltd, York
                > Mar 2018 - Aug 2021
                > - Built GitLab CI pipelines; cut average build time by 63%
                >
                > Sent from my iPhone
                """, "message/rfc822");
        assertThat(roles(p)).containsExactly("DevOps Engineer @ Harrowgate Digital Ltd 2018-03..2021-08");
        assertThat(metricsWithBaselines(p)).containsExactly("63.0 percent");
    }

    @Test
    void nordicMonthsAndNowAvailabilityAndPostcodes() throws Exception {
        ParsedProfile p = extract("""
                Elin Sjöberg
                Adress: Kungsgatan 12B, 411 19 Göteborg
                Montréal, QC H2T 1S6 · Leeds LS1 4AP
                Contract Java Developer | Available from 01/03/2025
                Arbetslivserfarenhet
                Volvolia Connected Services AB, Göteborg
                Senior backendutvecklare, mars 2021 – nu
                - Reducerade svarstiden med 40 %
                """);
        assertThat(roles(p)).containsExactly("Senior backendutvecklare @ Volvolia Connected Services AB 2021-03..null");
        assertThat(metricsWithBaselines(p)).containsExactly("40.0 percent");
    }

    @Test
    void countsPastAnAdjectiveSpacedScalesAndNordicNumbers() throws Exception {
        ParsedProfile p = extract("""
                Ana Ruiz
                Experience
                Engineer, Acme Corp, 2019 - 2022
                - Onboarded 17 new services to the platform
                - Built Spark pipelines for 40 M daily events
                - Skalade flödet till 40 000 meddelanden
                - Hanterar 1,2 miljoner transaktioner per dag
                - Led the move of search ranking to a two-tower model; +4.6% GMV per search session
                - Worked with 12 and 15 other teams
                """);
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("17.0 count", "4.0E7 count", "40000.0 count", "1200000.0 count",
                "4.6 percent");
    }

    @Test
    void marketplaceScoresCitationsWordLimitsAndFeeLinesAreNoMetrics() throws Exception {
        ParsedProfile p = extract("""
                Tomasz Wierzbicki
                100% Job Success
                Google Scholar: 2,310 citations
                Short bio (50 words)
                Work history
                Platform Engineer, Baltic Payments, 2019 - 2022
                "Reduced our bill from $31k to $17k. Clear write-ups, great communicator."
                $9,850.00
                """);
        assertThat(metricsWithBaselines(p)).containsExactly("17000.0 USD from 31000.0");
    }

    @Test
    void aBioTellsRolesInWrappedSentencesWithThePeriodBeforeOrLongAfter() throws Exception {
        ParsedProfile p = extract("""
                Speaker kit

                Long bio
                Mei-Ling Tan is Head of Developer Relations at Quillstack, the open-source vector search company, a role
                she has held since March 2023. She grew the community from 3,000 to 41,000 members.

                Before Quillstack, Mei-Ling spent three years (2020–2023) as a Senior Developer Advocate at Nimbus Data Cloud.

                She started her career as a backend engineer at Lattice Freight in Singapore (2015–2020), building Go
                services that handled 8 million shipment events a day.
                """);
        assertThat(roles(p)).containsExactly("Head of Developer Relations @ Quillstack 2023-03..null",
                "Senior Developer Advocate @ Nimbus Data Cloud 2020..2023", "Backend Engineer @ Lattice Freight 2015..2020");
        assertThat(metricsWithBaselines(p)).contains("41000.0 count from 3000.0", "8000000.0 count");
    }

    @Test
    void militaryUnitsAreTeamsAndADatedDeedStaysInItsRole() throws Exception {
        ParsedProfile p = extract("""
                Derek Calloway
                PROFESSIONAL EXPERIENCE
                Information Technology Specialist (25B), Sergeant (E-5)
                U.S. Army, 1st Battalion, 508th Parachute Infantry Regiment, Fort Bragg, NC          AUG 2015 – MAY 2019
                • Deployed to Afghanistan (2017–2018) as the battalion's senior network technician
                • Imaged and patched 850 laptops
                • Promoted to Sergeant (2017)
                """);
        assertThat(p.getExperiences()).hasSize(1);
        ExperienceRecord e = p.getExperiences().get(0);
        assertThat(e.getCompany() + " / " + e.getTeam() + " / " + e.getLocation() + " / " + e.getTitle())
                .isEqualTo("U.S. Army / 1st Battalion, 508th Parachute Infantry Regiment / Fort Bragg, NC"
                        + " / Information Technology Specialist");
    }

    @Test
    void aRecruitersNoteOnThePackageIsNoMetric() throws Exception {
        ParsedProfile p = extract("""
                Hi all, please see the CV of Seun Adeyemi. Current package ~£92k + 10% bonus.
                EXPERIENCE
                DevOps Engineer, Harrowgate Digital Ltd, York, 2018 - 2021
                - Cut average build time by 63%
                """);
        assertThat(metricsWithBaselines(p)).containsExactly("63.0 percent");
    }

    @Test
    void foundationsAndWebVitalsAreNoSkillsAndTritonKernelsAreNotTheInferenceServer() throws Exception {
        ParsedProfile p = extract("""
                Nadia Belhaj
                Summary
                Cut Largest Contentful Paint by 40%. Certified by The Linux Foundation.
                Wrote hand-written Triton kernels and MLIR passes for the compiler team.
                Skills
                Contentful, Linux
                """);
        assertThat(skills(p)).contains("Contentful", "Linux", "OpenAI Triton", "MLIR").doesNotContain("Triton Inference Server");
        assertThat(p.getSkills()).filteredOn(s -> s.getName().equals("Contentful")).hasSize(1);
        assertThat(extract("Ana\nSummary\nCut Largest Contentful Paint. Certified by The Linux Foundation.\n").getSkills())
                .isEmpty();
    }

    @Test
    void aMarkdownRoleTableWithAHighlightsColumn() throws Exception {
        ParsedProfile p = extract("""
                # Jo Park
                ## Experience
                | Company | Role | Period | Highlights |
                |---|---|---|---|
                | Acme Corp | Senior Data Engineer | 2021 – Present | Cut warehouse cost by 30%; built Airflow DAGs |
                | Beta Ltd | Data Engineer | 2018 – 2021 | Migrated 120 jobs to dbt |
                """, "text/markdown");
        assertThat(roles(p)).containsExactly("Senior Data Engineer @ Acme Corp 2021..null", "Data Engineer @ Beta Ltd 2018..2021");
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("30.0 percent", "120.0 count");
        assertThat(p.getMetrics()).extracting(MetricRecord::getExperienceIndex).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void anAlignedPeriodTableUnderEachEmployerBlock() throws Exception {
        ParsedProfile p = extract("""
                Haruka Shimizu
                ■ Employment History

                ◆ Kitakaze Systems Co., Ltd. (April 2013 – March 2019)
                Business: system integration for regional banks
                Employees: 1,350

                Period            | Project and duties                                   | Position / team
                2013/04 – 2015/09 | Core banking batch renewal for a regional bank.      | Programmer
                                  | Migrated 420 COBOL batch jobs to Java 8.              | Team of 12
                2015/10 – 2019/03 | Web claims system for a non-life insurer.            | System Engineer
                                  | Reduced claim time from 14 days to 5 days.           |
                """);
        assertThat(roles(p)).containsExactly("Programmer @ Kitakaze Systems Co., Ltd. 2013-04..2015-09",
                "System Engineer @ Kitakaze Systems Co., Ltd. 2015-10..2019-03");
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("420.0 count", "432000.0 seconds from 1209600.0");
    }

    @Test
    void jobBoardRoleSkillsLinesButtonsBoardSeatsAndEarlierCareer() throws Exception {
        ParsedProfile p = extract("""
                Ana Souza
                Experience
                Data Scientist
                Veloz Mobility · Full-time
                Mar 2020 - Present · 4 yrs
                Cut forecast error from 18% to 9%
                Skills: PyTorch · Python · +5 skills
                …see more
                Analyst
                Sondagem Pesquisas · Full-time
                Jan 2017 - Feb 2020 · 3 yrs
                Show all 4 experiences →
                EARLIER CAREER
                Systems Analyst, Yadkin Valley Bank, Winston-Salem, NC (2008 – 2010)
                PIEDMONT MACHINE WORKS, INC., Hickory, NC — IT Project Manager (2005 – 2008)
                BOARD POSITIONS
                Non-executive Director — Forth Valley Credit Union          2019 – present
                """);
        assertThat(roles(p)).containsExactly("Data Scientist @ Veloz Mobility 2020-03..null",
                "Analyst @ Sondagem Pesquisas 2017-01..2020-02", "Systems Analyst @ Yadkin Valley Bank 2008..2010",
                "IT Project Manager @ PIEDMONT MACHINE WORKS, INC. 2005..2008");
        assertThat(p.getExperiences().get(3).getLocation()).isEqualTo("Hickory, NC");
        assertThat(skills(p)).contains("PyTorch", "Python");
    }

    @Test
    void firstPersonBiosRanksOfAFieldAndHouseNumbers() throws Exception {
        ParsedProfile p = extract("""
                Hi, I'm Tomás Echeverría. I have been an Android engineer at Pangea Health since 2019.
                There I cut crash rates by 60%. Before that I placed 3rd of 140 teams at a national hackathon.
                4418 Larkspur Ct, Overland Park, KS 66212
                """);
        assertThat(p.getName()).isEqualTo("Tomás Echeverría");
        assertThat(roles(p)).containsExactly("Android Engineer @ Pangea Health 2019..null");
        assertThat(metricsWithBaselines(p)).containsExactly("60.0 percent");
    }

    @Test
    void microsecondsMergesIntoAndBadgeImages() throws Exception {
        ParsedProfile p = extract("""
                # Nadia Haddad
                ### Tech stack
                ![Rust](https://img.shields.io/badge/Rust-000000?style=for-the-badge)
                ![screenshot](https://example.test/shot.png)
                ### GitHub stats
                ## Experience
                ### Byblos Soft
                **Software Engineer** · 2017 – 2019
                - Trading gateway: tick-to-trade 1.2 ms → 180 µs
                - Reporting: consolidated 212 charts into 35
                - Learning io_uring
                """, "text/markdown");
        assertThat(metricsWithBaselines(p)).contains("1.8E-4 seconds from 0.0012", "35.0 count from 212.0");
        assertThat(skills(p)).contains("Rust", "io_uring").doesNotContain("GitHub");
    }

    @Test
    void linkedInPlacesUnderDatesWrappedTitlesAndTitlesUnderDatedEmployerLines() throws Exception {
        ParsedProfile p = extract("""
                Jonas Åkerfeldt
                Experience
                Brightwater Games
                5 years 1 month
                Frontend Engineering Lead, Design Systems &
                Accessibility
                March 2023 - Present (1 year 11 months)
                Malmö, Skåne County, Sweden
                Senior Site Reliability Engineer
                February 2020 - February 2023 (3 years 1 month)
                Malmö, Skåne County, Sweden
                Heartland Grain Cooperative	Salina, KS			Jun 2015 – Feb 2019
                Business Intelligence Analyst
                • Cut month-end close reporting from 9 days to 3 days.
                """);
        assertThat(roles(p)).containsExactly(
                "Frontend Engineering Lead, Design Systems & Accessibility @ Brightwater Games 2023-03..null",
                "Senior Site Reliability Engineer @ Brightwater Games 2020-02..2023-02",
                "Business Intelligence Analyst @ Heartland Grain Cooperative 2015-06..2019-02");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getLocation)
                .containsExactly("Malmö, Skåne County, Sweden", "Malmö, Skåne County, Sweden", "Salina, KS");
    }

    @Test
    void aDateColumnOnTheLeftWithWrappedDescriptionsAndASingleYear() throws Exception {
        ParsedProfile p = extract("""
                Aroha Ngata
                EXPERIENCE
                2016 – 2019       Firmware Engineer, Kea Avionics Ltd, Hamilton
                                  C and FreeRTOS; reduced power draw by 35%. Software certified to DO-178C
                                  level C.
                2014 – 2016       Graduate Software Engineer, Tasman Telecom, Wellington
                2013              Summer Research Intern, University of Canterbury Robotics Lab
                08/2013 – 02/2016       IT Specialist, System Integration
                                        Kölsch IT-Service GmbH & Co. KG, Bergisch Gladbach
                """);
        assertThat(roles(p)).containsExactly("Firmware Engineer @ Kea Avionics Ltd 2016..2019",
                "Graduate Software Engineer @ Tasman Telecom 2014..2016",
                "Summer Research Intern @ University of Canterbury Robotics Lab 2013..2013",
                "IT Specialist, System Integration @ Kölsch IT-Service GmbH & Co. KG 2013-08..2016-02");
    }

    @Test
    void twoDigitYearRangesResultsWithAPeriodAndBoldImpactLabels() throws Exception {
        ParsedProfile p = extract("""
                Ana Ruiz
                Experience
                Senior Engineer — Acme Corp, Austin, TX (04/21 – present)
                - Billing service availability 99.9% → 99.99% across 2019–2020.
                **Impact**
                - Made month-end report generation 10-fold faster
                Engineer — Beta Inc, Austin, TX (09/17 – 03/21)
                - Mentoring 4 engineers; led hiring loops. Rated 9/10 by peers.
                """);
        assertThat(roles(p)).containsExactly("Senior Engineer @ Acme Corp 2021-04..null",
                "Engineer @ Beta Inc 2017-09..2021-03");
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("99.99 percent from 99.9", "10.0 multiplier", "4.0 count");
        assertThat(p.getContact().getAddresses()).isEmpty();
    }

    @Test
    void frenchAndSpanishFactorsPeriodsAndScaledEuros() throws Exception {
        ParsedProfile p = extract("""
                Léa Martin
                12 rue des Olivettes, 44000 Nantes
                Expérience
                Arquitecta de Software — Tramontana Pagos S.L., 2019 - 2022
                - 2 M€ d'économies, temps de build divisé par 3
                - picos de 12.000 peticiones por segundo
                - Multiplicamos por 4 el rendimiento
                - Built payment rails in 40% less time
                """);
        assertThat(roles(p)).containsExactly("Arquitecta de Software @ Tramontana Pagos S.L. 2019..2022");
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("2000000.0 EUR", "3.0 multiplier", "12000.0 count",
                "4.0 multiplier", "40.0 percent");
        assertThat(p.getMetrics()).filteredOn(m -> m.getValue() == 12000.0).extracting(MetricRecord::getPer)
                .containsExactly("second");
        assertThat(skills(p)).doesNotContain("Ruby on Rails", "LeSS");
    }

    @Test
    void bioRolesJoinedInAMonthOrUntilEarlyYearAndANameOverTwoCapitalLines() throws Exception {
        ParsedProfile p = extract("""
                Speaker bio
                Dr. Amara Reyes is Vice President of Engineering at Halcyon Freight, the Lisbon-based logistics
                marketplace she joined in March 2021. Prior to Halcyon she spent four years as Director of Platform
                Engineering at Corvid Maps in Amsterdam (2017 until early 2021).
                """);
        assertThat(roles(p)).containsExactly("Vice President of Engineering @ Halcyon Freight 2021-03..null",
                "Director of Platform Engineering @ Corvid Maps 2017..2021");
        assertThat(extract("DARIUSZ\nOMONDI-KELLER\nSalesforce developer\n").getName())
                .isEqualTo("DARIUSZ OMONDI-KELLER");
    }

    @Test
    void hoursOfPeopleAreDurations() throws Exception {
        ParsedProfile p = extract("""
                Ana Ruiz
                Experience
                Engineer, Acme SA, 2019 - 2022
                - Automated weekly reports, freeing about 25 analyst hours per week
                - saving 1,200 staff hours annually
                """);
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("90000.0 seconds", "4320000.0 seconds");
    }

    @Test
    void aBeforeAfterTableGivesOneChangePerRow() throws Exception {
        ParsedProfile p = extract("""
                # Kofi Mensah
                ## Experience
                **Hubtel** · Accra
                _Senior DevOps Engineer_, Mar 2022 – Present
                | Metric | Before | After |
                |---|---|---|
                | MTTR | 3 h | 25 min |
                | Change failure rate | 18% | 6% |
                **mPharma** · Accra
                _DevOps Engineer_, Jun 2019 – Feb 2022
                """, "text/markdown");
        assertThat(metricsWithBaselines(p)).containsExactlyInAnyOrder("1500.0 seconds from 10800.0", "6.0 percent from 18.0");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getCompany).containsExactly("Hubtel", "mPharma");
    }

    @Test
    void aCareerTimelineWithHalfYearsQuartersAndSeasons() throws Exception {
        ParsedProfile p = extract("""
                Inés Varga
                Product Designer · Lyon

                CAREER TIMELINE

                H1 2023 – today
                Design Engineer · Brumelight (energy SaaS) · Lyon
                  – Built the design system: 90 components.

                Q2 2020 – Q4 2022
                Product Designer · Tessera Pay · Remote

                Summer 2019
                UX Intern · Rhône Transit · Lyon
                """);
        assertThat(roles(p)).containsExactly("Design Engineer @ Brumelight 2023-01..null",
                "Product Designer @ Tessera Pay 2020-04..2022-12", "UX Intern @ Rhône Transit 2019-06..2019-06");
    }

    @Test
    void aOneLineListOfTechnologiesDoesNotSwallowTheParagraphAfterIt() throws Exception {
        ParsedProfile p = extract("""
                Location: Tbilisi, Georgia
                Technologies: Rust, PostgreSQL, Kafka
                Email: someone@example.com
                Backend engineer, 9 yrs. Rewrote the ingest path, 3k → 21k TPS with p99 under 12 ms. Cut the cloud bill by 28% with partitioning.
                """);
        assertThat(metricsWithBaselines(p)).contains("21000.0 count from 3000.0", "28.0 percent");
        assertThat(skills(p)).contains("Rust", "PostgreSQL", "Apache Kafka");
    }

    @Test
    void aBulletWithoutDigitsButWithAForeignHalvingVerbGivesItsFigure() throws Exception {
        ParsedProfile p = extract("""
                Davide Rossi
                ESPERIENZE PROFESSIONALI
                LANGHE DATI S.P.A. — Bra | Set 2014 – Dic 2018
                Analista Programmatore
                     • Dimezzati i tempi di rilascio grazie a pipeline Jenkins.
                """);
        assertThat(metricsWithBaselines(p)).containsExactly("50.0 percent");
    }

    @Test
    void skillsFromALayoutTableCellAndEuropassRowsButNotFromASeason() throws Exception {
        ParsedProfile table = extract("""
                Hiro Tanaka-Wells
                Summary | Twenty years of web applications for banks and state agencies.
                Skills | Perl, Django, Subversion, jQuery
                Education | B.S. Computer Science, Fall 2013 – Spring 2017
                """);
        assertThat(skills(table)).contains("Perl", "Django", "Subversion", "jQuery").doesNotContain("Spring");
        ParsedProfile europass = extract("""
                Radu Pop
                Education and training
                Dates                               2010 - 2012
                Title of qualification awarded      Master of Science in Embedded Systems
                Personal skills and competences
                Technical skills and                FreeRTOS, Vector CANoe, Lauterbach TRACE32
                competences
                Computer skills and competences     MATLAB/Simulink, Enterprise Architect
                """);
        assertThat(skills(europass)).contains("FreeRTOS", "MATLAB", "Simulink");
    }

    @Test
    void anAtsJsonExportIsReadThroughItsPersonAndRoleArrays() throws Exception {
        ParsedProfile lever = extract("""
                {"data": {"name": "Hedda Lindqvist", "emails": ["hedda@example.test"], "location": "Gothenburg, Sweden",
                  "owner": {"name": "Jonna Recruiter", "email": "jonna@agency.example"},
                  "tags": ["Kotlin", "Referral"],
                  "applications": [{"posting": {"text": "Senior Backend Engineer, Payments"}}],
                  "resume": {"parsedData": {
                    "positions": [
                      {"org": "Nordfrakt AB", "title": "Senior Backend Engineer",
                       "summary": "Cut booking confirmation from 6 hours to 90 seconds with Kafka.",
                       "start": {"year": 2021, "month": 4}, "end": null},
                      {"org": "Kardemumma Health", "title": "Backend Engineer",
                       "start": {"year": 2018, "month": 2}, "end": {"year": 2021, "month": 3}}],
                    "schools": [{"org": "Göta Institute", "degree": "MSc", "start": {"year": 2013}, "end": {"year": 2015}}]}}}}
                """, "application/json");
        assertThat(lever.getName()).isEqualTo("Hedda Lindqvist");
        assertThat(roles(lever)).containsExactly("Senior Backend Engineer @ Nordfrakt AB 2021-04..null",
                "Backend Engineer @ Kardemumma Health 2018-02..2021-03");
        assertThat(metricsWithBaselines(lever)).contains("90.0 seconds from 21600.0");
        ParsedProfile greenhouse = extract("""
                {"candidate": {"first_name": "Ana", "last_name": "Ferreira", "phone_numbers": [{"value": "+351 910 000 000"}],
                  "email_addresses": [{"value": "ana@example.test"}],
                  "employments": [{"company_name": "Lusodados", "title": "Data Engineer",
                                   "start_date": 1483228800000, "end_date": 1617235200000}]}}
                """, "application/json");
        assertThat(greenhouse.getName()).isEqualTo("Ana Ferreira");
        assertThat(roles(greenhouse)).containsExactly("Data Engineer @ Lusodados 2017-01..2021-04");
    }

    @Test
    void cardsWithTechChipsGluedInTheMarkupKeepTheirEmployers() throws Exception {
        ParsedProfile p = extract("""
                <html><body><main><h2>Where I've worked</h2>
                <div class="c1"><div class="c2">Brisa Labs</div><div class="c3">Senior Frontend Engineer</div>
                <div><time>Sep 2021</time><span> — </span><time>Now</time><span>·Remote</span></div>
                <ul><li>Cut the bundle from 310 KB to 95 KB.</li></ul>
                <div><span class="x">React</span><span class="x">TypeScript</span><span class="x">Storybook</span><span class="x">Playwright</span></div></div>
                <div class="c1"><div class="c2">Tasca Norte</div><div class="c3">Frontend Engineer</div>
                <div><time>Mar 2018</time><span> — </span><time>Aug 2021</time></div>
                <div><span class="x">React</span><span class="x">Redux</span><span class="x">Jest</span><span class="x">PHP</span></div></div>
                </main></body></html>
                """, "text/html");
        assertThat(roles(p)).containsExactly("Senior Frontend Engineer @ Brisa Labs 2021-09..null",
                "Frontend Engineer @ Tasca Norte 2018-03..2021-08");
        assertThat(skills(p)).contains("TypeScript", "Playwright", "PHP");
    }

    @Test
    void aMarkdownRoleTableWithBulletsAndLineBreaksInsideItsCells() throws Exception {
        ParsedProfile p = extract("""
                # Kasia Nowak
                ## Experience
                | Period | Employer | Role | Key results |
                |:-------|:---------|:-----|:------------|
                | 2022-07 –<br>today | **Wisła Payments S.A.**<br>Kraków | Staff Backend Engineer | • Led the move to Go<br>• Authorisation p99 from 900 ms to 180 ms |
                | 2014-10 –<br>2017-08 | **Odra Soft**<br>Wrocław | Junior PHP Developer<br>*(then PHP Developer from 2016)* | • Page load from 3.4 s to 1.1 s |
                """, "text/markdown");
        assertThat(p.getExperiences()).extracting(e -> e.getCompany() + " / " + e.getLocation() + " / " + e.getTitle()
                + " / " + e.getStartDate() + ".." + e.getEndDate()).containsExactly(
                "Wisła Payments S.A. / Kraków / Staff Backend Engineer / 2022-07..null",
                "Odra Soft / Wrocław / Junior PHP Developer / 2014-10..2017-08");
        assertThat(metricsWithBaselines(p)).contains("0.18 seconds from 0.9", "1.1 seconds from 3.4");
    }

    @Test
    void aDegreeAtASchoolInATimelineOfJobsIsNoRole() throws Exception {
        ParsedProfile p = extract("""
                Rhiannon Vale
                Experience
                Senior Web Developer
                Severn Digital · Gloucester
                Mar 2019 – Present
                BSc (Hons) Web Design & Development
                University of the Severn Vale · Gloucester
                Sep 2011 – Jun 2014
                """);
        assertThat(roles(p)).containsExactly("Senior Web Developer @ Severn Digital 2019-03..null");
    }

    @Test
    void aPromotionLineStartsATitleThatLastsUntilTheNewerOne() throws Exception {
        ParsedProfile p = extract("""
                Rafael Ibarra
                EXPERIENCE
                Summitry Cloud — Denver, CO                   2021 – Present
                Promoted to Staff Engineer, March 2022
                  * Tech lead for the ingestion tier
                Senior Software Engineer, July 2021 – March 2022
                  * Moved 28 services onto Kubernetes
                Trailhead Metrics — Boulder, CO               2013 – 2021
                Promoted to Senior Software Engineer (April 2018)
                  * Built the rollup layer
                Software Engineer, September 2013 – March 2018
                  * Built the first alerting service
                EARLIER
                Data Analyst, Tamarack Data Systems, Fort Collins, CO — 06/2011 – 08/2013
                """);
        assertThat(roles(p)).containsExactly("Staff Engineer @ Summitry Cloud 2022-03..null",
                "Senior Software Engineer @ Summitry Cloud 2021-07..2022-03",
                "Senior Software Engineer @ Trailhead Metrics 2018-04..2021",
                "Software Engineer @ Trailhead Metrics 2013-09..2018-03",
                "Data Analyst @ Tamarack Data Systems 2011-06..2013-08");
    }

    @Test
    void aPromotionUnderItsOwnEmployerLineTakesNoEndFromAnotherEmployer() throws Exception {
        ParsedProfile p = extract("""
                Experience
                Senior Engineer, Borealis Analytics, 2015 – 2018
                  * Built the reporting API
                Acme Corp, Berlin
                Promoted to Lead Engineer, May 2021
                  * Led the platform team
                """);
        assertThat(roles(p)).containsExactly("Senior Engineer @ Borealis Analytics 2015..2018",
                "Lead Engineer @ Acme Corp 2021-05..null");
    }

    @Test
    void theWrappedEndOfABulletIsNoHeaderOfTheNextRole() throws Exception {
        ParsedProfile p = extract("""
                Derek Holloway
                EXPERIENCE
                Senior Software Engineer, Cobaltline Payments, Austin, TX          Jun 2017 - Aug 2020
                  - Saved $400K per year in third-party fees by bringing tax
                calculation in-house
                  - Led the migration of the billing stack to the cloud, with
                Terraform and Azure DevOps

                Software Engineer, Harbor & Pine Insurance, Dallas, TX             Jan 2014 - May 2017
                  - Rebuilt invoicing on Kafka and gRPC
                """);
        assertThat(roles(p)).containsExactly("Senior Software Engineer @ Cobaltline Payments 2017-06..2020-08",
                "Software Engineer @ Harbor & Pine Insurance 2014-01..2017-05");
        assertThat(p.getExperiences().get(0).getDescription()).contains(
                "Saved $400K per year in third-party fees by bringing tax calculation in-house");
    }

    @Test
    void clientLinesWithTheirYearsUnderAConsultantsRoleAreNoRoles() throws Exception {
        ParsedProfile p = extract("""
                EXPERIENCE
                Independent Consultant, 2018 – present
                Brandvold Analytics, Oslo
                Selected clients
                  Fjellstrøm Retail (2023–2024) — rebuilt the sales data mart in dbt on Snowflake;
                  Kvitfjell Energi (2021–2022) — demand forecasting with LightGBM; forecast error down 17%.
                Head of Business Intelligence — Nordlandsbanken ASA, Bodø
                Feb 2013 – Jun 2018
                  • Led a team of 7 BI developers.
                """);
        assertThat(roles(p)).containsExactly("Independent Consultant @ Brandvold Analytics 2018..null",
                "Head of Business Intelligence @ Nordlandsbanken ASA 2013-02..2018-06");
        assertThat(metrics(p)).contains("17.0 percent");
    }

    @Test
    void russianDatesHeadingsTitlesAndTheHhRuBlock() throws Exception {
        ParsedProfile p = extract("""
                Смирнова Екатерина Андреевна

                Опыт работы — 9 лет 3 месяца

                Январь 2020 — по настоящее время
                4 года 8 месяцев
                ООО «Северный Маршрут»
                Москва, severmarshrut.example
                Информационные технологии, системная интеграция, интернет
                •  Разработка программного обеспечения
                Ведущий backend-разработчик
                — Перевели монолит на микросервисы на Go.

                Март 2016 — Декабрь 2019
                Разработчик Python, АО «Уралтехсофт», Екатеринбург
                — Писал сервисы на Django.

                Образование
                2012
                Уральский федеральный университет, Екатеринбург
                """);
        assertThat(roles(p)).containsExactly("Ведущий backend-разработчик @ ООО «Северный Маршрут» 2020-01..null",
                "Разработчик Python @ АО «Уралтехсофт» 2016-03..2019-12");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getLocation).containsExactly("Москва",
                "Екатеринбург");
    }

    @Test
    void aHeaderWrappedBeforeItsPlaceAndAWrappedTechListStayWhole() throws Exception {
        ParsedProfile p = extract("""
                EXPERIENCE
                Engineering Manager, Payments Platform — Kaveri Fintech Pvt. Ltd.,
                Bengaluru
                Jan 2021 – Present
                - Grew the payments org from 7 to 19 engineers (ticket
                OPS-4471 for the hiring plan)
                Technologies: Python, Apache Flink, Apache Kafka, Snowflake, dbt,
                Terraform, Amazon Web Services (AWS)

                Senior Data Engineer
                2017 - 2021
                Beira Retail Group
                - Migrated 14 years of sales history to Snowflake
                """);
        assertThat(roles(p)).containsExactly("Engineering Manager, Payments Platform @ Kaveri Fintech Pvt. Ltd. 2021-01..null",
                "Senior Data Engineer @ Beira Retail Group 2017..2021");
        assertThat(skills(p)).contains("Terraform", "AWS");
    }

    @Test
    void linkedInPositionsKeepTheirWrappedAndCommaTitlesUnderTheirCompany() throws Exception {
        ParsedProfile p = extract("""
                Experience
                Fenwick Ledger
                5 yrs 1 mo
                Principal Engineer, Reliability & Developer Platform (Payments
                Infrastructure Group)
                Mar 2023 - Present (1 yr 6 mos)
                Leeds, England, United Kingdom
                Technical lead for 4 platform teams (23 engineers).
                Staff Site Reliability Engineer, Core Banking Platform and Incident
                Response
                Apr 2021 - Feb 2023 (1 yr 11 mos)
                Leeds, England, United Kingdom
                Designed the incident-response process.
                Senior Site Reliability Engineer
                Aug 2019 - Mar 2021 (1 yr 8 mos)
                Built the SLO tooling on Prometheus.
                """);
        assertThat(roles(p)).containsExactly(
                "Principal Engineer, Reliability & Developer Platform @ Fenwick Ledger 2023-03..null",
                "Staff Site Reliability Engineer, Core Banking Platform and Incident Response @ Fenwick Ledger 2021-04..2023-02",
                "Senior Site Reliability Engineer @ Fenwick Ledger 2019-08..2021-03");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getLocation)
                .containsExactly("Leeds, England, United Kingdom", "Leeds, England, United Kingdom", null);
    }
}
