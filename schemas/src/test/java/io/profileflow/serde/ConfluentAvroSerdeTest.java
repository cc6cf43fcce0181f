package io.profileflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profileflow.avro.RawDocument;
import io.profileflow.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Everything the serde decides before it needs a registry; round trips run against a real one in the ITs. */
class ConfluentAvroSerdeTest {

  // Nothing listens on port 9 of the loopback; none of these tests may get as far as calling it.
  private final SchemaRegistryClient noRegistry = SchemaRegistryClient.builder("http://127.0.0.1:9").maxRetries(0).build();
  private final ConfluentAvroSerde<RawDocument> serde = AvroSerdes.forClass(RawDocument.class, noRegistry);

  @Test
  void nullIsATombstoneBothWays() {
    assertThat(serde.serializer().serialize("profiles.raw", null)).isNull();
    assertThat(serde.deserializer().deserialize("profiles.raw", null)).isNull();
  }

  @Test
  void plainJsonIsRejectedForItsMagicByte() {
    byte[] json = "{\"documentId\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> serde.deserializer().deserialize("profiles.raw", json))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Unknown magic byte 0x7b in a record from topic profiles.raw");
  }

  @Test
  void truncatedHeaderIsRejected() {
    assertThatThrownBy(() -> serde.deserializer().deserialize("profiles.raw", new byte[] {0, 0}))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Payload of 2 byte(s) from topic profiles.raw is too short");
  }

  @Test
  void unconfiguredSerializerSaysWhatIsMissing() {
    ConfluentAvroSerializer<RawDocument> bare = new ConfluentAvroSerializer<>();
    assertThatThrownBy(() -> bare.serialize("profiles.raw", SampleRecords.rawDocument()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void autoRegisterFlagMustBeABoolean() {
    ConfluentAvroSerializer<RawDocument> serializer = new ConfluentAvroSerializer<>();
    assertThatThrownBy(() -> serializer.configure(Map.of("schema.registry.url", "http://127.0.0.1:9",
        "auto.register.schemas", "yes"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("auto.register.schemas must be true or false, not 'yes'");
  }
}
