package io.profileflow.api;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.topology.SkillIndexEntry;
import io.profileflow.topology.Stores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** The instance that owns {@code profileId}: this one (empty) or another one. */
    Optional<HostInfo> remoteOwnerOf(String profileId) {
        requireRunning();
        KeyQueryMetadata meta = streams.queryMetadataForKey(Stores.PROFILES, profileId, Serdes.String().serializer());
        if (meta == null || meta.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new NotReadyException("the owner of this profile is not known yet (rebalancing)");
        }
        return meta.activeHost().equals(self) ? Optional.empty() : Optional.of(meta.activeHost());
    }

    Optional<ParsedProfile> localProfile(String profileId) {
        return Optional.ofNullable(profileStore().get(profileId));
    }

    List<SkillIndexEntry> localSkillEntries(String canonicalSkill) {
        List<SkillIndexEntry> out = new ArrayList<>();
        try (KeyValueIterator<String, String> it = skillStore()
                .prefixScan(SkillIndexEntry.prefix(canonicalSkill), new StringSerializer())) {
            it.forEachRemaining(kv -> out.add(SkillIndexEntry.fromJson(kv.value)));
        }
        return out;
    }

    /** Every other instance that hosts part of the skill index. */
    List<HostInfo> otherInstances() {
        requireRunning();
        Collection<StreamsMetadata> all = streams.streamsMetadataForStore(Stores.SKILL_INDEX);
        List<HostInfo> hosts = new ArrayList<>();
        for (StreamsMetadata m : all) {
            if (!m.hostInfo().equals(self)) hosts.add(m.hostInfo());
        }
        return hosts;
    }

    private ReadOnlyKeyValueStore<String, ParsedProfile> profileStore() {
        return store(Stores.PROFILES);
    }

    private ReadOnlyKeyValueStore<String, String> skillStore() {
        return store(Stores.SKILL_INDEX);
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        requireRunning();
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
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
