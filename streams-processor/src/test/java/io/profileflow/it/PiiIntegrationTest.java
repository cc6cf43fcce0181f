package io.profileflow.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.profileflow.app.ProcessorApp;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import io.profileflow.config.ProcessorConfig;
import io.profileflow.ingest.DocumentPublisher;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC "Personal data" end to end. With the default mode (redact) the fixture's email, phone, street address and
 * personal links appear in no output topic, no API answer and no log line of the processor, while the contact
 * fields carry HMAC-SHA256 hashes under the key from config. Processors in keep and drop mode (own application
 * id and output topics, same input) publish the values as found, and nothing, respectively.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PiiIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String KEY = "pii-test-key-from-config";
    private static final String EMAIL = "rowan.ashdown@mailbox.test";
    private static final String PHONE = "+1 415 555 0134";
    private static final String STREET = "42 Willow Brook Road";
    private static final String LINKEDIN = "linkedin.com/in/rowan-ashdown-test";
    private static final String GITHUB = "https://github.com/rowan-ashdown-test";
    /** Every form in which the fixture's contact details could leak. */
    private static final List<String> PII = List.of(EMAIL, "mailbox.test", PHONE, "415 555 0134", "4155550134",
            STREET, "Willow Brook", "rowan-ashdown-test", "rowanashdown.example");
    private static final String RESUME = "Rowan Ashdown\n"
            + "Staff Engineer | Lakeport\n"
            + EMAIL + " | " + PHONE + " | " + STREET + ", Lakeport\n"
            + LINKEDIN + " | " + GITHUB + " | https://rowanashdown.example\n\n"
            + "Experience\n"
            + "Staff Engineer, Northwind Logistics, Jan 2020 - Present\n"
            + "- Cut API latency by 40% for 40K QPS; questions to " + EMAIL + " or " + PHONE + "\n"
            + "- Built the billing pipeline, see " + GITHUB + "/billing\n\n"
            + "Skills\nJava, Kafka\n";

    private PipelineHarness harness;
    private final List<ProcessorApp> apps = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    void start() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        harness = new PipelineHarness();
    }

    @AfterAll
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        apps.forEach(ProcessorApp::close);
        if (harness != null) harness.close();
    }

    private ProcessorApp processor(String mode, String topicPrefix) throws Exception {
        Map<String, String> extra = new java.util.HashMap<>(Map.of("pii.mode", mode, "pii.hash.key", KEY));
        if (!topicPrefix.isEmpty()) {
            for (String t : List.of("parsed", "experiences", "skills", "metrics", "dlq")) {
                extra.put("topic." + t, topicPrefix + t);
            }
        }
        ProcessorApp app = harness.startProcessor(harness.settings("pii-it-" + mode,
                PipelineHarness.tempDir("pii-it-" + mode), extra));
        apps.add(app);
        return app;
    }

    @Test
    void contactDetailsAreRedactedEverywhereByDefaultAndKeepAndDropDoWhatTheySay() throws Exception {
        assertThat(ProcessorConfig.PII_HASH_KEY.isSecret()).as("the hash key is a secret").isTrue();
        assertThat(ProcessorConfig.PII_HASH_KEY.defaultValue()).as("no key ships in the code").isNull();
        ProcessorApp redact = processor("redact", "");
        try (DocumentPublisher publisher = harness.publisher()) {
            publisher.publish(PipelineHarness.document("pii-resume", "text/plain", RESUME.getBytes(StandardCharsets.UTF_8))).get();
            // A broken document carrying an email: its dead letter's reason and the log line must not repeat it.
            publisher.publish(PipelineHarness.document("pii-broken-json", "application/json",
                    ("{\"basics\": {\"email\": \"" + EMAIL + "\", \"phone\": " + PHONE).getBytes(StandardCharsets.UTF_8))).get();
        }
        ParsedProfile profile = awaitProfile("profiles.parsed", "pii-resume");
        List<DeadLetter> dead = harness.readUntil("profiles.dlq", DeadLetter.class, rs -> !rs.isEmpty(), WAIT)
                .stream().map(ConsumerRecord::value).toList();
        assertThat(dead).extracting(DeadLetter::getDocumentId).containsExactly("pii-broken-json");

        // The contact fields are keyed hashes: joinable, and computed with the configured key.
        assertThat(profile.getContact().getEmails()).containsExactly(hmac(EMAIL));
        assertThat(profile.getContact().getPhones()).containsExactly(hmac("+14155550134"));
        assertThat(profile.getContact().getAddresses()).hasSize(1).allMatch(a -> a.matches("hmac:[0-9a-f]{16}"));
        assertThat(profile.getContact().getLinks()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.matches("hmac:[0-9a-f]{16}"));
        assertThat(profile.getExperiences()).hasSize(1);
        assertThat(profile.getMetrics()).isNotEmpty();

        int scanned = 0;
        for (String topic : List.of("profiles.parsed", "profiles.experiences", "profiles.skills", "profiles.metrics")) {
            scanned += assertNoPii(topic, harness.readToEnd(topic, typeOf(topic), WAIT));
        }
        for (DeadLetter d : dead) {
            // The dead letter keeps the original bytes on purpose (for replay), like profiles.raw itself; its
            // own fields must not repeat personal data.
            d.setOriginal(null);
            assertNoPii("profiles.dlq", d.toString());
            scanned++;
        }
        int answers = 0;
        for (String path : List.of("/profiles/pii-resume", "/profiles/pii-resume/experiences",
                "/profiles/pii-resume/metrics", "/profiles/pii-resume/skills", "/skills/java/profiles")) {
            HttpResponse<String> res = harness.get(redact.apiPort(), path, null);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertNoPii("GET " + path, res.body());
            answers++;
        }
        int lines = 0;
        for (ILoggingEvent e : List.copyOf(logs.list)) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertNoPii("log line of " + e.getLoggerName(), line);
            lines++;
        }
        assertThat(lines).as("log lines captured").isPositive();

        // keep: values as found; drop: none at all, and "[redacted]" in free text.
        processor("keep", "keep.");
        ParsedProfile kept = awaitProfile("keep.parsed", "pii-resume");
        assertThat(kept.getContact().getEmails()).containsExactly(EMAIL);
        assertThat(kept.getContact().getPhones()).containsExactly(PHONE);
        assertThat(kept.toString()).contains(STREET, "rowan-ashdown-test");
        processor("drop", "drop.");
        ParsedProfile dropped = awaitProfile("drop.parsed", "pii-resume");
        assertThat(dropped.getContact().getEmails()).isEmpty();
        assertThat(dropped.getContact().getPhones()).isEmpty();
        assertThat(dropped.getContact().getLinks()).isEmpty();
        assertThat(dropped.getContact().getAddresses()).isEmpty();
        assertNoPii("drop.parsed", dropped.toString());
        assertThat(dropped.toString()).doesNotContain("hmac:").contains("[redacted]");

        System.out.printf("[pii] redact: %d output records, %d dead letters' fields, %d API answers, %d log lines "
                        + "scanned for %d PII forms: 0 found; keep: values as found; drop: none, free text [redacted]%n",
                scanned, dead.size(), answers, lines, PII.size());
    }

    private ParsedProfile awaitProfile(String topic, String id) {
        return harness.readUntil(topic, ParsedProfile.class, rs -> rs.stream().anyMatch(r -> r.key().equals(id)), WAIT)
                .stream().filter(r -> r.key().equals(id)).reduce((a, b) -> b).orElseThrow().value();
    }

    private static Class<? extends SpecificRecord> typeOf(String topic) {
        return switch (topic) {
            case "profiles.parsed" -> ParsedProfile.class;
            case "profiles.experiences" -> ExperienceRecord.class;
            case "profiles.skills" -> SkillRecord.class;
            default -> MetricRecord.class;
        };
    }

    private static int assertNoPii(String where, List<? extends ConsumerRecord<String, ? extends SpecificRecord>> records) {
        assertThat(records).as(where).isNotEmpty();
        records.forEach(r -> assertNoPii(where, r.value().toString()));
        return records.size();
    }

    private static void assertNoPii(String where, String text) {
        for (String pii : PII) {
            assertThat(text).as("%s must not contain '%s'", where, pii).doesNotContainIgnoringCase(pii);
        }
    }

    /** What redact mode publishes for a normalized value: hmac: + 16 hex chars of HMAC-SHA256 under the key. */
    private static String hmac(String normalized) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "hmac:" + HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
