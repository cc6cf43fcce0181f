package io.profileflow.it;

import io.profileflow.app.ProcessorApp;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.ingest.DocumentPublisher;
import io.profileflow.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input ends as exactly one profiles.dlq record with a stage and a reason that names the
 * problem, and the pipeline keeps going: a good document sent after all of them is parsed. The size limit is
 * set to 1 MiB here and a 2 MiB document is sent (the embedded broker takes at most 16 MB per message, so the
 * 50 MB of the issue cannot be sent; what is tested is "above the configured limit").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int LIMIT = 1024 * 1024;

    private PipelineHarness harness;
    private ProcessorApp app;

    /** documentId -> expected stage and a part of the expected message. */
    private final Map<String, String[]> expectedDeadLetters = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        harness = new PipelineHarness();
        app = harness.startProcessor(harness.settings("bad-input-it", PipelineHarness.tempDir("bad-input-it"),
                Map.of("extract.max.document.bytes", String.valueOf(LIMIT))));
    }

    @AfterAll
    void stop() {
        if (app != null) app.close();
        if (harness != null) harness.close();
    }

    @Test
    void everyBadInputIsDeadLetteredWithStageAndReasonAndTheGoodOneAfterThemGetsThrough() throws Exception {
        sendUndecodableRecords();
        try (DocumentPublisher publisher = harness.publisher()) {
            reject(publisher, "empty-content", "text/plain", new byte[0], "normalize", "document is empty");
            reject(publisher, "binary-labelled-text", "text/plain", binaryGarbage(), "normalize", "binary data");
            reject(publisher, "invalid-utf8", "text/plain",
                    "Jordan Pike\n\u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1), "normalize", "not valid UTF-8");
            byte[] tooLarge = new byte[2 * LIMIT];
            Arrays.fill(tooLarge, (byte) 'a');
            reject(publisher, "above-size-limit", "text/plain", tooLarge, "normalize",
                    "document is " + tooLarge.length + " bytes, above the limit of " + LIMIT);
            reject(publisher, "truncated-pdf", "application/pdf", truncatedPdf(), "normalize", "PDF");
            reject(publisher, "docx-not-a-zip", DOCX, "this is no zip container".getBytes(StandardCharsets.UTF_8),
                    "normalize", "not a ZIP container");
            reject(publisher, "docx-zip-bomb", DOCX, zipBomb(), "normalize", "zip bomb");
            reject(publisher, "json-not-json-resume", "application/json",
                    "{\"orders\": [{\"id\": 1}], \"total\": 3}".getBytes(StandardCharsets.UTF_8), "normalize",
                    "not a JSON Resume");
            reject(publisher, "json-broken", "application/json", "{\"basics\": {\"name\": ".getBytes(StandardCharsets.UTF_8),
                    "normalize", "not valid JSON");
            // Not bad input: parsed leniently (as browsers do) or a profile with warnings.
            publisher.publish(PipelineHarness.document("malformed-html", "text/html", ("<html><body><h1>Morgan Hale"
                    + "<h2>Experience<ul><li>Platform Engineer at Driftwood Labs, 2019 - 2022<li>Reduced costs by 30%"
                    + "</div></span><<>>&&").getBytes(StandardCharsets.UTF_8))).get();
            publisher.publish(PipelineHarness.document("no-profile", "text/plain",
                    "Shopping list: eggs, flour, two lemons. Call the plumber on Tuesday.".getBytes(StandardCharsets.UTF_8))).get();
            publisher.publish(PipelineHarness.document("good-after-the-bad", "text/plain", ("Jordan Blake\n\n"
                    + "Experience\nBackend Engineer, Acme Corp, Jan 2020 - Present\n- Cut API latency by 40%\n\n"
                    + "Skills\nJava, Kafka").getBytes(StandardCharsets.UTF_8))).get();
        }

        List<ConsumerRecord<String, ParsedProfile>> parsed = harness.readUntil("profiles.parsed", ParsedProfile.class,
                // Keys land on different partitions, processed in no fixed order: wait for all three.
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                        .containsAll(java.util.Set.of("good-after-the-bad", "no-profile", "malformed-html")), WAIT);
        Map<String, ParsedProfile> profiles = parsed.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
        List<ConsumerRecord<String, DeadLetter>> dlq = harness.readUntil("profiles.dlq", DeadLetter.class,
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                        .containsAll(expectedDeadLetters.keySet()), WAIT);

        Map<String, List<DeadLetter>> byKey = dlq.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
        assertThat(byKey.keySet()).as("dead-lettered documents").isEqualTo(expectedDeadLetters.keySet());
        for (Map.Entry<String, String[]> e : expectedDeadLetters.entrySet()) {
            List<DeadLetter> letters = byKey.get(e.getKey());
            assertThat(letters).as("dead letters of %s", e.getKey()).hasSize(1);
            DeadLetter d = letters.get(0);
            assertThat(d.getStage()).as("stage of %s (%s)", e.getKey(), d.getMessage()).isEqualTo(e.getValue()[0]);
            assertThat(d.getMessage()).as("message of %s", e.getKey()).contains(e.getValue()[1]);
            assertThat(d.getErrorClass()).as("error class of %s", e.getKey()).isNotBlank();
            assertThat(d.getSourceTopic()).isEqualTo("profiles.raw");
            assertThat(d.getOriginalSize()).as("original size of %s", e.getKey()).isPositive();
            assertThat(d.getOriginal().remaining()).isLessThanOrEqualTo(65536);
            System.out.printf("[bad-input] %-22s stage=%-11s %s: %s%n", e.getKey(), d.getStage(),
                    d.getErrorClass().substring(d.getErrorClass().lastIndexOf('.') + 1), abbreviate(d.getMessage()));
        }
        assertThat(profiles).as("no bad input became a profile").doesNotContainKeys(
                expectedDeadLetters.keySet().toArray(String[]::new));

        ParsedProfile noProfile = profiles.get("no-profile");
        assertThat(noProfile).as("a document without a profile is a parsed profile, not a dead letter").isNotNull();
        assertThat(noProfile.getExperiences()).isEmpty();
        assertThat(noProfile.getWarnings()).contains("no name found", "no dated roles found");
        ParsedProfile html = profiles.get("malformed-html");
        assertThat(html.getName()).isEqualTo("Morgan Hale");
        assertThat(html.getExperiences()).extracting(x -> x.getCompany()).containsExactly("Driftwood Labs");
        assertThat(profiles.get("good-after-the-bad").getName()).isEqualTo("Jordan Blake");
        System.out.printf("[bad-input] dead letters=%d (kinds=%d), parsed with warnings=%s, lenient html=%s, "
                        + "good document after them parsed=%s%n", dlq.size(), expectedDeadLetters.size(),
                noProfile.getWarnings(), html.getExperiences().size() + " role", profiles.containsKey("good-after-the-bad"));
    }

    /** Records the processor cannot even deserialize: stage deserialize. */
    private void sendUndecodableRecords() throws Exception {
        byte[] avro = AvroSerdes.forClass(RawDocument.class, harness.registryClient).serializer()
                .serialize("profiles.raw", PipelineHarness.document("x", "text/plain", "Jo Doe".getBytes(StandardCharsets.UTF_8)));
        byte[] wrongMagic = avro.clone();
        wrongMagic[0] = 7;
        byte[] unknownId = avro.clone();
        unknownId[1] = 0x3f; // schema id 0x3fxxxxxx: never handed out by this registry
        expect("not-avro", "deserialize", "Unknown magic byte 0x70");
        expect("wrong-magic-byte", "deserialize", "Unknown magic byte 0x07");
        expect("unknown-schema-id", "deserialize", "Unknown schema id");
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, harness.broker.bootstrapServers());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>("profiles.raw", "not-avro", "plain text, no wire format".getBytes(StandardCharsets.UTF_8))).get();
            raw.send(new ProducerRecord<>("profiles.raw", "wrong-magic-byte", wrongMagic)).get();
            raw.send(new ProducerRecord<>("profiles.raw", "unknown-schema-id", unknownId)).get();
        }
    }

    private void reject(DocumentPublisher publisher, String id, String type, byte[] content, String stage,
                        String messagePart) throws Exception {
        expect(id, stage, messagePart);
        publisher.publish(PipelineHarness.document(id, type, content)).get();
    }

    private void expect(String id, String stage, String messagePart) {
        expectedDeadLetters.put(id, new String[]{stage, messagePart});
    }

    /** Random bytes with NULs, as an image or executable sent as text/plain would be. */
    private static byte[] binaryGarbage() {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        b[10] = 0;
        return b;
    }

    /** The first part of a real-looking PDF, cut off in the middle of an object. */
    private static byte[] truncatedPdf() {
        return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R "
                + "/Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 200 >>\nstream\nBT /F1 12 Tf 72 712 Td (Jordan")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A DOCX whose document.xml inflates 1,000-fold: 32 MB of text from a few kilobytes. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats."
                    + "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                    + "org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats."
                    + "org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'A');
            for (int i = 0; i < 32; i++) zip.write(block);
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String abbreviate(String s) {
        return s.length() <= 110 ? s : s.substring(0, 110) + "...";
    }
}
