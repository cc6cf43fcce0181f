package io.profileflow.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.extract.ClauseMetrics;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.extract.TimeBudgetExceededException;
import io.profileflow.metrics.PipelineMetrics;
import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-document time budget in the topology: a document whose extraction outruns extract.time.budget.ms
 * becomes a dead letter at stage extract within about the budget, and the next document is processed as usual.
 * A metric extractor that stalls on one marked clause stands in for a slow stage (the engine itself is too fast
 * to outrun a budget deterministically).
 */
class TimeBudgetTopologyTest {
    private static final Duration BUDGET = Duration.ofMillis(300);
    private static final long STALL_MS = 600;
    private static EmbeddedSchemaRegistry registry;
    private static PipelineSerdes serdes;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedSchemaRegistry.start();
        serdes = PipelineSerdes.using(SchemaRegistryClient.builder(registry.url()).build());
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void aDocumentOverTheBudgetIsDeadLetteredAtStageExtractAndTheNextOneIsParsed() {
        ClauseMetrics standard = ClauseMetrics.standard();
        ClauseMetrics stalling = clause -> {
            if (clause.contains("STALL")) {
                try {
                    Thread.sleep(STALL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return standard.extract(clause);
        };
        PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
        ProfileExtractor extractor = new ProfileExtractor(ExtractorSettings.defaults()
                .withPiiHashKey("k".getBytes(StandardCharsets.UTF_8)).withTimeBudget(BUDGET), stalling);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "time-budget-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Production.class);
        props.put(DeadLetterWriter.CONFIG_KEY, new DeadLetterWriter(Topics.DEFAULT.dlq(),
                serdes.deadLetter().serializer(), 1000, metrics));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                ProfileTopology.buildTopology(Topics.DEFAULT, serdes, extractor, metrics), props)) {
            TestInputTopic<String, RawDocument> raw = driver.createInputTopic(Topics.DEFAULT.raw(),
                    new StringSerializer(), serdes.raw().serializer());
            long t0 = System.nanoTime();
            raw.pipeInput("slow", doc("slow", "- Cut costs by 30% (STALL here)\n- Cut latency by 20%\n- Cut toil by 10%"));
            long slowMs = (System.nanoTime() - t0) / 1_000_000;
            raw.pipeInput("fast", doc("fast", "- Cut costs by 30%"));

            Map<String, DeadLetter> dlq = driver.createOutputTopic(Topics.DEFAULT.dlq(), new StringDeserializer(),
                    serdes.deadLetter().deserializer()).readKeyValuesToMap();
            assertThat(dlq).containsOnlyKeys("slow");
            assertThat(dlq.get("slow").getStage()).isEqualTo("extract");
            assertThat(dlq.get("slow").getErrorClass()).isEqualTo(TimeBudgetExceededException.class.getName());
            assertThat(dlq.get("slow").getMessage()).contains("time budget");
            // Stopped at the first budget check after the stall, not after every stalled clause.
            assertThat(slowMs).isLessThan(STALL_MS + BUDGET.toMillis() + 1000);
            Map<String, ParsedProfile> parsed = driver.createOutputTopic(Topics.DEFAULT.parsed(),
                    new StringDeserializer(), serdes.parsed().deserializer()).readKeyValuesToMap();
            assertThat(parsed).containsOnlyKeys("fast");
            System.out.printf("[time-budget] budget %d ms, stalled document dead-lettered (extract) after %d ms: %s%n",
                    BUDGET.toMillis(), slowMs, dlq.get("slow").getMessage());
        }
    }

    private static RawDocument doc(String id, String bullets) {
        String text = "Casey Morrow\n\nExperience\nBackend Engineer, Acme Corp, Jan 2020 - Present\n" + bullets
                + "\n\nSkills\nJava\n";
        return RawDocument.newBuilder().setDocumentId(id).setSource("test").setContentType("text/plain")
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).setReceivedAt(Instant.now())
                .setMetadata(Map.of()).build();
    }
}
