package io.profileflow.app;

import io.profileflow.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the pipeline's topics that do not exist yet; existing topics are left exactly as they are. Returns how
 * many partitions each topic has (the API plans its skill-index fan-out by them).
 */
final class TopicProvisioner {
    /** How long a topic just created may stay unknown to the broker that answers describeTopics. */
    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private TopicProvisioner() {
    }

    static Map<String, Integer> ensureTopics(Map<String, Object> adminConfig, Topics topics, int partitions,
                                             int replication) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topics.all()) {
                if (existing.contains(name)) continue;
                NewTopic t = new NewTopic(name, Optional.of(partitions),
                        replication > 0 ? Optional.of((short) replication) : Optional.empty());
                if (topics.isCompacted(name)) {
                    t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                // Documents and profiles can be several MB.
                t.configs(merge(t.configs(), Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024))));
                missing.add(t);
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw e; // another instance won the race
                }
            }
            return partitionCounts(admin, topics.all());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Partitions per topic. Right after creation the broker that answers may not know a new topic yet
     * ("This server does not host this topic-partition"), so that answer is retried for a while.
     */
    private static Map<String, Integer> partitionCounts(Admin admin, Collection<String> names)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        while (true) {
            try {
                Map<String, Integer> counts = new HashMap<>();
                admin.describeTopics(names).allTopicNames().get()
                        .forEach((name, description) -> counts.put(name, description.partitions().size()));
                return counts;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new HashMap<>();
        if (a != null) m.putAll(a);
        m.putAll(b);
        return m;
    }
}
