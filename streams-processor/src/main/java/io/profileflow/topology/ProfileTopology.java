package io.profileflow.topology;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import java.time.Duration;

/**
 * The pipeline, top to bottom:
 * <pre>
 * profiles.raw --extract--> key by profileId --+--> profiles.parsed --> [profiles-store, skill-index-store]
 *      |                                       +--> profiles.experiences (one record per role)
 *      |                                       +--> profiles.skills      (one record per skill)
 *      |                                       +--> profiles.metrics     (one record per achievement)
 *      +-- any failure (deserialize, normalize, extract, produce) --> profiles.dlq   (via DeadLetterHandlers)
 * </pre>
 * The stores are fed from {@code profiles.parsed} rather than from the extraction stream so that they are
 * partitioned by profileId without a separate repartition topic.
 */
public final class ProfileTopology {
    private ProfileTopology() {
    }

    /** With the engine's default time budget ({@link ExtractorSettings#DEFAULT_TIME_BUDGET}). */
    public static Topology buildTopology(Topics topics, PipelineSerdes serdes, ProfileExtractor extractor,
                                         PipelineMetrics metrics) {
        return buildTopology(topics, serdes, extractor, metrics, ExtractorSettings.DEFAULT_TIME_BUDGET);
    }

    /** {@code budget}: the extractor's time budget, which the topology enforces (see {@link BudgetedExtraction}). */
    public static Topology buildTopology(Topics topics, PipelineSerdes serdes, ProfileExtractor extractor,
                                         PipelineMetrics metrics, Duration budget) {
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, ParsedProfile> parsed = builder
                .stream(topics.raw(), Consumed.with(Serdes.String(), serdes.raw()).withName("read-raw-documents"))
                .processValues(() -> new ExtractProfileProcessor(extractor, budget, metrics), Named.as("extract-profile"))
                // The document's metadata may name another profile id; outputs are keyed by profile.
                .selectKey((documentId, profile) -> profile.getProfileId(), Named.as("key-by-profile-id"));

        parsed.to(topics.parsed(), produced(serdes.parsed(), "write-parsed", metrics, topics.parsed()));
        parsed.flatMapValues(ParsedProfile::getExperiences, Named.as("fan-out-experiences"))
                .to(topics.experiences(), produced(serdes.experience(), "write-experiences", metrics, topics.experiences()));
        parsed.flatMapValues(ParsedProfile::getSkills, Named.as("fan-out-skills"))
                .to(topics.skills(), produced(serdes.skill(), "write-skills", metrics, topics.skills()));
        parsed.flatMapValues(ParsedProfile::getMetrics, Named.as("fan-out-metrics"))
                .to(topics.metrics(), produced(serdes.metric(), "write-metrics", metrics, topics.metrics()));

        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.PROFILES),
                Serdes.String(), serdes.parsed()));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.SKILL_INDEX),
                Serdes.String(), Serdes.String()));
        builder.stream(topics.parsed(), Consumed.with(Serdes.String(), serdes.parsed()).withName("read-parsed"))
                .process(ProfileIndexer::new, Named.as("index-profiles"), Stores.PROFILES, Stores.SKILL_INDEX);

        return builder.build();
    }

    private static <V> Produced<String, V> produced(org.apache.kafka.common.serialization.Serde<V> serde, String name,
                                                   PipelineMetrics metrics, String topic) {
        return Produced.with(Serdes.String(), metrics.countingSerde(serde, topic)).withName(name);
    }
}
