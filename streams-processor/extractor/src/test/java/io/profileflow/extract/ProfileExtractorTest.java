package io.profileflow.extract;

import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.ParsedProfile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileExtractorTest {
    private static final ExtractorSettings SETTINGS = ExtractorSettings.defaults()
            .withTaxonomyPath(Path.of("src/test/resources/test-taxonomy.tsv"))
            .withPiiHashKey("k".getBytes(StandardCharsets.UTF_8));
    private static final ProfileExtractor ENGINE = new ProfileExtractor(SETTINGS);
    private static final long RECEIVED = 1_717_200_000_000L; // 2024-06-01

    private static DocumentInput doc(String type, byte[] bytes) {
        return new DocumentInput("doc-1", "mem://doc-1", type, bytes, RECEIVED, Map.of());
    }

    private static DocumentInput text(String s) {
        return doc("text/plain", s.getBytes(StandardCharsets.UTF_8));
    }

    private static final String RESUME = """
            # Tomas Verhoeven
            Backend Engineer | Rotterdam, Netherlands
            tomas@example.test | +31 6 1234 5678

            Summary
            Backend engineer with 7+ years of experience in Java and Kafka.

            ## Experience
            ### Dockline BV, Rotterdam — *Senior Backend Engineer*
            Mar 2021 - Present
            - Cut p99 latency from 800 ms to 120 ms for 40K QPS; contact tomas@example.test
            - Ran Kafka and Kubernetes
            ### Harbourlight, Utrecht — *Software Engineer*
            Jan 2017 - Feb 2021
            - Moved builds to CI/CD, reducing release time by 60%

            ## Skills
            Java, Go, Python - 4 Years

            ## Education
            ### TU Delft, Delft — *MSc Computer Science*
            2014 - 2016
            """;

    @Test
    void extractsAFullProfile() throws Exception {
        ParsedProfile p = ENGINE.extract(text(RESUME));
        assertThat(p.getName()).isEqualTo("Tomas Verhoeven");
        assertThat(p.getHeadline()).isEqualTo("Backend Engineer");
        assertThat(p.getDeclaredYearsOfExperience()).isEqualTo(7.0);
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getCompany, ExperienceRecord::getTitle,
                        ExperienceRecord::getStartDate, ExperienceRecord::getEndDate, ExperienceRecord::getCurrent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dockline BV", "Senior Backend Engineer", "2021-03", null, true),
                        org.assertj.core.groups.Tuple.tuple("Harbourlight", "Software Engineer", "2017-01", "2021-02", false));
        assertThat(p.getExperiences().get(0).getDurationMonths()).isEqualTo(40);
        assertThat(p.getComputedMonthsOfExperience()).isEqualTo(50 + 40);
        assertThat(p.getSkills()).extracting(s -> s.getName())
                .contains("Java", "Apache Kafka", "Go", "Python", "Kubernetes", "CI/CD");
        assertThat(p.getSkills().stream().filter(s -> s.getName().equals("Python")).findFirst().orElseThrow()
                .getDeclaredYears()).isEqualTo(4.0);
        assertThat(p.getMetrics()).extracting(m -> m.getValue(), m -> m.getUnit(), m -> m.getExperienceIndex())
                .contains(org.assertj.core.groups.Tuple.tuple(60.0, "percent", 1));
        assertThat(p.getContact().getEmails()).hasSize(1).allMatch(e -> e.startsWith("hmac:"));
        assertThat(p.getContact().getPiiMode()).isEqualTo("redact");
        String all = p.toString();
        assertThat(all).doesNotContain("tomas@example.test", "1234 5678");
        assertThat(p.getExtractedAt().toEpochMilli()).isEqualTo(RECEIVED);
        for (int i = 0; i < p.getExperiences().size(); i++) {
            assertThat(p.getExperiences().get(i).getIndex()).isEqualTo(i);
            assertThat(p.getExperiences().get(i).getRevision()).isEqualTo(p.getRevision());
        }
    }

    @Test
    void sameInputGivesIdenticalRecordsAndProfileIdComesFromMetadata() throws Exception {
        ParsedProfile a = ENGINE.extract(text(RESUME));
        ParsedProfile b = ENGINE.extract(text(RESUME));
        assertThat(a).isEqualTo(b);
        assertThat(a.getRevision()).hasSize(16);
        DocumentInput withId = new DocumentInput("doc-1", "", "text/plain", RESUME.getBytes(StandardCharsets.UTF_8),
                RECEIVED, Map.of("profileId", "person-42"));
        assertThat(ENGINE.extract(withId).getProfileId()).isEqualTo("person-42");
        assertThat(a.getProfileId()).isEqualTo("doc-1");
    }

    @Test
    void jsonResumeIsMappedFieldByField() throws Exception {
        String json = """
                {"basics": {"name": "Ines Carvalho", "label": "Mobile Engineer", "email": "ines@example.test",
                  "location": {"city": "Porto", "countryCode": "pt"}},
                 "work": [{"name": "Tilewave", "position": "Lead Mobile Engineer", "startDate": "2020-02-01",
                   "highlights": ["Grew the team from 3 to 9 engineers", "Shipped Kotlin and Go services"]}],
                 "education": [{"institution": "Porto Uni", "startDate": "2012", "endDate": "2016"}],
                 "skills": [{"name": "Backend", "keywords": ["Go", "PostgreSQL"]}]}
                """;
        ParsedProfile p = ENGINE.extract(doc("", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.getName()).isEqualTo("Ines Carvalho");
        assertThat(p.getLocation()).isEqualTo("Porto, PT");
        assertThat(p.getExperiences()).hasSize(1);
        assertThat(p.getExperiences().get(0).getStartDate()).isEqualTo("2020-02");
        assertThat(p.getExperiences().get(0).getCurrent()).isTrue();
        assertThat(p.getSkills()).extracting(s -> s.getName()).contains("Go", "PostgreSQL");
        assertThat(p.getMetrics()).extracting(m -> m.getValue()).contains(9.0);
    }

    @Test
    void binaryBytesLabelledHtmlAreRefusedAtNormalizeButLatin1HtmlIsRead() throws Exception {
        byte[] garbage = new byte[3000];
        new java.util.Random(7).nextBytes(garbage);
        garbage[10] = 1; // no NUL byte, so only the control-character share can refuse it
        for (int i = 0; i < garbage.length; i++) if (garbage[i] == 0) garbage[i] = 2;
        DocumentInput binary = new DocumentInput("bin", "", "text/html", garbage, RECEIVED, Map.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.extract(binary))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("HTML document looks like binary data")
                .satisfies(e -> assertThat(((ExtractionException) e).stage()).isEqualTo("normalize"));

        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Jos\u00e9 Mu\u00f1oz</h1></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        ParsedProfile p = ENGINE.extract(new DocumentInput("latin1", "", "text/html", latin1, RECEIVED, Map.of()));
        assertThat(p.getName()).isEqualTo("Jos\u00e9 Mu\u00f1oz");
    }

    @Test
    void textWithoutAProfileGivesWarningsNotAnException() throws Exception {
        ParsedProfile p = ENGINE.extract(text("just some words about nothing in particular"));
        assertThat(p.getExperiences()).isEmpty();
        assertThat(p.getWarnings()).contains("no name found", "no dated roles found");
    }

    @Test
    void rejectsBadInputAtTheNormalizeStage() {
        assertNormalize(text(""), "empty");
        assertNormalize(doc("text/plain", new byte[]{'a', 0, 1, 2, 'b'}), "NUL");
        assertNormalize(doc("text/plain", new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'}), "UTF-8");
        byte[] control = new byte[200];
        Arrays.fill(control, (byte) 7);
        assertNormalize(doc("text/plain", control), "binary");
        assertNormalize(doc("application/pdf", "%PDF-1.7 garbage that is no pdf".getBytes(StandardCharsets.UTF_8)), "PDF");
        assertNormalize(doc("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "not a zip".getBytes(StandardCharsets.UTF_8)), "ZIP");
        assertNormalize(doc("application/json", "{\"orders\": [1, 2]}".getBytes(StandardCharsets.UTF_8)),
                "JSON document is not a JSON Resume");
        assertNormalize(doc("image/png", new byte[]{1, 2, 3}), "not supported");
    }

    @Test
    void aTruncatedPdfIsNamedTruncated() {
        String cut = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids"
                + " [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Jane Doe";
        assertThatThrownBy(() -> ENGINE.extract(doc("application/pdf", cut.getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("the PDF document is truncated")
                .hasMessageNotContaining("NullPointerException");
    }

    @Test
    void aPdfWithoutATextLayerIsRefusedAsAScanNotWithAParserCrash() throws Exception {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument scan = new org.apache.pdfbox.pdmodel.PDDocument()) {
            scan.addPage(new org.apache.pdfbox.pdmodel.PDPage()); // a page with no text, as a scanned resume has
            scan.save(pdf);
        }
        assertThatThrownBy(() -> ENGINE.extract(doc("application/pdf", pdf.toByteArray())))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("the PDF document has no text layer (a scanned image?); OCR is not supported")
                .satisfies(e -> assertThat(((ExtractionException) e).stage()).isEqualTo("normalize"));
    }

    @Test
    void tooLargeSaysByHowMuch() {
        ProfileExtractor small = new ProfileExtractor(SETTINGS.withMaxDocumentBytes(100));
        assertThatThrownBy(() -> small.extract(text("x".repeat(101))))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessage("document is 101 bytes, above the limit of 100 (extract.max.document.bytes)");
    }

    @Test
    void hostileMegabyteLineFinishesWithinBudget() throws Exception {
        StringBuilder sb = new StringBuilder();
        String unit = "Java - Go 2019 - 2020 | a@b.c 99% ### x @ y (((( ";
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        long t0 = System.nanoTime();
        ParsedProfile p = ENGINE.extract(text(sb.toString()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isLessThan(SETTINGS.timeBudget().toMillis());
        assertThat(p).isNotNull();
    }

    @Test
    void budgetExceededIsAnExtractStageError() {
        ProfileExtractor hurried = new ProfileExtractor(SETTINGS.withTimeBudget(Duration.ofNanos(1)));
        assertThatThrownBy(() -> hurried.extract(text(RESUME)))
                .isInstanceOf(TimeBudgetExceededException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).stage()).isEqualTo("extract"));
    }

    @Test
    void htmlDropsNavigationAndCookieBanners() throws Exception {
        String html = """
                <html><head><title>x</title><script>var a = 'Kafka';</script></head><body>
                <nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
                <div class="cookie-banner">We use cookies. <button>Accept</button></div>
                <h1>Lena Brandt</h1>
                <h2>Experience</h2>
                <h3>Site Reliability Engineer at Voltaro</h3><p>Apr 2019 - Present</p>
                <ul><li>Raised availability to 99.95% with Kubernetes</li></ul>
                <footer>© 2024 Lena Brandt</footer></body></html>
                """;
        ParsedProfile p = ENGINE.extract(doc("text/html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.getName()).isEqualTo("Lena Brandt");
        assertThat(p.getExperiences()).extracting(ExperienceRecord::getCompany).containsExactly("Voltaro");
        assertThat(p.getSkills()).extracting(s -> s.getName()).containsExactly("Kubernetes");
    }

    private static void assertNormalize(DocumentInput input, String messagePart) {
        assertThatThrownBy(() -> ENGINE.extract(input))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((ExtractionException) e).stage()).isEqualTo("normalize"));
    }
}
