package io.profileflow.extract.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricExtractorTest {

    private static final MetricExtractor EXTRACTOR = new MetricExtractor();

    /** Each clause yields exactly one metric; columns: clause, value, unit, per, baseline (empty = null). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Grew the partner network to 1,200 resellers                          | 1200        | count      |        |
            Reduced checkout errors by 1.5%                                      | 1.5         | percent    |        |
            Onboarded 100K merchants across Brazil                               | 100000      | count      |        |
            Ingested 2.5M sensor readings                                        | 2500000     | count      |        |
            Indexed 3B documents for the search tier                             | 3e9         | count      |        |
            Served 2 million learners on the quiz platform                       | 2000000     | count      |        |
            Processed 1.2 billion ledger entries                                 | 1.2e9       | count      |        |
            Grew the community to ten thousand members                           | 10000       | count      |        |
            Raised 10 lakh rupees for the school fund                            | 1000000     | INR        |        |
            Closed deals worth 2.5 crore rupees                                  | 25000000    | INR        |        |
            Generated 12 lakhs INR in new bookings                               | 1200000     | INR        |        |
            Supported 1.2k tenants on the shared cluster                         | 1200        | count      |        |
            Negotiated a $1.2MM vendor renewal                                   | 1200000     | USD        |        |
            Shipped a dozen microservices for the billing team                   | 12          | count      |        |
            Trimmed deploy time by three minutes                                 | 180         | seconds    |        |
            Improved match quality by 30%                                        | 30          | percent    |        |
            Lifted retention by 30 %                                             | 30          | percent    |        |
            Increased trial conversion 30 percent                                | 30          | percent    |        |
            Kept the ledger API at 99.999% uptime                                | 99.999      | percent    |        |
            Support tickets down 65% after the redesign                          | 65          | percent    |        |
            Query volume up 3x after the launch                                  | 3           | multiplier |        |
            Secured $2 million in seed funding                                   | 2000000     | USD        |        |
            Cut vendor spend by $340K                                            | 340000      | USD        |        |
            Managed a USD 1.2M cloud budget                                      | 1200000     | USD        |        |
            Landed €50k in EU grants                                             | 50000       | EUR        |        |
            Recovered ₹12 lakh in failed payouts                                 | 1200000     | INR        |        |
            Secured INR 2 crore in annual contracts                              | 20000000    | INR        | year   |
            Won a £3m framework agreement                                        | 3000000     | GBP        |        |
            Drove $120K/mo in upsell revenue                                     | 120000      | USD        | month  |
            Delivered $2M annual savings through rightsizing                     | 2000000     | USD        | year   |
            Saved $1.5M annually on licences                                     | 1500000     | USD        | year   |
            Trimmed $400K per year from hosting                                  | 400000      | USD        | year   |
            Cut $90K/yr of idle compute                                          | 90000       | USD        | year   |
            Grew the product to $5M ARR                                          | 5000000     | USD        | year   |
            Won a A$2M state contract                                            | 2000000     | AUD        |        |
            Billed C$300K in consulting work                                     | 300000      | CAD        |        |
            Closed S$1.5M of enterprise deals                                    | 1500000     | SGD        |        |
            Generated Rs. 5 crore in revenue                                     | 50000000    | INR        |        |
            Reduced p95 latency by 250ms                                         | 0.25        | seconds    |        |
            Brought render time down to 40 milliseconds                          | 0.04        | seconds    |        |
            Cut cold start to 3 s                                                | 3           | seconds    |        |
            Cut cold start to 3s                                                 | 3           | seconds    |        |
            Trimmed sync time to 2 sec                                           | 2           | seconds    |        |
            Shortened the audit job to 20 min                                    | 1200        | seconds    |        |
            Shortened the audit job to 20 minutes                                | 1200        | seconds    |        |
            Rebuilt the report in 2h instead of a day                            | 7200        | seconds    |        |
            Shipped landing pages in 2 days instead of 3 weeks                   | 172800      | seconds    |        | 1814400
            Served the catalogue in 40 ms vs. 300 ms before                      | 0.04        | seconds    |        | 0.3
            Closed the books in 4 days rather than 10 days                       | 345600      | seconds    |        | 864000
            Rewrote the ingest path, 3k → 21k TPS                                | 21000       | count      | second | 3000
            Merchant NPS 31 → 49 after the redesign                              | 49          | count      |        | 31
            Improved fraud recall 3× at the same false-positive rate             | 3           | multiplier |        |
            Set up single sign-on for 1,100 employees                            | 1100        | count      |        |
            Cut log storage costs by a third                                     | 33.3        | percent    |        |
            Reduced mis-picks by two thirds                                      | 66.7        | percent    |        |
            Reduced churn by half with a new onboarding                          | 50          | percent    |        |
            Improved query speed by an order of magnitude                        | 10          | multiplier |        |
            Shop conversion x3 after the redesign                                | 3           | multiplier |        |
            Grew from 120,000 to 1.4 million active users                        | 1400000     | count      |        | 120000
            Shipped builds in 2018.07-2021.02 at 3x the pace                     | 3           | multiplier |        |
            Reduced reconciliation to 3 hrs                                      | 10800       | seconds    |        |
            Reduced release cycle from 6 weeks to 2 weeks                        | 1209600     | seconds    |        | 3628800
            Cut month-end close from 10 days to 4 days                           | 345600      | seconds    |        | 864000
            Reduced the nightly export from 5 hours to 45 minutes                | 2700        | seconds    |        | 18000
            Reduced the nightly export from over 5 hours to under 45 minutes     | 2700        | seconds    |        | 18000
            Reduced build time from >8 mins to under 1.5 mins                    | 90          | seconds    |        | 480
            Archived 40 TB of invoices to cold storage                           | 4e13        | bytes      |        |
            Shrank the image to 300MB                                            | 3e8         | bytes      |        |
            Compressed 2.5 GB nightly dumps                                      | 2.5e9       | bytes      | day    |
            Streamed 1.5 PB of telemetry                                         | 1.5e15      | bytes      |        |
            Sustained 100K QPS on the pricing API                                | 100000      | count      | second |
            Handled 70 qps at peak                                               | 70          | count      | second |
            Scaled ingestion to 5K RPS                                           | 5000        | count      | second |
            Processed 800 TPS of card payments                                   | 800         | count      | second |
            Served 20K req/s from the edge cache                                 | 20000       | count      | second |
            Handled 3,000 requests per second at launch                          | 3000        | count      | second |
            Pushed 600 notifications/sec                                         | 600         | count      | second |
            Ran 40 builds per minute on the CI fleet                             | 40          | count      | minute |
            Delivered 4M events/day into the warehouse                           | 4000000     | count      | day    |
            Processed 2 million messages daily                                   | 2000000     | count      | day    |
            Shipped 25 deploys a day                                             | 25          | count      | day    |
            Handled 9M API calls per month                                       | 9000000     | count      | month  |
            Published 300 builds weekly                                          | 300         | count      | week   |
            Processed 1.6 million claims in an hour                              | 1600000     | count      | hour   |
            Made the parser 10x faster                                           | 10          | multiplier |        |
            Made the parser 10X faster                                           | 10          | multiplier |        |
            Grew signups 10-fold                                                 | 10          | multiplier |        |
            Grew signups 10 fold in a year                                       | 10          | multiplier |        |
            Made indexing 3 times faster                                         | 3           | multiplier |        |
            Halved the on-call pages                                             | 50          | percent    |        |
            Grew MAU from 120k to 1.1M.                                          | 1100000     | count      |        | 120000
            Increased throughput by a factor of 4.                               | 4           | multiplier |        |
            Doubled checkout throughput                                          | 2           | multiplier |        |
            Tripled weekly active teams                                          | 3           | multiplier |        |
            Achieved a 500% reduction in storage reads                           | 500         | percent    |        |
            Scaled the data team from 3 to 30 members                            | 30          | count      |        | 3
            Operated 50+ microservices                                           | 50          | count      |        |
            Onboarded 1,000+ customers                                           | 1000        | count      |        |
            Improved accuracy from 92% to 98%                                    | 98          | percent    |        | 92
            Lifted cache hit rate from 40% → 85%                                 | 85          | percent    |        | 40
            Cut p99 latency 900ms -> 150ms                                       | 0.15        | seconds    |        | 0.9
            Cut p99 latency 900ms – 150ms                                        | 0.15        | seconds    |        | 0.9
            Cut p99 latency 900ms → 150ms                                        | 0.15        | seconds    |        | 0.9
            Raised throughput from 2 to 10 million rows per day                  | 1e7         | count      | day    | 2e6
            Scaled throughput from 10-12 QPS to 50 QPS                           | 50          | count      | second | 12
            Handled 10-12 QPS on a single node                                   | 12          | count      | second |
            Handled 10 to 12 QPS on a single node                                | 12          | count      | second |
            Reduced error rates by 5-10%                                         | 10          | percent    |        |
            Raised a $1-2M bridge round                                          | 2000000     | USD        |        |
            Cleared a backlog of 12,34,567 records                               | 1234567     | count      |        |
            Reduced latency -250 ms                                              | 0.25        | seconds    |        |
            Improved **conversion** by **\\$340K** per quarter of work           | 340000      | USD        |        |
            Cut render time by 1.2 seconds                                       | 1.2         | seconds    |        |
            """)
    void readsOneMetric(String clause, double value, String unit, String per, Double baseline) {
        assertOneMetric(clause, value, unit, per, baseline);
    }

    /** German, Spanish, Portuguese and French forms: von/del/de X auf/al/à Y, decimal commas, local units. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Antwortzeit von 3 Stunden auf 15 Minuten gesenkt                     | 900         | seconds    |        | 10800
            Buildzeit von 12 Minuten auf 90 Sekunden verkürzt                    | 90          | seconds    |        | 720
            Lieferzeit von 4 Wochen auf 5 Tage reduziert                         | 432000      | seconds    |        | 2419200
            Fehlerquote um 30 % gesenkt                                          | 30          | percent    |        |
            Importlauf von 2,5 Stunden auf 20 Minuten verkürzt                   | 1200        | seconds    |        | 9000
            Ahorro de 6 horas semanales en conciliaciones                        | 21600       | seconds    | week   |
            Liberó 20 horas mensuales del equipo de soporte                      | 72000       | seconds    | month  |
            Ahorro de 12 días al año en cierres contables                        | 1036800     | seconds    | year   |
            Redujo la tasa de abandono del 7,5 % al 4,2 %                        | 4.2         | percent    |        | 7.5
            Taux d'erreur réduit de 6,3 % à 2,8 %                                | 2.8         | percent    |        | 6.3
            Gain de 15 heures par mois pour l'équipe comptable                   | 54000       | seconds    | month  |
            Reduziu custos em R$ 120 mil por mês                                 | 120000      | BRL        | month  |
            Faturou R$ 2,5 milhões em contratos novos                            | 2500000     | BRL        |        |
            Cut courier spend by R$ 40 mil                                       | 40000       | BRL        |        |
            Raised $2 mil in seed funding                                        | 2000000     | USD        |        |
            Verlaagde de doorlooptijd van 6 uur naar 40 minuten                  | 2400        | seconds    |        | 21600
            Bespaarde € 310.000 per jaar aan cloudkosten                         | 310000      | EUR        | year   |
            Bouwde het meetplatform voor 2.400 windturbines                      | 2400        | count      |        |
            Tempi di risposta ridotti da 450 ms a 180 ms                         | 0.18        | seconds    |        | 0.45
            Gestione di 1,2 milioni di transazioni al giorno                     | 1200000     | count      | day    |
            Einsparungen von 500.000 € pro Jahr erzielt                          | 500000      | EUR        | year   |
            Reduzi o tempo de resposta de 900 ms para 150 ms                     | 0.15        | seconds    |        | 0.9
            Processamos 3 milhões de transações por dia                          | 3000000     | count      | day    |
            Umsatz um 1,2 Mio. € gesteigert                                      | 1200000     | EUR        |        |
            Économies de 45 000 € par an                                         | 45000       | EUR        | year   |
            Saved 45 000 EUR per year                                            | 45000       | EUR        | year   |
            Betriebskosten um CHF 380'000 pro Jahr gesenkt                       | 380000      | CHF        | year   |
            Bracht het aantal storingen terug van 12 naar 2                      | 2           | count      |        | 12
            Poupança de 180 mil € por ano em licenças                            | 180000      | EUR        | year   |
            Portal com 40 mil utilizadores registados                            | 40000       | count      |        |
            Dimezzati i tempi di rilascio grazie a Jenkins                       | 50          | percent    |        |
            Umsatz im Onlineshop verdoppelt                                      | 2           | multiplier |        |
            Время ответа API сократилось с 800 мс до 120 мс                      | 0.12        | seconds    |        | 0.8
            Ускорили формирование отчётов с 4 часов до 20 минут                  | 1200        | seconds    |        | 14400
            Внедрили Kafka для обработки 15 млн событий в сутки                  | 15000000    | count      | day    |
            Сэкономили 350 000 руб. в год                                        | 350000      | RUB        | year   |
            """)
    void readsForeignForms(String clause, double value, String unit, String per, Double baseline) {
        assertOneMetric(clause, value, unit, per, baseline);
    }

    /** Any ISO 4217 code before an amount, points of a rate, and a change whose noun follows the first number. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Secured SEK 2.5M in grant funding                                    | 2500000     | SEK        |        |
            Saved CHF 300k on licences                                           | 300000      | CHF        |        |
            Closed NOK 12 million in renewals                                    | 12000000    | NOK        |        |
            Generated ZAR 4.5M in new revenue                                    | 4500000     | ZAR        |        |
            Cut hosting by PLN 80k per year                                      | 80000       | PLN        | year   |
            Lifted gross margin by 2.5 points                                    | 2.5         | percent    |        |
            Improved retention by 4 percentage points                            | 4           | percent    |        |
            Raised the conversion rate 1.5 pp                                    | 1.5         | percent    |        |
            Consolidated from 120 databases to 45                                | 45          | count      |        | 120
            Grew the team from 12 engineers to 40                                | 40          | count      |        | 12
            Quiz completion went from 35 to 80 after the redesign                | 80          | count      |        | 35
            Reduced implementation shortfall by 40 bps                           | 0.4         | percent    |        |
            Returns due to wrong items fell 120 basis points                     | 1.2         | percent    |        |
            Cut MTTR from 3 h 10 min to 22 min                                   | 1320        | seconds    |        | 11400
            Brought the build down from 1 hour and 20 minutes to 35 minutes      | 2100        | seconds    |        | 4800
            Failover now completes in 2 min 30 s                                 | 150         | seconds    |        |
            Cut RFP response time from 10 business days to 3                     | 259200      | seconds    |        | 864000
            Brought p99 latency to 180 ms (from 1.1 s)                           | 0.18        | seconds    |        | 1.1
            Grew the team to 12 engineers from 4                                 | 12          | count      |        | 4
            Revenue reached $5M, up from $2M                                     | 5000000     | USD        |        | 2000000
            The group processes 2.3 billion events a day for fraud and search ranking | 2300000000 | count  | day    |
            Cut cold start of the feature-serving Lambda from 1m45s to 12s       | 12          | seconds    |        | 105
            Grew the widget from 50k to 400k MAU                                 | 400000      | count      | month  | 50000
            """)
    void readsCodesPointsAndNounChanges(String clause, double value, String unit, String per, Double baseline) {
        assertOneMetric(clause, value, unit, per, baseline);
    }

    @Test
    void readsDirectionOfANounChange() {
        List<Metric> metrics = EXTRACTOR.extract("Consolidated from 120 databases to 45");
        assertThat(metrics.get(0).direction()).isEqualTo("decrease");
        assertThat(metrics.get(0).subject()).isEqualTo("databases");
        assertThat(EXTRACTOR.extract("Page score went from 40 to 95").get(0).subject()).isEqualTo("Page score");
    }

    @Test
    void basePairsAreNoBasisPoints() {
        assertThat(EXTRACTOR.extract("Sequenced 500 bp reads on the new instrument")).extracting(Metric::unit)
                .doesNotContain("percent");
    }

    @Test
    void aSlashSeriesOfChangesIsOneChangePerPosition() {
        List<Metric> metrics = EXTRACTOR.extract("Search latency p50/p95/p99 cut from 120/340/900 ms to 45/110/260 ms");
        assertThat(metrics).extracting(Metric::value).containsExactly(0.045, 0.11, 0.26);
        assertThat(metrics).extracting(Metric::baseline).containsExactly(0.12, 0.34, 0.9);
        assertThat(EXTRACTOR.extract("Read/write ratio from 3/1 to 1/1")).extracting(Metric::baseline)
                .doesNotContain(3.0);
    }

    @Test
    void aFractionBeforeFewerIsTheShareItShrankBy() {
        assertThat(EXTRACTOR.extract("One-third fewer support tickets after launch")).extracting(Metric::value)
                .containsExactly(33.3);
        assertThat(EXTRACTOR.extract("Two-thirds fewer pages per week")).extracting(Metric::value)
                .containsExactly(66.7);
    }

    @Test
    void aDenominatorIsNoFigureOfItsOwn() {
        assertThat(EXTRACTOR.extract("Made retrieval 5x cheaper per 1k queries")).extracting(Metric::unit)
                .containsExactly("multiplier");
    }

    @Test
    void aCountFromElsewhereIsNoBaseline() {
        // "from 3 countries" tells where the five came from, not what there were before.
        List<Metric> metrics = EXTRACTOR.extract("Hired 5 engineers from 3 countries");
        assertThat(metrics).extracting(Metric::baseline).containsOnlyNulls();
        assertThat(metrics).extracting(Metric::value).contains(5.0);
    }

    @Test
    void readsThreeCapitalsThatAreNoCurrencyAsANameBeforeTheNumber() {
        List<Metric> metrics = EXTRACTOR.extract("Ran ALL 40 regression suites nightly");
        assertThat(metrics).extracting(Metric::unit).containsExactly("count");
        assertThat(metrics).extracting(Metric::value).containsExactly(40.0);
        assertThat(EXTRACTOR.extract("Migrated the AWS 3 regions setup")).extracting(Metric::unit).doesNotContain("AWS");
    }

    @Test
    void findsSubjectEvenWhenTheSegmentStartsAfterTheQuantity() {
        Quantity q = new Quantity();
        q.start = 10;
        q.end = 17;
        String text = "Grew to 3 doubled sales";
        assertThat(SubjectFinder.find(q, text, 19)).isEqualTo("sales");
        // "doubled" starts inside "3 doubled-shift": both figures come out instead of the clause failing.
        assertThat(EXTRACTOR.extract("Grew the pilot to 3 doubled-shift depots")).extracting(Metric::unit)
                .containsExactly("count", "multiplier");
    }

    private static void assertOneMetric(String clause, double value, String unit, String per, Double baseline) {
        List<Metric> metrics = EXTRACTOR.extract(clause);
        assertThat(metrics).as(clause).hasSize(1);
        Metric m = metrics.get(0);
        assertThat(m.value()).as("value").isCloseTo(value, within(Math.abs(value) * 1e-9));
        assertThat(m.unit()).as("unit").isEqualTo(unit);
        assertThat(m.per()).as("per").isEqualTo(per);
        if (baseline == null) {
            assertThat(m.baseline()).as("baseline").isNull();
        } else {
            assertThat(m.baseline()).as("baseline").isCloseTo(baseline, within(Math.abs(baseline) * 1e-9));
        }
        assertThat(m.text()).isEqualTo(clause);
        assertThat(m.confidence()).isBetween(0.0, 1.0);
    }

    /** Numbers that are not achievements: identifiers, dates, versions, tenures, grades, ranks, ratings, vanity. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reach me at +1 (415) 555-0134 for references
            Mobile 9868576600
            Phone: +91 98765 43210
            Migrated the services to Java 17
            Upgraded scripts to Python 3.11
            Pinned the client at v2.4.1
            Led the Angular 15 upgrade
            Released the iOS 16 widgets
            Enabled HTTP/2 on the gateway
            Wrote a Web 2.0 style portal
            Implemented OAuth 2.0 login
            Joined the company in 2021
            Jan 2020 - Mar 2022
            Started 03/2019 as a contractor
            Shipped the redesign in Q3 2022
            Owned the FY23 roadmap
            3 years of experience in payments
            8+ years building data platforms
            Staff engineer (2 years 5 months)
            Worked on the billing team for four months
            GPA 3.8/4.0
            CGPA: 8.9/10
            Scored 85% in 12th boards
            percentage: 78%
            Ranked 1st in the regional coding cup
            Finished in the top 5% of the national hackathon
            AIR 523 in the entrance exam
            Secured rank 12 among all applicants
            App holds a 4.8/5 rating
            Extension earned 4.9 stars on the store
            Course rated 4.7 by learners
            500+ connections
            1.2K followers on the developer forum
            10K views on my blog about caching
            HackerRank score 95 in algorithms
            Scored 88/100 in the take-home assessment
            Match score 92% for this job
            Office at 221 Baker Street
            Implemented ISO 27001 controls
            Led the SOC 2 audit
            Closed PCI-DSS findings at Level 3
            Provided 24/7 support for the trading desk
            Triaged P1 incidents as an L3 engineer
            Promoted to SDE-3
            Software Engineer 2 on the growth team
            Published a Top 10 list of anti-patterns
            Built COVID-19 contact tracing
            Tested 5G modems and 4K video pipelines
            Ported x86 builds and ES6 modules to S3 and EC2
            Explored Web3 wallets on Windows 11
            Zip code 94107
            Age 29
            Managed TBs of data every day
            Processed millions of messages daily
            Worked with 12 and 15 other things
            Shipped releases 1,2 and 3 of the app
            Earned 12 points in the office league
            $95.00/hr · 160 hours
            Rate: €70 per hour, 120 hours logged
            Staffed the desk from 9 to 5 pm
            Moved offices from 2018 to 2020
            Data engineer met ruim 8 jaar ervaring in streaming
            IELTS 8.0 overall, TOEFL 112
            Sviluppatore con 6 anni di esperienza in Java
            $12,400 · Fixed price
            Salary: $122,198.00 USD Per Year
            Rolled out Cisco ISE 802.1X authentication
            Series B freight marketplace, 140 employees
            Società di consulenza IT con circa 450 dipendenti
            Ported x86 and x64 builds to ARM
            Fecha de nacimiento: 12 de mayo de 1990
            18,942 reputation and 61 badges on the Q&A site
            Open to offers. Desired annual salary: ¥9.5 million.
            [Photo 30 mm x 40 mm]
            Download the PDF version (212 KB)
            2nd degree connection · 14 shared connections
            Ledgerlark is a Series B spend-management platform (120 staff, Lisbon)
            $2.4B third-party logistics provider; 11,000 employees in 14 countries; NYSE-listed.
            350 000 ₽ на руки
            Fine-tuned Llama 3 8B for ranking; evaluated Llama 3 70B and Mixtral 8x7B
            For most of my eleven years I have worked at two companies, where I grew to principal
            "Our ranking model now retrains daily — thread" · 214 reactions · 37 comments
            """)
    void ignoresNumbersThatAreNotAchievements(String clause) {
        assertThat(EXTRACTOR.extract(clause)).as(clause).isEmpty();
    }

    @Test
    void returnsEveryMetricOfAClauseInTextOrder() {
        List<Metric> metrics = EXTRACTOR.extract("Served 100K QPS at 99.999% availability while cutting cost by $40K");
        assertThat(metrics).extracting(Metric::unit).containsExactly("count", "percent", "USD");
        assertThat(metrics).extracting(Metric::value).containsExactly(100000.0, 99.999, 40000.0);
        assertThat(metrics.get(0).per()).isEqualTo("second");
        assertThat(metrics.get(0).kind()).isEqualTo("throughput");
        assertThat(metrics.get(1).kind()).isEqualTo("availability");
        assertThat(metrics.get(2).kind()).isEqualTo("money");
        assertThat(metrics.get(2).direction()).isEqualTo("decrease");
    }

    @Test
    void reportsAFigureWrittenTwiceOnce() {
        List<Metric> metrics = EXTRACTOR.extract("Page latency -300 ms / 300 ms faster for shoppers");
        assertThat(metrics).hasSize(1);
        assertThat(metrics.get(0).value()).isEqualTo(0.3, within(1e-12));
        assertThat(metrics.get(0).direction()).isEqualTo("decrease");
        assertThat(metrics.get(0).kind()).isEqualTo("latency");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Reduced onboarding time by 30%                       | decrease
            Lowered error budget burn by 20%                     | decrease
            Dropped infra cost 15%                               | decrease
            Tickets down 40% quarter over quarter                | decrease
            Achieved a 25% reduction in churn                    | decrease
            Made the dashboards 50% faster response time         | decrease
            Increased weekly signups by 18%                      | increase
            Improved recall by 12%                               | increase
            Grew revenue 40%                                     | increase
            Boosted throughput by 2x                             | increase
            Searches up 35% after the launch                     | increase
            Saw a 15% boost in order value                       | increase
            Saved $250K in licence fees                          |
            Raised latency budget headroom from 20% to 5%        | decrease
            Grew the platform from 10 to 60 engineers            | increase
            Maintained 99.95% availability                       |
            """)
    void readsDirection(String clause, String direction) {
        List<Metric> metrics = EXTRACTOR.extract(clause);
        assertThat(metrics).as(clause).hasSize(1);
        assertThat(metrics.get(0).direction()).as(clause).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reduced document processing time by 40%                  | document processing time
            Raised the cache hit rate from 30% to 70%                 | cache hit rate
            Cut external API calls by 50%                             | external API calls
            Achieved a 300% reduction in queue depth                  | queue depth
            Kept 99.9% system availability                            | system availability
            Served 2M users                                           | users
            Reduced the processing time of invoices from 2 hours to 10 minutes | processing time
            """)
    void findsSubject(String clause, String subject) {
        List<Metric> metrics = EXTRACTOR.extract(clause);
        assertThat(metrics).as(clause).hasSize(1);
        assertThat(metrics.get(0).subject()).isEqualTo(subject);
    }

    @Test
    void scoresAchievementVerbsAndStrongUnitsAboveBareCounts() {
        double verbAndRate = EXTRACTOR.extract("Processed 2M events/day").get(0).confidence();
        double bareCount = EXTRACTOR.extract("A fleet of 40 kiosks").get(0).confidence();
        assertThat(bareCount).isEqualTo(0.5);
        assertThat(verbAndRate).isGreaterThan(0.8);
    }

    @Test
    void neverFailsOnEmptyOrOddInput() {
        assertThat(EXTRACTOR.extract(null)).isEmpty();
        assertThat(EXTRACTOR.extract("")).isEmpty();
        assertThat(EXTRACTOR.extract("%%%$$$---→→→")).isEmpty();
        assertThat(EXTRACTOR.extract("$")).isEmpty();
        assertThat(EXTRACTOR.extract("from to → by 9")).isEmpty();
    }

    @Test
    void finishesQuicklyOnAdversarialMegabyteLines() {
        StringBuilder digits = new StringBuilder();
        String[] pieces = {"1,", "23", "%", "4.", "5", ",6", "7 ", "8-", "9x", "$", "0k", "/", ":"};
        for (int i = 0; digits.length() < 1_000_000; i++) {
            digits.append(pieces[(i * 7 + i / 3) % pieces.length]);
        }
        String commas = "1" + ",123".repeat(250_000);
        String plain = "9".repeat(1_000_000);
        String words = "reduced latency from 5 hours to 45 minutes by 30% ".repeat(20_000);
        String cut = "x".repeat(MetricExtractor.MAX_CLAUSE_CHARS - 10) + " reduced costs by 30%";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EXTRACTOR.extract(digits.toString());
            EXTRACTOR.extract(commas);
            EXTRACTOR.extract(plain);
            assertThat(EXTRACTOR.extract(words)).extracting(Metric::value).containsExactly(2700.0, 30.0);
        });
        assertThat(EXTRACTOR.extract(cut)).as("only the head of an over-long clause is read").isEmpty();
    }

    /** The scanner itself, without the length cap: linear work on adversarial text just under the cap. */
    @Test
    void scannerStaysLinearOnAdversarialText() {
        String commas = "1" + ",123".repeat(4_999);
        String percents = "9%".repeat(9_999);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 20; i++) {
                QuantityScanner.scan(NoiseMasker.mask(commas));
                QuantityScanner.scan(NoiseMasker.mask(percents));
            }
        });
    }
}
