package io.profileflow.serde;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: magic byte 0, the writer schema's registry id as a 4-byte big-endian int, then the Avro
 * binary encoding of the value. Every Confluent-compatible serializer reads and writes this framing.
 */
public final class ConfluentWireFormat {

  public static final byte MAGIC_BYTE = 0x0;
  /** Magic byte plus schema id. */
  public static final int HEADER_SIZE = 5;

  private ConfluentWireFormat() {
  }

  /** Writes the 5-byte header for {@code schemaId}. */
  public static void writeHeader(ByteArrayOutputStream out, int schemaId) {
    out.write(MAGIC_BYTE);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
  }

  /**
   * The schema id in the header of {@code payload}.
   *
   * @throws SerializationException when the payload is too short or does not start with the magic byte, i.e. it was
   *                                not written by a Confluent-compatible serializer
   */
  public static int schemaId(byte[] payload, String topic) {
    if (payload.length < HEADER_SIZE) {
      throw new SerializationException("Payload of " + payload.length + " byte(s) from topic " + topic
          + " is too short for the Confluent wire format, which starts with a " + HEADER_SIZE
          + "-byte header (magic byte 0 and a 4-byte schema id)");
    }
    if (payload[0] != MAGIC_BYTE) {
      throw new SerializationException(String.format("Unknown magic byte 0x%02x in a record from topic %s: expected"
          + " 0x00, so this value was not written in the Confluent wire format (schema registry Avro)",
          payload[0] & 0xff, topic));
    }
    return (payload[1] & 0xff) << 24 | (payload[2] & 0xff) << 16 | (payload[3] & 0xff) << 8 | payload[4] & 0xff;
  }
}
