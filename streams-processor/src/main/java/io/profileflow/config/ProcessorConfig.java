package io.profileflow.config;

import io.profileflow.extract.PiiMode;

import java.nio.file.Path;
import java.util.List;

/**
 * Every setting of the streams processor, declared once with type, default and documentation.
 * Set them in a properties file ({@code --config FILE}), as environment variables
 * ({@code PROFILEFLOW_} + name upper-cased, dots as underscores), or as {@code --set name=value} flags.
 * Any {@code kafka.*} key is passed to the Kafka clients unchanged (see {@link Settings}).
 */
public final class ProcessorConfig {
    private ProcessorConfig() {
    }

    // --- Where Kafka and the registry are -------------------------------------------------------------------
    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.string("bootstrap.servers", null,
            "Kafka bootstrap servers. Empty: start an embedded single-node KRaft broker in this JVM.");
    public static final Setting<String> SCHEMA_REGISTRY_URL = Setting.string("schema.registry.url", null,
            "Base URL of a Confluent-API schema registry (Apicurio: http://host:port/apis/ccompat/v7). "
                    + "Empty: start the embedded Apicurio registry as a child process.");
    public static final Setting<String> SCHEMA_REGISTRY_AUTH = Setting.secret("schema.registry.basic.auth.user.info",
            "user:password for the registry's basic auth, if it needs one.");
    public static final Setting<String> EMBEDDED_DATA_DIR = Setting.string("embedded.data.dir", null,
            "Directory of the embedded broker's log; empty: a temporary directory deleted on exit.");

    // --- Kafka Streams -------------------------------------------------------------------------------------
    public static final Setting<String> APPLICATION_ID = Setting.string("application.id", "profileflow-processor",
            "Kafka Streams application id: consumer group, prefix of internal topics.");
    public static final Setting<String> APPLICATION_SERVER = Setting.string("application.server", null,
            "host:port other instances use to reach this one's HTTP API; default: http.host:http.port.");
    public static final Setting<String> STATE_DIR = Setting.string("state.dir",
            Path.of(System.getProperty("java.io.tmpdir"), "profileflow-state").toString(),
            "Directory for the RocksDB state stores; keep it on a persistent volume to avoid full restores.");
    public static final Setting<Integer> NUM_STREAM_THREADS = Setting.integer("num.stream.threads",
            Runtime.getRuntime().availableProcessors(),
            "Stream threads per instance; extraction is CPU-bound, so one per core (default: this machine's cores; "
                    + "bench on 2 cores: 1 thread 239 docs/s, 2 threads 321 docs/s).");
    public static final Setting<Integer> NUM_STANDBY_REPLICAS = Setting.integer("num.standby.replicas", 0,
            "Warm copies of each store on other instances, for fast failover.");
    public static final Setting<Long> COMMIT_INTERVAL_MS = Setting.longValue("commit.interval.ms", 200L,
            "How often a transaction commits under exactly_once_v2: latency vs. throughput.");
    public static final Setting<Long> CACHE_MAX_BYTES = Setting.longValue("statestore.cache.max.bytes",
            10L * 1024 * 1024, "Record cache across all threads; deduplicates store writes between commits. Under "
                    + "exactly_once_v2 it is flushed at every commit, so it only needs to hold one commit interval of "
                    + "profiles (200 ms at ~1,000 profiles/s of a few KB); more only costs heap.");
    public static final Setting<Integer> ROCKSDB_MEMORY_MB = Setting.integer("rocksdb.memory.mb", 64,
            "Off-heap memory shared by all RocksDB stores in the JVM (block cache + memtables); bounds RSS.");
    public static final Setting<Integer> TOPIC_PARTITIONS = Setting.integer("topics.partitions", 6,
            "Partitions for topics the processor creates when they are missing.");
    public static final Setting<Integer> TOPIC_REPLICATION = Setting.integer("topics.replication.factor", -1,
            "Replication factor for created topics; -1 uses the broker default.");

    // --- Topics --------------------------------------------------------------------------------------------
    public static final Setting<String> TOPIC_RAW = Setting.string("topic.raw", "profiles.raw", "Input documents.");
    public static final Setting<String> TOPIC_PARSED = Setting.string("topic.parsed", "profiles.parsed",
            "Latest ParsedProfile per profile (compacted).");
    public static final Setting<String> TOPIC_EXPERIENCES = Setting.string("topic.experiences",
            "profiles.experiences", "One ExperienceRecord per role.");
    public static final Setting<String> TOPIC_SKILLS = Setting.string("topic.skills", "profiles.skills",
            "One SkillRecord per skill of a profile.");
    public static final Setting<String> TOPIC_METRICS = Setting.string("topic.metrics", "profiles.metrics",
            "One MetricRecord per quantified achievement.");
    public static final Setting<String> TOPIC_DLQ = Setting.string("topic.dlq", "profiles.dlq",
            "Dead letters: inputs that could not become a profile, with stage and reason.");
    public static final Setting<Integer> DLQ_MAX_ORIGINAL_BYTES = Setting.integer("dlq.max.original.bytes", 65536,
            "How many bytes of the original input a dead letter keeps.");

    // --- Extraction ----------------------------------------------------------------------------------------
    public static final Setting<Long> MAX_DOCUMENT_BYTES = Setting.longValue("extract.max.document.bytes",
            10L * 1024 * 1024, "Documents above this size are dead-lettered (stage normalize).");
    public static final Setting<Long> TIME_BUDGET_MS = Setting.longValue("extract.time.budget.ms", 5000L,
            "Per-document extraction time budget; a document over it is dead-lettered (stage extract).");
    public static final Setting<String> TAXONOMY_PATH = Setting.string("extract.taxonomy.path", null,
            "A skill taxonomy TSV to use instead of the bundled one (canonical, category, aliases, flags).");
    public static final Setting<PiiMode> PII_MODE = Setting.enumValue("pii.mode", PiiMode.class, PiiMode.REDACT,
            "Contact details in outputs: redact (keyed hash), keep, or drop.");
    public static final Setting<String> PII_HASH_KEY = Setting.secret("pii.hash.key",
            "HMAC-SHA256 key for redacted contact details. Unset: a random key per start (hashes then do not join "
                    + "across restarts). Never commit it; pass it through the environment or a secret store.");

    // --- HTTP API and metrics ------------------------------------------------------------------------------
    public static final Setting<String> HTTP_HOST = Setting.string("http.host", "127.0.0.1",
            "Interface the HTTP API binds to; 0.0.0.0 in containers.");
    public static final Setting<Integer> HTTP_PORT = Setting.integer("http.port", 8080,
            "Port of the HTTP API (/profiles, /skills, /health, /metrics); 0 picks a free one.");
    public static final Setting<String> API_TOKEN = Setting.secret("api.token",
            "When set, every endpoint except /health/* and /metrics needs Authorization: Bearer <token>.");
    public static final Setting<Integer> KAFKA_METRICS_REFRESH_SECONDS = Setting.integer(
            "metrics.kafka.refresh.seconds", 10, "How often Kafka client metrics are re-read for /metrics.");
    public static final Setting<Integer> LOG_SUMMARY_INTERVAL_SECONDS = Setting.integer(
            "log.summary.interval.seconds", 30,
            "How often the log gets a one-line summary (documents in/parsed/dead-lettered, docs/s, p95 extraction); 0: never.");

    /** Every setting, for {@code --help} and the README table. */
    public static final List<Setting<?>> ALL = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, SCHEMA_REGISTRY_AUTH,
            EMBEDDED_DATA_DIR, APPLICATION_ID, APPLICATION_SERVER, STATE_DIR, NUM_STREAM_THREADS, NUM_STANDBY_REPLICAS,
            COMMIT_INTERVAL_MS, CACHE_MAX_BYTES, ROCKSDB_MEMORY_MB, TOPIC_PARTITIONS, TOPIC_REPLICATION, TOPIC_RAW, TOPIC_PARSED,
            TOPIC_EXPERIENCES, TOPIC_SKILLS, TOPIC_METRICS, TOPIC_DLQ, DLQ_MAX_ORIGINAL_BYTES, MAX_DOCUMENT_BYTES,
            TIME_BUDGET_MS, TAXONOMY_PATH, PII_MODE, PII_HASH_KEY, HTTP_HOST, HTTP_PORT, API_TOKEN,
            KAFKA_METRICS_REFRESH_SECONDS, LOG_SUMMARY_INTERVAL_SECONDS);
}
