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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-document time budget in the topology: a document whose extraction outruns extract.time.budget.ms
 * becomes a dead letter at stage extract, and the next document is processed as usual. Either the engine stops
 * itself at its next budget check, or, for a stage that never checks (here: a metric extractor that hangs), the
 * topology gives the document up after the budget plus {@link BudgetedExtraction#GRACE}. A metric extractor that
 * stalls on marked clauses stands in for a slow stage (the engine itself is too fast to outrun a budget
 * deterministically).
 */
class TimeBudgetTopologyTest {
    private static final Duration BUDGET = Duration.ofMillis(300);
    private static final long STALL_MS = 600;
    private static final long HANG_MS = 20_000;
    @RegisterExtension
    static final RealRegistrySerdes REGISTRY = new RealRegistrySerdes();

    @Test
    void documentsOverTheBudgetAreDeadLetteredAtStageExtractAndTheNextOneIsParsed() {
        ClauseMetrics standard = ClauseMetrics.standard();
        ClauseMetrics stalling = clause -> {
            if (clause.contains("STALL") || clause.contains("HANG")) {
                try {
                    Thread.sleep(clause.contains("STALL") ? STALL_MS : HANG_MS);
                } catch (InterruptedException e) {
                    // given up by the topology: return at once
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
        DeadLetterHandlers.install(props, new DeadLetterWriter(Topics.DEFAULT.dlq(),
                REGISTRY.serdes().deadLetter().serializer(), 1000, metrics));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                ProfileTopology.buildTopology(Topics.DEFAULT, REGISTRY.serdes(), extractor, metrics, BUDGET), props)) {
            TestInputTopic<String, RawDocument> raw = driver.createInputTopic(Topics.DEFAULT.raw(),
                    new StringSerializer(), REGISTRY.serdes().raw().serializer());
            long t0 = System.nanoTime();
            raw.pipeInput("slow", doc("slow", bullets("STALL")));
            long slowMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            raw.pipeInput("hung", doc("hung", bullets("HANG")));
            long hungMs = (System.nanoTime() - t0) / 1_000_000;
            raw.pipeInput("fast", doc("fast", "- Cut costs by 30%"));

            Map<String, DeadLetter> dlq = driver.createOutputTopic(Topics.DEFAULT.dlq(), new StringDeserializer(),
                    REGISTRY.serdes().deadLetter().deserializer()).readKeyValuesToMap();
            assertThat(dlq).containsOnlyKeys("slow", "hung");
            for (DeadLetter d : dlq.values()) {
                assertThat(d.getStage()).isEqualTo("extract");
                assertThat(d.getErrorClass()).isEqualTo(TimeBudgetExceededException.class.getName());
                assertThat(d.getMessage()).contains("exceeded the time budget of " + BUDGET.toMillis() + " ms");
            }
            // The engine stopped itself at its next check, after the stall and not after every clause.
            assertThat(dlq.get("slow").getMessage()).contains("during extracting metrics");
            assertThat(slowMs).isBetween(STALL_MS, STALL_MS + BUDGET.toMillis() + 1000);
            // The hanging stage never checks: the topology gave up at budget + grace, not after the hang.
            assertThat(dlq.get("hung").getMessage()).contains("the topology gave the document up");
            long limit = BUDGET.plus(BudgetedExtraction.GRACE).toMillis();
            assertThat(hungMs).isBetween(limit, limit + 1000);
            Map<String, ParsedProfile> parsed = driver.createOutputTopic(Topics.DEFAULT.parsed(),
                    new StringDeserializer(), REGISTRY.serdes().parsed().deserializer()).readKeyValuesToMap();
            assertThat(parsed).containsOnlyKeys("fast");
            System.out.printf("[time-budget] budget %d ms: stalled document dead-lettered by the engine after %d ms, "
                    + "hanging one by the topology after %d ms (hang %d ms); next document parsed%n",
                    BUDGET.toMillis(), slowMs, hungMs, HANG_MS);
        }
    }

    /** 40 distinct quantified bullets, the first one carrying the marker. */
    private static String bullets(String marker) {
        StringBuilder sb = new StringBuilder("- Cut costs by 30% " + marker + "\n");
        for (int i = 1; i < 40; i++) {
            sb.append("- Cut latency of service ").append(i).append(" by ").append(i).append("%\n");
        }
        return sb.toString();
    }

    private static RawDocument doc(String id, String bullets) {
        String text = "Casey Morrow\n\nExperience\nBackend Engineer, Acme Corp, Jan 2020 - Present\n" + bullets
                + "\n\nSkills\nJava\n";
        return RawDocument.newBuilder().setDocumentId(id).setSource("test").setContentType("text/plain")
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).setReceivedAt(Instant.now())
                .setMetadata(Map.of()).build();
    }
}
