package io.profileflow.serde;

import io.profileflow.registry.SchemaRegistryClient;
import java.util.Locale;
import java.util.Map;

/**
 * The serde settings beyond the registry client's own ({@link SchemaRegistryClient#fromConfig(Map)}): the same keys
 * as Confluent's serializers, so existing configurations carry over.
 */
public final class AvroSerdeConfig {

  /** Whether the serializer registers a new schema (true, the default) or only looks up its id (false). */
  public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";

  private AvroSerdeConfig() {
  }

  static boolean autoRegister(Map<String, ?> configs) {
    Object value = configs.get(AUTO_REGISTER_SCHEMAS_CONFIG);
    if (value == null) {
      return true;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    String text = value.toString().trim().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException(AUTO_REGISTER_SCHEMAS_CONFIG + " must be true or false, not '" + value + "'");
    }
    return Boolean.parseBoolean(text);
  }

  /** The client named by {@code configs}, or {@code current} when they name no registry and one is already set. */
  static SchemaRegistryClient client(Map<String, ?> configs, SchemaRegistryClient current) {
    if (current != null && configs.get(SchemaRegistryClient.URL_CONFIG) == null) {
      return current;
    }
    return SchemaRegistryClient.fromConfig(configs);
  }
}
