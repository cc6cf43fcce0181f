package io.profileflow.it;

import io.profileflow.app.ProcessorApp;
import io.profileflow.avro.RawDocument;
import io.profileflow.config.Settings;
import io.profileflow.embedded.EmbeddedKafkaBroker;
import io.profileflow.ingest.DocumentPublisher;
import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.serde.AvroSerdes;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A real broker (in-process KRaft) and a real schema registry (Apicurio child process), shared by the
 * integration tests of one class, plus helpers to start processor instances and read topics.
 */
final class PipelineHarness implements AutoCloseable {
    /** Replaced by {@link #restartBroker()}; same address and log directory afterwards. */
    EmbeddedKafkaBroker broker;
    final EmbeddedSchemaRegistry registry;
    final SchemaRegistryClient registryClient;
    final HttpClient http = HttpClient.newHttpClient();
    /** Set when the broker's log lives in a directory the harness owns, so the broker can be restarted on it. */
    private final Path brokerDir;

    PipelineHarness() {
        this(null);
    }

    /** With {@code brokerDir} non-null the broker keeps its log there, so {@link #restartBroker()} is possible. */
    PipelineHarness(Path brokerDir) {
        this.brokerDir = brokerDir;
        broker = brokerDir == null ? EmbeddedKafkaBroker.start() : EmbeddedKafkaBroker.start(brokerDir, false, 0);
        registry = EmbeddedSchemaRegistry.start();
        registryClient = SchemaRegistryClient.builder(registry.url()).build();
    }

    /** Stops the broker cleanly and starts it again on the same log directory and port; returns the downtime. */
    Duration restartBroker() {
        if (brokerDir == null) {
            throw new IllegalStateException("restartBroker needs a harness built with a broker directory");
        }
        String address = broker.bootstrapServers();
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        long t0 = System.nanoTime();
        broker.close();
        broker = EmbeddedKafkaBroker.start(brokerDir, false, port);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** A publisher (the ingest producer's library) writing to this broker and registry. */
    DocumentPublisher publisher() {
        return DocumentPublisher.create(Settings.of(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "schema.registry.url", registry.url())));
    }

    static RawDocument document(String id, String contentType, byte[] content) {
        return RawDocument.newBuilder().setDocumentId(id).setSource("test:" + id).setContentType(contentType)
                .setContent(ByteBuffer.wrap(content)).setReceivedAt(Instant.now()).setMetadata(Map.of()).build();
    }

    /** Settings for one processor instance on this broker and registry; http.port 0 picks a free port. */
    Settings settings(String applicationId, Path stateDir, Map<String, String> extra) {
        Map<String, String> m = new HashMap<>();
        m.put("bootstrap.servers", broker.bootstrapServers());
        m.put("schema.registry.url", registry.url());
        m.put("application.id", applicationId);
        m.put("state.dir", stateDir.toString());
        m.put("http.port", "0");
        m.put("pii.hash.key", "integration-test-key");
        m.putAll(extra);
        return Settings.of(m);
    }

    ProcessorApp startProcessor(Settings settings) {
        ProcessorApp app = ProcessorApp.start(settings);
        if (!app.awaitRunning(Duration.ofSeconds(90))) {
            app.close();
            throw new AssertionError("processor did not reach RUNNING");
        }
        return app;
    }

    static Path tempDir(String prefix) throws Exception {
        return Files.createTempDirectory(prefix);
    }

    /**
     * Reads {@code topic} from the beginning with read_committed and a registry-aware deserializer until
     * {@code done} holds for what was read, or the timeout passes.
     */
    <T extends SpecificRecord> List<ConsumerRecord<String, T>> readUntil(String topic, Class<T> type,
                                                                       Predicate<List<ConsumerRecord<String, T>>> done,
                                                                       Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Only committed transactions: what a downstream consumer of an exactly-once pipeline sees.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, T>> out = new ArrayList<>();
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                AvroSerdes.forClass(type, registryClient).deserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(out)) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Every committed record of {@code topic}, read from the beginning up to the last stable offset as of the call
     * (read_committed: what a downstream consumer sees; aborted transactions are skipped).
     */
    <T extends SpecificRecord> List<ConsumerRecord<String, T>> readToEnd(String topic, Class<T> type, Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<ConsumerRecord<String, T>> out = new ArrayList<>();
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                AvroSerdes.forClass(type, registryClient).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end + " in " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * GET that waits out "not ready" answers: a 503 must carry Retry-After (asserted) and is retried until
     * {@code timeout}; any other status is returned as it is.
     */
    HttpResponse<String> getWhenAvailable(int port, String path, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> r = get(port, path, null);
            if (r.statusCode() != 503 || System.nanoTime() > deadline) {
                return r;
            }
            if (r.headers().firstValue("Retry-After").isEmpty()) {
                throw new AssertionError("503 without Retry-After from " + path + ": " + r.body());
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
        if (brokerDir != null) {
            EmbeddedKafkaBroker.deleteRecursively(brokerDir);
        }
    }
}
