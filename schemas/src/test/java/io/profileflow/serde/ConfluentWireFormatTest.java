package io.profileflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ConfluentWireFormatTest {

  @Test
  void headerIsMagicByteThenBigEndianId() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfluentWireFormat.writeHeader(out, 0x01020304);
    assertThat(out.toByteArray()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void idRoundTripsIncludingHighBytes() {
    for (int id : new int[] {0, 1, 255, 256, 65_536, 0x7fffffff, 0xcafebabe}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ConfluentWireFormat.writeHeader(out, id);
      out.write(42);
      assertThat(ConfluentWireFormat.schemaId(out.toByteArray(), "t")).isEqualTo(id);
    }
  }

  @Test
  void wrongMagicByteIsNamedWithTheTopic() {
    byte[] json = "{\"documentId\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(json, "profiles.raw"))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Unknown magic byte 0x7b in a record from topic profiles.raw: expected 0x00, so this value was"
            + " not written in the Confluent wire format (schema registry Avro)");
  }

  @Test
  void shortPayloadGivesItsLength() {
    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(new byte[] {0, 0, 1}, "profiles.raw"))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("Payload of 3 byte(s) from topic profiles.raw is too short for the Confluent wire format");
  }

  @Test
  void subjectsFollowTopicNames() {
    assertThat(TopicNameStrategy.subject("profiles.raw", false)).isEqualTo("profiles.raw-value");
    assertThat(TopicNameStrategy.subject("profiles.raw", true)).isEqualTo("profiles.raw-key");
    assertThatThrownBy(() -> TopicNameStrategy.subject(null, false)).isInstanceOf(SerializationException.class);
  }
}
