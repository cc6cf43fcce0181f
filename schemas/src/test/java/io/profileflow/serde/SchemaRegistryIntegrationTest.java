package io.profileflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profileflow.avro.DeadLetter;
import io.profileflow.avro.ExperienceRecord;
import io.profileflow.avro.MetricRecord;
import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.avro.SkillRecord;
import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The serde against a real Apicurio Registry (started once for the class). */
class SchemaRegistryIntegrationTest {

  private static EmbeddedSchemaRegistry registry;
  private static SchemaRegistryClient client;

  @BeforeAll
  static void startRegistry() {
    registry = EmbeddedSchemaRegistry.start();
    client = SchemaRegistryClient.builder(registry.url()).build();
  }

  @AfterAll
  static void stopRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  @Test
  void everyRecordTypeRoundTripsAndIsRegisteredUnderItsTopicsValueSubject() {
    assertRoundTrip("profiles.raw", SampleRecords.rawDocument(), RawDocument.class);
    assertRoundTrip("profiles.parsed", SampleRecords.parsedProfile(), ParsedProfile.class);
    assertRoundTrip("profiles.experiences", SampleRecords.experience(), ExperienceRecord.class);
    assertRoundTrip("profiles.skills", SampleRecords.skill(), SkillRecord.class);
    assertRoundTrip("profiles.metrics", SampleRecords.metric(), MetricRecord.class);
    assertRoundTrip("profiles.dlq", SampleRecords.deadLetter(), DeadLetter.class);

    assertThat(client.subjects()).contains("profiles.raw-value", "profiles.parsed-value", "profiles.experiences-value",
        "profiles.skills-value", "profiles.metrics-value", "profiles.dlq-value");
  }

  @Test
  void keySerializerUsesTheKeySubject() {
    ConfluentAvroSerializer<RawDocument> keys = new ConfluentAvroSerializer<>(client, true, true);
    keys.serialize("keyed.raw", SampleRecords.rawDocument());

    assertThat(client.subjects()).contains("keyed.raw-key").doesNotContain("keyed.raw-value");
  }

  @Test
  void olderWriterSchemaWithFewerFieldsReadsIntoTheCurrentClass() throws IOException {
    Schema older = new Schema.Parser().parse("""
        {"type": "record", "name": "RawDocument", "namespace": "io.profileflow.avro", "fields": [
          {"name": "documentId", "type": "string"},
          {"name": "content", "type": "bytes"},
          {"name": "receivedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}""");
    int olderId = client.register("evolving.raw-value", older);
    GenericRecord old = new GenericData.Record(older);
    old.put("documentId", "doc-old");
    old.put("content", ByteBuffer.wrap("Grace Ledger".getBytes(StandardCharsets.UTF_8)));
    old.put("receivedAt", 1_600_000_000_000L);
    byte[] oldBytes = frame(olderId, older, old);

    // The registry holds the subject to BACKWARD: the current schema only adds fields with defaults, so it passes.
    byte[] current = AvroSerdes.forClass(RawDocument.class, client).serializer()
        .serialize("evolving.raw", SampleRecords.rawDocument());
    assertThat(ConfluentWireFormat.schemaId(current, "evolving.raw")).isNotEqualTo(olderId);

    RawDocument read = freshDeserializer(RawDocument.class).deserialize("evolving.raw", oldBytes);
    assertThat(read.getDocumentId()).isEqualTo("doc-old");
    assertThat(StandardCharsets.UTF_8.decode(read.getContent()).toString()).isEqualTo("Grace Ledger");
    assertThat(read.getReceivedAt().toEpochMilli()).isEqualTo(1_600_000_000_000L);
    assertThat(read.getSource()).isEmpty();
    assertThat(read.getContentType()).isEmpty();
    assertThat(read.getMetadata()).isEmpty();
  }

  @Test
  void incompatibleChangeIsRefusedBecauseCompatibilityIsBackward() {
    AvroSerdes.forClass(SkillRecord.class, client).serializer().serialize("strict.skills", SampleRecords.skill());
    Schema breaking = new Schema.Parser().parse(SkillRecord.getClassSchema().toString().replaceFirst(
        "\"fields\":\\[", "\"fields\":[{\"name\":\"mandatory\",\"type\":\"string\"},"));

    assertThatThrownBy(() -> client.register("strict.skills-value", breaking))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void unknownSchemaIdIsAClearError() {
    byte[] bytes = {0, 0, 0, 0x7f, 0x7f, 2, 'x'};

    assertThatThrownBy(() -> freshDeserializer(RawDocument.class).deserialize("profiles.raw", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Unknown schema id 32639 in a record from topic profiles.raw: the schema registry at "
            + registry.url() + " has no such schema");
  }

  @Test
  void unreachableRegistryIsNamedInTheError() throws IOException {
    String url = "http://127.0.0.1:" + closedPort() + "/apis/ccompat/v7";
    SchemaRegistryClient nowhere = SchemaRegistryClient.builder(url).maxRetries(1).build();

    assertThatThrownBy(() -> AvroSerdes.forClass(RawDocument.class, nowhere).serializer()
        .serialize("profiles.raw", SampleRecords.rawDocument()))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Could not register the schema of io.profileflow.avro.RawDocument under subject"
            + " profiles.raw-value: schema registry at " + url + " is unreachable: java.net.ConnectException");
  }

  @Test
  void withoutAutoRegisterTheSchemaMustAlreadyBeThere() {
    ConfluentAvroSerializer<MetricRecord> lookupOnly = new ConfluentAvroSerializer<>();
    lookupOnly.configure(Map.of("schema.registry.url", registry.url(), "auto.register.schemas", "false"), false);

    assertThatThrownBy(() -> lookupOnly.serialize("lookup.metrics", SampleRecords.metric()))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("The schema of io.profileflow.avro.MetricRecord is not registered under subject"
            + " lookup.metrics-value in the schema registry at " + registry.url()
            + ", and auto.register.schemas is false");

    byte[] registered = AvroSerdes.forClass(MetricRecord.class, client).serializer()
        .serialize("lookup.metrics", SampleRecords.metric());
    byte[] lookedUp = lookupOnly.serialize("lookup.metrics", SampleRecords.metric());
    assertThat(lookedUp).isEqualTo(registered);
  }

  @Test
  void deserializerConfiguredByNameFindsTheGeneratedClass() {
    byte[] bytes = AvroSerdes.forClass(DeadLetter.class, client).serializer()
        .serialize("named.dlq", SampleRecords.deadLetter());
    ConfluentAvroDeserializer<DeadLetter> byName = new ConfluentAvroDeserializer<>();
    byName.configure(Map.of("schema.registry.url", registry.url()), false);

    assertThat(byName.deserialize("named.dlq", bytes)).isEqualTo(SampleRecords.deadLetter());
  }

  private static <T extends SpecificRecord> void assertRoundTrip(String topic, T record, Class<T> type) {
    byte[] bytes = AvroSerdes.forClass(type, client).serializer().serialize(topic, record);

    assertThat(bytes[0]).isZero();
    int id = ConfluentWireFormat.schemaId(bytes, topic);
    assertThat(freshClient().getById(id)).isEqualTo(record.getSchema());
    // A deserializer with its own client must resolve the id from the registry, not from the serializer's cache.
    assertThat(freshDeserializer(type).deserialize(topic, bytes)).isEqualTo(record);
  }

  private static <T extends SpecificRecord> ConfluentAvroDeserializer<T> freshDeserializer(Class<T> type) {
    return new ConfluentAvroDeserializer<>(freshClient(), type);
  }

  private static SchemaRegistryClient freshClient() {
    return SchemaRegistryClient.builder(registry.url()).build();
  }

  private static byte[] frame(int id, Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfluentWireFormat.writeHeader(out, id);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
