package io.profileflow.api;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.topology.SkillIndexEntry;
import io.profileflow.topology.Stores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interactive queries over this instance's stores, and where in the cluster a key lives.
 * Throws {@link NotReadyException} while stores are migrating or restoring, so callers answer 503, never a
 * wrong 404.
 */
final class StoreQueries {
    private final KafkaStreams streams;
    private final HostInfo self;

    StoreQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    static final class NotReadyException extends RuntimeException {
        NotReadyException(String message) {
            super(message);
        }
    }

    /** Where {@code profileId} lives: the owning instance and the store partition holding it. */
    record Owner(HostInfo host, int partition, boolean isSelf) {
    }

    Owner ownerOf(String profileId) {
        requireRunning();
        KeyQueryMetadata meta = streams.queryMetadataForKey(Stores.PROFILES, profileId, Serdes.String().serializer());
        if (meta == null || meta.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new NotReadyException("the owner of this profile is not known yet (rebalancing)");
        }
        return new Owner(meta.activeHost(), meta.partition(), meta.activeHost().equals(self));
    }

    /**
     * The profile from the one local store partition that owns the key. Asking that partition only (rather than
     * every local partition) makes "absent" trustworthy: if the partition moved away since {@link #ownerOf},
     * Kafka Streams throws instead of returning null, and the caller answers 503 rather than a wrong 404.
     */
    Optional<ParsedProfile> localProfile(String profileId, int partition) {
        return Optional.ofNullable(this.<ParsedProfile>store(Stores.PROFILES, partition).get(profileId));
    }

    /**
     * The skill's entries in the given partitions of this instance's skill index. Each partition is read through
     * its own active store: if one has moved away, Kafka Streams throws and the caller answers 503.
     */
    List<SkillIndexEntry> localSkillEntries(String canonicalSkill, List<Integer> partitions) {
        List<SkillIndexEntry> out = new ArrayList<>();
        for (int partition : partitions) {
            try (KeyValueIterator<String, String> it = this.<String>store(Stores.SKILL_INDEX, partition)
                    .prefixScan(SkillIndexEntry.prefix(canonicalSkill), new StringSerializer())) {
                it.forEachRemaining(kv -> out.add(SkillIndexEntry.fromJson(kv.value)));
            }
        }
        return out;
    }

    /** Which instance to ask for which partition of the skill index (see {@link SkillIndexFanOut}). */
    Map<HostInfo, List<Integer>> skillIndexPlan(SkillIndexFanOut fanOut) {
        requireRunning();
        return fanOut.plan(streams.streamsMetadataForStore(Stores.SKILL_INDEX));
    }

    HostInfo self() {
        return self;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, int partition) {
        requireRunning();
        StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> params =
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore());
        try {
            return streams.store(params.withPartition(partition));
        } catch (InvalidStateStoreException e) {
            throw new NotReadyException("store " + name + " is not available yet: " + e.getMessage());
        }
    }

    private void requireRunning() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            throw new NotReadyException("the processor is " + streams.state() + ", not RUNNING");
        }
    }
}
