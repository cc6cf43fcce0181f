package io.profileflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/** Confluent's default subject naming: {@code <topic>-value} for values, {@code <topic>-key} for keys. */
public final class TopicNameStrategy {

  private TopicNameStrategy() {
  }

  public static String subject(String topic, boolean isKey) {
    if (topic == null || topic.isEmpty()) {
      throw new SerializationException("No topic given: the schema registry subject is named after the topic ("
          + "<topic>-" + (isKey ? "key" : "value") + ")");
    }
    return topic + (isKey ? "-key" : "-value");
  }
}
