package io.profileflow.serde;

import io.profileflow.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;

/** Entry points for code that builds its serdes itself (Kafka Streams topologies, producers, tests). */
public final class AvroSerdes {

  private AvroSerdes() {
  }

  /**
   * A value serde for {@code recordClass}: subject {@code <topic>-value}, schemas registered on first use. Share one
   * client between serdes so they share its caches.
   */
  public static <T extends SpecificRecord> ConfluentAvroSerde<T> forClass(Class<T> recordClass,
                                                                           SchemaRegistryClient client) {
    return new ConfluentAvroSerde<>(client, recordClass, false, true);
  }
}
