package io.profileflow.serde;

import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro into generated records. The writer schema comes from the registry by the id in
 * the header (once per id) and is resolved against the reader's schema, so data written with an older (or newer)
 * compatible schema reads into the current class. The reader class is the one given to the constructor, or, when
 * configured by class name, the generated class named by the writer schema. Null bytes give null. Thread-safe.
 */
public class ConfluentAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

  private final ConcurrentMap<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
  private SchemaRegistryClient client;
  private Class<T> recordClass;

  /** For Kafka's configuration by class name: {@link #configure(Map, boolean)} must follow. */
  public ConfluentAvroDeserializer() {
  }

  public ConfluentAvroDeserializer(SchemaRegistryClient client, Class<T> recordClass) {
    this.client = Objects.requireNonNull(client, "client");
    this.recordClass = Objects.requireNonNull(recordClass, "recordClass");
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.client = AvroSerdeConfig.client(configs, client);
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    int id = ConfluentWireFormat.schemaId(data, topic);
    if (client == null) {
      throw new IllegalStateException("ConfluentAvroDeserializer is not configured: pass "
          + SchemaRegistryClient.URL_CONFIG + " through configure() or build it with a SchemaRegistryClient");
    }
    DatumReader<T> reader = readers.get(id);
    if (reader == null) {
      // Built outside the map's lock (it may call the registry); two threads racing build equal readers.
      DatumReader<T> built = newReader(id, topic);
      DatumReader<T> raced = readers.putIfAbsent(id, built);
      reader = raced != null ? raced : built;
    }
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, ConfluentWireFormat.HEADER_SIZE,
        data.length - ConfluentWireFormat.HEADER_SIZE, null);
    try {
      return reader.read(null, decoder);
    } catch (IOException | AvroRuntimeException | ClassCastException | IndexOutOfBoundsException e) {
      throw new SerializationException("Could not decode the Avro value of a record from topic " + topic
          + " with writer schema id " + id + ": " + e, e);
    }
  }

  private DatumReader<T> newReader(int id, String topic) {
    Schema writer = writerSchema(id, topic);
    Class<T> target = recordClass != null ? recordClass : classNamedBy(writer, id, topic);
    SpecificData model = SpecificData.getForClass(target);
    return new SpecificDatumReader<>(writer, model.getSchema(target), model);
  }

  private Schema writerSchema(int id, String topic) {
    try {
      return client.getById(id);
    } catch (SchemaRegistryException e) {
      if (e.isNotFound()) {
        throw new SerializationException("Unknown schema id " + id + " in a record from topic " + topic
            + ": the schema registry at " + client.baseUrl() + " has no such schema (" + e.getMessage() + ")", e);
      }
      throw new SerializationException("Could not fetch writer schema id " + id + " for a record from topic " + topic
          + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> classNamedBy(Schema writer, int id, String topic) {
    Class<?> found = SpecificData.get().getClass(writer);
    if (found == null || !SpecificRecord.class.isAssignableFrom(found)) {
      throw new SerializationException("No generated Avro class " + writer.getFullName() + " on the classpath for"
          + " writer schema id " + id + " (topic " + topic + "); give the deserializer the record class");
    }
    return (Class<T>) found;
  }
}
