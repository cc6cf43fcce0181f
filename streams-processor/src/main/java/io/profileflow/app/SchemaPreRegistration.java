package io.profileflow.app;

import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.SkillRecord;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.registry.SchemaRegistryException;
import io.profileflow.topology.Topics;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers every schema the instance writes (output topics; the profile table's changelog is one of them) before Kafka
 * Streams starts. Otherwise the first record of every stream thread on every instance registers the same schemas
 * at the same moment, and a registry can answer such a race with HTTP 500 (Apicurio on H2 does: lock timeout,
 * duplicate key), which costs a failed task and a rebalance. Done once up front, the client's id cache then
 * serves the serializers without another call.
 * <p>Best effort: if the registry cannot be reached now, the instance still starts and waits for it (the
 * serializers register lazily, and the dead-letter handlers fail the task until the registry is back).
 */
final class SchemaPreRegistration {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaPreRegistration.class);

    private SchemaPreRegistration() {
    }

    static void registerOutputSchemas(SchemaRegistryClient client, Topics topics) {
        Map<String, Schema> subjects = new LinkedHashMap<>();
        subjects.put(topics.parsed() + "-value", ParsedProfile.getClassSchema());
        subjects.put(topics.experiences() + "-value", ExperienceRecord.getClassSchema());
        subjects.put(topics.skills() + "-value", SkillRecord.getClassSchema());
        subjects.put(topics.metrics() + "-value", MetricRecord.getClassSchema());
        subjects.put(topics.dlq() + "-value", DeadLetter.getClassSchema());
        // The profile table's values are serialized under its changelog's name, which is profiles.parsed itself
        // (ProfileTopology.OPTIMIZATION): registered above.
        try {
            subjects.forEach(client::register);
        } catch (SchemaRegistryException e) {
            LOG.warn("Could not register the output schemas up front ({}); they will be registered on first use",
                    e.getMessage());
        }
    }
}
