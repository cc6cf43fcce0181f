package io.profileflow.api;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.internals.StreamsMetadataImpl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillIndexFanOutTest {
    private static final HostInfo A = new HostInfo("10.0.0.1", 8080);
    private static final HostInfo B = new HostInfo("10.0.0.2", 8080);
    private final SkillIndexFanOut fanOut = new SkillIndexFanOut("profiles.parsed", 4);

    @Test
    void everyPartitionIsAskedOfItsActiveOwnerOnce() {
        // B also holds partition 0 as a standby and reads profiles.raw partitions: neither is asked.
        StreamsMetadata a = instance(A, Set.of(tp("profiles.parsed", 0), tp("profiles.parsed", 2), tp("profiles.raw", 1)),
                Set.of());
        StreamsMetadata b = instance(B, Set.of(tp("profiles.parsed", 1), tp("profiles.parsed", 3), tp("profiles.raw", 0)),
                Set.of(tp("profiles.parsed", 0)));

        Map<HostInfo, List<Integer>> plan = fanOut.plan(List.of(a, b));

        assertThat(plan).containsOnlyKeys(A, B);
        assertThat(plan.get(A)).containsExactly(0, 2);
        assertThat(plan.get(B)).containsExactly(1, 3);
    }

    @Test
    void aPartitionWithoutActiveOwnerMakesTheAnswerUnavailable() {
        StreamsMetadata a = instance(A, Set.of(tp("profiles.parsed", 0), tp("profiles.parsed", 1)), Set.of());
        StreamsMetadata b = instance(B, Set.of(tp("profiles.parsed", 3)), Set.of(tp("profiles.parsed", 2)));

        assertThatThrownBy(() -> fanOut.plan(List.of(a, b)))
                .isInstanceOf(StoreQueries.NotReadyException.class)
                .hasMessageContaining("[2]");
    }

    @Test
    void partitionListsRoundTripAndBadOnesAreRefused() {
        assertThat(fanOut.parse(SkillIndexFanOut.format(List.of(3, 0, 2)))).containsExactly(3, 0, 2);
        assertThatThrownBy(() -> fanOut.parse("4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fanOut.parse("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fanOut.parse("1,1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fanOut.parse("1,x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fanOut.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fanOut.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static StreamsMetadata instance(HostInfo host, Set<TopicPartition> active, Set<TopicPartition> standby) {
        return new StreamsMetadataImpl(host, Set.of("skill-index-store"), active, Set.of("skill-index-store"), standby);
    }

    private static TopicPartition tp(String topic, int partition) {
        return new TopicPartition(topic, partition);
    }
}
