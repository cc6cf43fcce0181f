package io.profileflow.app;

import io.profileflow.topology.Stores;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/** Size of the profile store, for the {@code profileflow_profiles_in_store} gauge. */
final class StoreSize {
    private StoreSize() {
    }

    /**
     * RocksDB's estimate of the profiles in this instance's active partitions (standbys excluded, so the sum over
     * instances counts each profile once); NaN while the store cannot be queried (starting, rebalancing, restoring).
     */
    static double activeProfiles(KafkaStreams streams) {
        if (streams.state() != KafkaStreams.State.RUNNING) return Double.NaN;
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(Stores.PROFILES,
                    QueryableStoreTypes.<String, Object>keyValueStore())).approximateNumEntries();
        } catch (InvalidStateStoreException e) {
            return Double.NaN;
        }
    }
}
