package io.profileflow.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profileflow.app.ProcessorApp;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.avro.SkillRecord;
import io.profileflow.config.Settings;
import io.profileflow.ingest.DocumentPublisher;
import io.profileflow.ingest.PublishResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path on a real broker and a real registry: documents published with the ingest producer come out on
 * every output topic and through the HTTP API; broken input lands in the dead-letter topic; a processor
 * restarted with an empty state directory restores its store from Kafka.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIntegrationTest {
    private static final Path SAMPLES = Path.of("..", "deploy", "samples");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PipelineHarness harness;
    private Path stateDir;
    private ProcessorApp app;
    private Settings settings;
    private final Map<String, ParsedProfile> published = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        harness = new PipelineHarness();
        stateDir = PipelineHarness.tempDir("pipeline-it-state");
        settings = harness.settings("pipeline-it", stateDir, Map.of());
        app = harness.startProcessor(settings);
    }

    @AfterAll
    void stop() {
        if (app != null) app.close();
        if (harness != null) harness.close();
    }

    private DocumentPublisher publisher() {
        return DocumentPublisher.create(Settings.of(Map.of("bootstrap.servers", harness.broker.bootstrapServers(),
                "schema.registry.url", harness.registry.url())));
    }

    @Test
    @Order(1)
    void publishedDocumentsComeOutOnEveryTopicAndThroughTheApi() throws Exception {
        List<PublishResult> results;
        try (DocumentPublisher publisher = publisher()) {
            results = publisher.publishPaths(List.of(SAMPLES), r -> { });
        }
        assertThat(results).hasSizeGreaterThanOrEqualTo(4).allMatch(PublishResult::published);
        Set<String> ids = results.stream().map(PublishResult::documentId).collect(Collectors.toSet());

        List<ConsumerRecord<String, ParsedProfile>> parsed = harness.readUntil("profiles.parsed", ParsedProfile.class,
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), WAIT);
        parsed.forEach(r -> published.put(r.key(), r.value()));
        assertThat(published.keySet()).containsAll(ids);
        for (String id : ids) {
            ParsedProfile p = published.get(id);
            assertThat(p.getName()).as("name of %s", id).isNotBlank();
            assertThat(p.getExperiences()).as("roles of %s", id).isNotEmpty();
            assertThat(p.getSkills()).as("skills of %s", id).isNotEmpty();
            assertThat(p.getMetrics()).as("metrics of %s", id).isNotEmpty();
            // PII: redacted by default to keyed hashes.
            assertThat(p.getContact().getEmails()).allMatch(e -> e.startsWith("hmac:"));
        }

        int roles = ids.stream().mapToInt(id -> published.get(id).getExperiences().size()).sum();
        int skills = ids.stream().mapToInt(id -> published.get(id).getSkills().size()).sum();
        int metrics = ids.stream().mapToInt(id -> published.get(id).getMetrics().size()).sum();
        List<ConsumerRecord<String, ExperienceRecord>> exp = harness.readUntil("profiles.experiences",
                ExperienceRecord.class, rs -> rs.size() >= roles, WAIT);
        List<ConsumerRecord<String, SkillRecord>> sk = harness.readUntil("profiles.skills", SkillRecord.class,
                rs -> rs.size() >= skills, WAIT);
        List<ConsumerRecord<String, MetricRecord>> me = harness.readUntil("profiles.metrics", MetricRecord.class,
                rs -> rs.size() >= metrics, WAIT);
        assertThat(exp).hasSize(roles);
        assertThat(sk).hasSize(skills);
        assertThat(me).hasSize(metrics);
        for (ConsumerRecord<String, ExperienceRecord> r : exp) {
            ParsedProfile p = published.get(r.key());
            assertThat(r.value().getProfileId()).isEqualTo(r.key());
            assertThat(r.value().getRevision()).isEqualTo(p.getRevision());
            assertThat(p.getExperiences().get(r.value().getIndex())).isEqualTo(r.value());
        }
        for (ConsumerRecord<String, MetricRecord> r : me) {
            assertThat(published.get(r.key()).getMetrics()).contains(r.value());
        }

        for (String id : ids) {
            HttpResponse<String> res = harness.get(app.apiPort(), "/profiles/" + id, null);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(res.body());
            assertThat(body.path("name").asText()).isEqualTo(published.get(id).getName());
            assertThat(body.path("experiences").size()).isEqualTo(published.get(id).getExperiences().size());
            assertThat(res.body()).doesNotContain("@example.");
            HttpResponse<String> part = harness.get(app.apiPort(), "/profiles/" + id + "/metrics", null);
            assertThat(JSON.readTree(part.body()).size()).isEqualTo(published.get(id).getMetrics().size());
        }
        HttpResponse<String> missing = harness.get(app.apiPort(), "/profiles/no-such-profile", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("error").asText()).contains("unknown profile");

        // The skill index answers through the taxonomy: k8s finds Kubernetes.
        Set<String> withKubernetes = ids.stream().filter(id -> published.get(id).getSkills().stream()
                .anyMatch(s -> s.getName().equals("Kubernetes"))).collect(Collectors.toSet());
        assertThat(withKubernetes).isNotEmpty();
        HttpResponse<String> bySkill = harness.get(app.apiPort(), "/skills/k8s/profiles", null);
        assertThat(bySkill.statusCode()).as(bySkill.body()).isEqualTo(200);
        Set<String> found = new HashSet<>();
        JSON.readTree(bySkill.body()).path("profiles").forEach(n -> found.add(n.path("profileId").asText()));
        assertThat(found).isEqualTo(withKubernetes);
    }

    @Test
    @Order(2)
    void brokenInputIsDeadLetteredAndThePipelineKeepsGoing() throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, harness.broker.bootstrapServers());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>("profiles.raw", "not-avro", "plain text, no wire format".getBytes(StandardCharsets.UTF_8))).get();
        }
        try (DocumentPublisher publisher = publisher()) {
            publisher.publish(doc("empty-content", "text/plain", new byte[0])).get();
            publisher.publish(doc("truncated-pdf", "application/pdf", "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII))).get();
            publisher.publish(doc("after-the-bad-ones", "text/plain",
                    "Jordan Blake\n\nExperience\nBackend Engineer, Acme Corp, Jan 2020 - Present\n- Cut API latency by 40%\n\nSkills\nJava, Kafka"
                            .getBytes(StandardCharsets.UTF_8))).get();
        }
        List<ConsumerRecord<String, DeadLetter>> dlq = harness.readUntil("profiles.dlq", DeadLetter.class,
                rs -> rs.size() >= 3, WAIT);
        Map<String, DeadLetter> byKey = dlq.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
        assertThat(byKey).containsOnlyKeys("not-avro", "empty-content", "truncated-pdf");
        assertThat(byKey.get("not-avro").getStage()).isEqualTo("deserialize");
        assertThat(byKey.get("not-avro").getOriginal()).isNotNull();
        assertThat(byKey.get("empty-content").getStage()).isEqualTo("normalize");
        assertThat(byKey.get("truncated-pdf").getStage()).isEqualTo("normalize");
        byKey.values().forEach(d -> {
            assertThat(d.getMessage()).isNotBlank();
            assertThat(d.getSourceTopic()).isEqualTo("profiles.raw");
        });

        List<ConsumerRecord<String, ParsedProfile>> parsed = harness.readUntil("profiles.parsed", ParsedProfile.class,
                rs -> rs.stream().anyMatch(r -> r.key().equals("after-the-bad-ones")), WAIT);
        assertThat(parsed).anyMatch(r -> r.key().equals("after-the-bad-ones")
                && "Jordan Blake".equals(r.value().getName()));
    }

    @Test
    @Order(3)
    void aRestartedProcessorRestoresItsStoreFromKafka() throws Exception {
        assertThat(published).isNotEmpty();
        app.close();
        // Wipe the local RocksDB state: everything must come back from the changelog topics.
        io.profileflow.embedded.EmbeddedKafkaBroker.deleteRecursively(stateDir);
        app = harness.startProcessor(settings);
        for (Map.Entry<String, ParsedProfile> e : published.entrySet()) {
            HttpResponse<String> res = harness.get(app.apiPort(), "/profiles/" + e.getKey(), null);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            assertThat(JSON.readTree(res.body()).path("revision").asText()).isEqualTo(e.getValue().getRevision());
        }
    }

    private static RawDocument doc(String id, String type, byte[] content) {
        return RawDocument.newBuilder().setDocumentId(id).setSource("test:" + id).setContentType(type)
                .setContent(ByteBuffer.wrap(content)).setReceivedAt(Instant.now()).setMetadata(Map.of()).build();
    }
}
