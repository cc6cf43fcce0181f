package io.profileflow.topology;

import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.avro.SkillRecord;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of every topic and store: Avro in the Confluent wire format, against one registry client. */
public record PipelineSerdes(Serde<RawDocument> raw, Serde<ParsedProfile> parsed, Serde<ExperienceRecord> experience,
                             Serde<SkillRecord> skill, Serde<MetricRecord> metric, Serde<DeadLetter> deadLetter) {

    public static PipelineSerdes using(SchemaRegistryClient registry) {
        return new PipelineSerdes(AvroSerdes.forClass(RawDocument.class, registry),
                AvroSerdes.forClass(ParsedProfile.class, registry),
                AvroSerdes.forClass(ExperienceRecord.class, registry),
                AvroSerdes.forClass(SkillRecord.class, registry),
                AvroSerdes.forClass(MetricRecord.class, registry),
                AvroSerdes.forClass(DeadLetter.class, registry));
    }
}
