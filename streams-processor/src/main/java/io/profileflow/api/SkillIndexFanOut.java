package io.profileflow.api;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which instance to ask for which partition of the skill index. Every partition is asked exactly once, of the
 * instance that owns it as active: asking each instance for "all its local partitions" instead could count a
 * partition twice or not at all while it moves during a rebalance. A partition without an active owner (being
 * reassigned) makes the whole answer unavailable (503), never a silently short list.
 *
 * @param storeTopic the topic the skill index is built from (its partitions are the store's partitions)
 * @param partitions how many partitions that topic has
 */
record SkillIndexFanOut(String storeTopic, int partitions) {

    /** The partitions to ask each instance for, by instance, from the cluster's current assignment. */
    Map<HostInfo, List<Integer>> plan(Collection<StreamsMetadata> instances) {
        Map<Integer, HostInfo> owners = new TreeMap<>();
        for (StreamsMetadata instance : instances) {
            for (TopicPartition tp : instance.topicPartitions()) {
                if (tp.topic().equals(storeTopic)) {
                    owners.put(tp.partition(), instance.hostInfo());
                }
            }
        }
        TreeSet<Integer> unowned = new TreeSet<>();
        for (int p = 0; p < partitions; p++) {
            if (!owners.containsKey(p)) {
                unowned.add(p);
            }
        }
        if (!unowned.isEmpty()) {
            throw new StoreQueries.NotReadyException("skill index partition(s) " + unowned
                    + " have no active owner yet (rebalancing)");
        }
        Map<HostInfo, List<Integer>> byHost = new TreeMap<>(
                java.util.Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port));
        owners.forEach((partition, host) -> byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(partition));
        return byHost;
    }

    /** "0,3,5" as sent to another instance. */
    static String format(List<Integer> partitions) {
        StringBuilder sb = new StringBuilder();
        for (int p : partitions) {
            sb.append(sb.isEmpty() ? "" : ",").append(p);
        }
        return sb.toString();
    }

    /** The partitions of a "0,3,5" query value, each within 0..partitions-1; anything else is refused. */
    List<Integer> parse(String value) {
        List<Integer> out = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("partitions missing");
        }
        for (String part : value.split(",", -1)) {
            int p;
            try {
                p = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a partition number: '" + part + "'");
            }
            if (p < 0 || p >= partitions || out.contains(p)) {
                throw new IllegalArgumentException("partition " + p + " is out of range or repeated");
            }
            out.add(p);
        }
        return out;
    }
}
