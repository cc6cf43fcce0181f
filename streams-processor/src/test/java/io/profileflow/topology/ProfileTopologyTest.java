package io.profileflow.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.avro.SkillRecord;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology on Kafka's TopologyTestDriver, with the real schema registry (Apicurio child process) behind the
 * serdes: routing, keys, fan-out, the dead-letter handlers, and the skill index's cleanup on re-send.
 */
class ProfileTopologyTest {
    @RegisterExtension
    static final RealRegistrySerdes REGISTRY = new RealRegistrySerdes();

    private TopologyTestDriver driver;
    private PipelineMetrics metrics;
    private TestInputTopic<String, RawDocument> raw;
    private TestInputTopic<String, byte[]> rawBytes;

    @BeforeEach
    void setUp() {
        metrics = new PipelineMetrics(new SimpleMeterRegistry());
        ProfileExtractor extractor = new ProfileExtractor(ExtractorSettings.defaults()
                .withPiiHashKey("test-key".getBytes(StandardCharsets.UTF_8)).withMaxDocumentBytes(4096));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        DeadLetterHandlers.install(props, new DeadLetterWriter(Topics.DEFAULT.dlq(),
                REGISTRY.serdes().deadLetter().serializer(), 100, metrics));
        driver = new TopologyTestDriver(ProfileTopology.buildTopology(Topics.DEFAULT, REGISTRY.serdes(), extractor, metrics), props);
        raw = driver.createInputTopic(Topics.DEFAULT.raw(), new StringSerializer(), REGISTRY.serdes().raw().serializer());
        rawBytes = driver.createInputTopic(Topics.DEFAULT.raw(), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private <V> TestOutputTopic<String, V> output(String topic, org.apache.kafka.common.serialization.Serde<V> serde) {
        return driver.createOutputTopic(topic, new StringDeserializer(), serde.deserializer());
    }

    private static RawDocument doc(String id, String text, Map<String, String> metadata) {
        return RawDocument.newBuilder().setDocumentId(id).setSource("test").setContentType("text/plain")
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).setReceivedAt(Instant.now())
                .setMetadata(metadata).build();
    }

    private static final String RESUME = """
            Ana Lima
            ana.lima@example.com

            Experience
            Platform Engineer, Northwind Cargo, Feb 2020 - Present
            - Moved 40 services to Kubernetes, cutting deploy time by 70%.
            Backend Developer, Bluefin Apps, Jan 2017 - Jan 2020
            - Built Java and PostgreSQL services handling 2K requests per second.

            Skills
            Java, Kubernetes, PostgreSQL, Terraform
            """;

    @Test
    void aDocumentFansOutToEveryTopicKeyedByTheProfileIdFromMetadata() {
        raw.pipeInput("doc-1", doc("doc-1", RESUME, Map.of("profileId", "ana")));

        List<org.apache.kafka.streams.test.TestRecord<String, ParsedProfile>> parsed =
                output(Topics.DEFAULT.parsed(), REGISTRY.serdes().parsed()).readRecordsToList();
        assertThat(parsed).hasSize(1);
        ParsedProfile profile = parsed.get(0).value();
        assertThat(parsed.get(0).key()).isEqualTo("ana");
        assertThat(profile.getDocumentId()).isEqualTo("doc-1");
        assertThat(profile.getName()).isEqualTo("Ana Lima");
        assertThat(profile.getContact().getEmails()).singleElement().asString().startsWith("hmac:");

        List<ExperienceRecord> roles = output(Topics.DEFAULT.experiences(), REGISTRY.serdes().experience()).readValuesToList();
        List<SkillRecord> skills = output(Topics.DEFAULT.skills(), REGISTRY.serdes().skill()).readValuesToList();
        List<MetricRecord> achievements = output(Topics.DEFAULT.metrics(), REGISTRY.serdes().metric()).readValuesToList();
        assertThat(roles).isEqualTo(profile.getExperiences()).hasSize(2);
        assertThat(roles).extracting(ExperienceRecord::getCompany).containsExactly("Northwind Cargo", "Bluefin Apps");
        assertThat(skills).isEqualTo(profile.getSkills());
        assertThat(skills).extracting(SkillRecord::getName).contains("Java", "Kubernetes", "PostgreSQL", "Terraform");
        assertThat(achievements).isEqualTo(profile.getMetrics()).isNotEmpty();
        assertThat(output(Topics.DEFAULT.dlq(), REGISTRY.serdes().deadLetter()).isEmpty()).isTrue();

        KeyValueStore<String, ParsedProfile> store = driver.getKeyValueStore(Stores.PROFILES);
        assertThat(store.get("ana")).isEqualTo(profile);
    }

    @Test
    void resendingTheSameDocumentGivesIdenticalRecords() {
        raw.pipeInput("doc-1", doc("doc-1", RESUME, Map.of()));
        raw.pipeInput("doc-1", doc("doc-1", RESUME, Map.of()));
        List<ParsedProfile> parsed = output(Topics.DEFAULT.parsed(), REGISTRY.serdes().parsed()).readValuesToList();
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(1).getRevision()).isEqualTo(parsed.get(0).getRevision());
        assertThat(parsed.get(1).getExperiences()).isEqualTo(parsed.get(0).getExperiences());
        assertThat(parsed.get(1).getMetrics()).isEqualTo(parsed.get(0).getMetrics());
    }

    @Test
    void badRecordsBecomeDeadLettersWithTheirStageAndThePipelineGoesOn() {
        rawBytes.pipeInput("garbage", new byte[]{1, 2, 3, 4, 5, 6});
        raw.pipeInput("empty", doc("empty", "", Map.of()));
        raw.pipeInput("too-big", doc("too-big", "x".repeat(5000), Map.of()));
        raw.pipeInput("good", doc("good", RESUME, Map.of()));

        Map<String, DeadLetter> dlq = output(Topics.DEFAULT.dlq(), REGISTRY.serdes().deadLetter()).readKeyValuesToMap();
        assertThat(dlq).containsOnlyKeys("garbage", "empty", "too-big");
        assertThat(dlq.get("garbage").getStage()).isEqualTo("deserialize");
        assertThat(dlq.get("garbage").getMessage()).contains("magic byte");
        assertThat(dlq.get("empty").getStage()).isEqualTo("normalize");
        assertThat(dlq.get("too-big").getStage()).isEqualTo("normalize");
        assertThat(dlq.get("too-big").getMessage()).contains("above the limit of 4096");
        // Capped at dlq.max.original.bytes (100 here), with the real size kept.
        assertThat(dlq.get("too-big").getOriginal().remaining()).isEqualTo(100);
        assertThat(dlq.get("too-big").getOriginalSize()).isGreaterThan(5000);
        assertThat(output(Topics.DEFAULT.parsed(), REGISTRY.serdes().parsed()).readKeyValuesToMap()).containsOnlyKeys("good");
    }

    @Test
    void theSkillIndexDropsSkillsAProfileNoLongerHas() {
        raw.pipeInput("doc-1", doc("doc-1", RESUME, Map.of()));
        KeyValueStore<String, String> index = driver.getKeyValueStore(Stores.SKILL_INDEX);
        assertThat(index.get(SkillIndexEntry.key("Terraform", "doc-1"))).isNotNull();

        raw.pipeInput("doc-1", doc("doc-1", RESUME.replace("Terraform", "Ansible"), Map.of()));
        assertThat(index.get(SkillIndexEntry.key("Terraform", "doc-1"))).isNull();
        SkillIndexEntry ansible = SkillIndexEntry.fromJson(index.get(SkillIndexEntry.key("Ansible", "doc-1")));
        assertThat(ansible.name()).isEqualTo("Ana Lima");
        assertThat(index.get(SkillIndexEntry.key("Kubernetes", "doc-1"))).isNotNull();
    }
}
