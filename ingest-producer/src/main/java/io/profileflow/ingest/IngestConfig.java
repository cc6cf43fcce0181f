package io.profileflow.ingest;

import io.profileflow.config.Setting;

import java.util.List;

/** Every setting of the ingest producer, declared once (same sources and precedence as the processor's). */
public final class IngestConfig {
    private IngestConfig() {
    }

    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.string("bootstrap.servers", null,
            "Kafka bootstrap servers (required).");
    public static final Setting<String> SCHEMA_REGISTRY_URL = Setting.string("schema.registry.url", null,
            "Base URL of a Confluent-API schema registry (required).");
    public static final Setting<String> SCHEMA_REGISTRY_AUTH = Setting.secret("schema.registry.basic.auth.user.info",
            "user:password for the registry's basic auth, if it needs one.");
    public static final Setting<String> TOPIC_RAW = Setting.string("topic.raw", "profiles.raw",
            "Topic the documents are published to.");
    public static final Setting<Long> MAX_DOCUMENT_BYTES = Setting.longValue("ingest.max.document.bytes",
            10L * 1024 * 1024, "Files larger than this are refused before publishing, with a message.");

    public static final List<Setting<?>> ALL = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, SCHEMA_REGISTRY_AUTH,
            TOPIC_RAW, MAX_DOCUMENT_BYTES);
}
