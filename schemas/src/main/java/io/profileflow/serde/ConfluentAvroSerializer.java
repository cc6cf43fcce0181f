package io.profileflow.serde;

import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in the Confluent wire format, registering (or, with {@code auto.register.schemas=false},
 * looking up) the record's schema under {@code <topic>-value} / {@code <topic>-key} on first use. A null record gives
 * null bytes (a tombstone). Thread-safe.
 */
public class ConfluentAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

  private static final int INITIAL_BUFFER_BYTES = 4096;
  /** A scratch buffer larger than this is not kept for the next record (one huge record must not pin its memory). */
  private static final int MAX_KEPT_BUFFER_BYTES = 1 << 20;
  /**
   * Per-thread scratch buffer and encoder: a fresh 256-byte stream grown by doubling copied a parsed profile
   * (a few KB) five times and built a new encoder for every record; on the pipeline's hot path that was a visible
   * share of the serialization cost. The record's bytes are still copied out once, at their exact size.
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final ConcurrentMap<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
  private SchemaRegistryClient client;
  private boolean isKey;
  private boolean autoRegister = true;

  /** For Kafka's configuration by class name: {@link #configure(Map, boolean)} must follow. */
  public ConfluentAvroSerializer() {
  }

  public ConfluentAvroSerializer(SchemaRegistryClient client, boolean isKey, boolean autoRegister) {
    this.client = Objects.requireNonNull(client, "client");
    this.isKey = isKey;
    this.autoRegister = autoRegister;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean key) {
    this.client = AvroSerdeConfig.client(configs, client);
    this.isKey = key;
    this.autoRegister = AvroSerdeConfig.autoRegister(configs);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    if (client == null) {
      throw new IllegalStateException("ConfluentAvroSerializer is not configured: pass " + SchemaRegistryClient.URL_CONFIG
          + " through configure() or build it with a SchemaRegistryClient");
    }
    Schema schema = data.getSchema();
    int id = schemaId(TopicNameStrategy.subject(topic, isKey), schema);
    Scratch scratch = SCRATCH.get();
    ByteArrayOutputStream out = scratch.start();
    ConfluentWireFormat.writeHeader(out, id);
    try {
      BinaryEncoder encoder = scratch.encoder();
      writer(data).write(data, encoder);
      encoder.flush();
    } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
      // Avro reports a missing required field as an NPE and a wrongly typed one as a ClassCastException.
      throw new SerializationException("Could not encode " + schema.getFullName() + " for topic " + topic + ": " + e,
          e);
    }
    return out.toByteArray();
  }

  /** One thread's reusable output stream and the direct (unbuffered) encoder writing into it. */
  private static final class Scratch {
    private ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BUFFER_BYTES);
    private BinaryEncoder encoder;

    /** The stream, emptied; replaced by a small one when the previous record made it huge. */
    ByteArrayOutputStream start() {
      if (out.size() > MAX_KEPT_BUFFER_BYTES) {
        out = new ByteArrayOutputStream(INITIAL_BUFFER_BYTES);
      }
      out.reset();
      return out;
    }

    BinaryEncoder encoder() {
      encoder = EncoderFactory.get().directBinaryEncoder(out, encoder);
      return encoder;
    }
  }

  private int schemaId(String subject, Schema schema) {
    try {
      return autoRegister ? client.register(subject, schema) : client.lookup(subject, schema);
    } catch (SchemaRegistryException e) {
      if (!autoRegister && e.isNotFound()) {
        throw new SerializationException("The schema of " + schema.getFullName() + " is not registered under subject "
            + subject + " in the schema registry at " + client.baseUrl() + ", and "
            + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG + " is false: register it first (" + e.getMessage() + ")", e);
      }
      String action = autoRegister ? "register" : "look up";
      throw new SerializationException("Could not " + action + " the schema of " + schema.getFullName()
          + " under subject " + subject + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private DatumWriter<T> writer(T data) {
    // The class's own model carries its logical-type conversions (timestamp-millis <-> Instant).
    return writers.computeIfAbsent(data.getSchema(),
        schema -> new SpecificDatumWriter<>(schema, SpecificData.getForClass((Class<T>) data.getClass())));
  }
}
