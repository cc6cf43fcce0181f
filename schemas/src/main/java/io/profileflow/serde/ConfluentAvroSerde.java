package io.profileflow.serde;

import io.profileflow.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** {@link ConfluentAvroSerializer} and {@link ConfluentAvroDeserializer} as one Kafka {@link Serde}. */
public class ConfluentAvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final ConfluentAvroSerializer<T> serializer;
  private final ConfluentAvroDeserializer<T> deserializer;

  /** For Kafka's configuration by class name: {@link #configure(Map, boolean)} must follow. */
  public ConfluentAvroSerde() {
    this.serializer = new ConfluentAvroSerializer<>();
    this.deserializer = new ConfluentAvroDeserializer<>();
  }

  public ConfluentAvroSerde(SchemaRegistryClient client, Class<T> recordClass, boolean isKey, boolean autoRegister) {
    this.serializer = new ConfluentAvroSerializer<>(client, isKey, autoRegister);
    this.deserializer = new ConfluentAvroDeserializer<>(client, recordClass);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
