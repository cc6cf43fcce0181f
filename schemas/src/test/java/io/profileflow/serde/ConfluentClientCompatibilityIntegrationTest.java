package io.profileflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.flink.avro.registry.confluent.shaded.io.confluent.kafka.schemaregistry.client.CachedSchemaRegistryClient;
import org.apache.flink.avro.shaded.org.apache.avro.Schema;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericDatumReader;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericDatumWriter;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecord;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecordBuilder;
import org.apache.flink.avro.shaded.org.apache.avro.io.BinaryEncoder;
import org.apache.flink.avro.shaded.org.apache.avro.io.DecoderFactory;
import org.apache.flink.avro.shaded.org.apache.avro.io.EncoderFactory;
import org.apache.flink.formats.avro.registry.confluent.ConfluentSchemaRegistryCoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the wire format against Confluent's own code: Confluent's {@code CachedSchemaRegistryClient} with Flink's
 * Confluent framing ({@code ConfluentSchemaRegistryCoder}), both as relocated inside
 * {@code flink-sql-avro-confluent-registry} (Confluent's serializer jars are not on Maven Central), with the Avro
 * that jar carries. Downstream consumers using Confluent deserializers see exactly this.
 */
class ConfluentClientCompatibilityIntegrationTest {

  private static EmbeddedSchemaRegistry registry;
  private static SchemaRegistryClient ourClient;
  private static CachedSchemaRegistryClient confluentClient;

  @BeforeAll
  static void startRegistry() {
    registry = EmbeddedSchemaRegistry.start();
    ourClient = SchemaRegistryClient.builder(registry.url()).build();
    confluentClient = new CachedSchemaRegistryClient(registry.url(), 100);
  }

  @AfterAll
  static void stopRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  @Test
  void confluentCodeReadsWhatOurSerializerWrote() throws IOException {
    RawDocument document = SampleRecords.rawDocument();
    byte[] bytes = AvroSerdes.forClass(RawDocument.class, ourClient).serializer().serialize("compat.raw", document);

    GenericRecord read = readWithConfluent(bytes);

    assertThat(read.getSchema().getFullName()).isEqualTo("io.profileflow.avro.RawDocument");
    assertThat(read.get("documentId").toString()).isEqualTo("doc-7");
    assertThat(read.get("contentType").toString()).isEqualTo("text/plain");
    assertThat(StandardCharsets.UTF_8.decode((ByteBuffer) read.get("content")).toString())
        .isEqualTo("Ada Quill\nStaff Engineer at Nimbus Widgets");
    assertThat(read.get("receivedAt")).isEqualTo(SampleRecords.RECEIVED_AT.toEpochMilli());
    assertThat(((Map<?, ?>) read.get("metadata")).entrySet()).extracting(e -> e.getKey() + "=" + e.getValue())
        .containsExactlyInAnyOrder("profileId=p-ada", "origin=test");
  }

  @Test
  void confluentCodeReadsNestedRecords() throws IOException {
    byte[] bytes = AvroSerdes.forClass(ParsedProfile.class, ourClient).serializer()
        .serialize("compat.parsed", SampleRecords.parsedProfile());

    GenericRecord read = readWithConfluent(bytes);

    GenericRecord role = (GenericRecord) ((List<?>) read.get("experiences")).get(0);
    GenericRecord metric = (GenericRecord) ((List<?>) read.get("metrics")).get(0);
    assertThat(read.get("name").toString()).isEqualTo("Ada Quill");
    assertThat(((GenericRecord) read.get("contact")).get("piiMode").toString()).isEqualTo("redact");
    assertThat(role.get("company").toString()).isEqualTo("Nimbus Widgets");
    assertThat(role.get("current")).isEqualTo(true);
    assertThat(metric.get("value")).isEqualTo(0.12);
    assertThat(metric.get("baseline")).isEqualTo(0.8);
  }

  @Test
  void ourDeserializerReadsWhatConfluentCodeWrote() throws IOException {
    Schema schema = new Schema.Parser().parse(RawDocument.getClassSchema().toString());
    GenericRecord record = new GenericRecordBuilder(schema)
        .set("documentId", "doc-c1")
        .set("source", "s3://bucket/cv.pdf")
        .set("contentType", "application/pdf")
        .set("content", ByteBuffer.wrap(new byte[] {'%', 'P', 'D', 'F'}))
        .set("receivedAt", 1_700_000_000_000L)
        .set("metadata", Map.of("team", "blue"))
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConfluentSchemaRegistryCoder("compat.confluent-value", confluentClient).writeSchema(schema, out);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();

    RawDocument read = new ConfluentAvroDeserializer<>(SchemaRegistryClient.builder(registry.url()).build(),
        RawDocument.class).deserialize("compat.confluent", out.toByteArray());

    assertThat(read.getDocumentId()).isEqualTo("doc-c1");
    assertThat(read.getSource()).isEqualTo("s3://bucket/cv.pdf");
    assertThat(read.getContentType()).isEqualTo("application/pdf");
    assertThat(read.getContent()).isEqualTo(ByteBuffer.wrap(new byte[] {'%', 'P', 'D', 'F'}));
    assertThat(read.getReceivedAt().toEpochMilli()).isEqualTo(1_700_000_000_000L);
    assertThat(read.getMetadata()).containsExactlyEntriesOf(Map.of("team", "blue"));
    assertThat(ourClient.subjects()).contains("compat.confluent-value");
  }

  private static GenericRecord readWithConfluent(byte[] bytes) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    // Confluent's client fetches the writer schema by the id in the header the coder parses.
    Schema writer = new ConfluentSchemaRegistryCoder(confluentClient).readSchema(in);
    return new GenericDatumReader<GenericRecord>(writer).read(null, DecoderFactory.get().binaryDecoder(in, null));
  }
}
