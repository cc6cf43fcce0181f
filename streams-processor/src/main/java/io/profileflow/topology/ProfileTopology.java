package io.profileflow.topology;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.Properties;

/**
 * The pipeline, top to bottom:
 * <pre>
 * profiles.raw --extract--> key by profileId --+--> profiles.parsed --> table [profiles-store] --> [skill-index-store]
 *      |                                       +--> profiles.experiences (one record per role)
 *      |                                       +--> profiles.skills      (one record per skill)
 *      |                                       +--> profiles.metrics     (one record per achievement)
 *      +-- any failure (deserialize, normalize, extract, produce) --> profiles.dlq   (via DeadLetterHandlers)
 * </pre>
 * The stores are fed from {@code profiles.parsed} rather than from the extraction stream so that they are
 * partitioned by profileId without a separate repartition topic.
 */
public final class ProfileTopology {
    /**
     * The optimization the topology is built with, and which the app's StreamsConfig names too: the profile table
     * uses its source topic (profiles.parsed) as changelog instead of writing every profile a second time.
     */
    public static final String OPTIMIZATION = StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS;

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

        // The profile table is read back from profiles.parsed, which partitions it by profileId without a
        // repartition topic; with topology.optimization=reuse.ktable.source.topics (set by the app) that topic is
        // also its changelog, so each profile is written once rather than twice.
        KTable<String, ParsedProfile> profiles = builder.table(topics.parsed(),
                Consumed.with(Serdes.String(), serdes.parsed()).withName("read-parsed"),
                Materialized.<String, ParsedProfile, KeyValueStore<Bytes, byte[]>>as(Stores.PROFILES)
                        .withKeySerde(Serdes.String()).withValueSerde(serdes.parsed()));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.SKILL_INDEX),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.PROFILE_SKILLS),
                Serdes.String(), Serdes.String()));
        profiles.toStream(Named.as("profile-changes"))
                .process(SkillIndexer::new, Named.as("index-skills"), Stores.SKILL_INDEX, Stores.PROFILE_SKILLS);

        Properties optimizations = new Properties();
        optimizations.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, OPTIMIZATION);
        return builder.build(optimizations);
    }

    private static <V> Produced<String, V> produced(org.apache.kafka.common.serialization.Serde<V> serde, String name,
                                                   PipelineMetrics metrics, String topic) {
        return Produced.with(Serdes.String(), metrics.countingSerde(serde, topic)).withName(name);
    }
}
