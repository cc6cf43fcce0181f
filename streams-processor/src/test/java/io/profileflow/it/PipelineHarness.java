package io.profileflow.it;

import io.profileflow.app.ProcessorApp;
import io.profileflow.config.Settings;
import io.profileflow.embedded.EmbeddedKafkaBroker;
import io.profileflow.registry.EmbeddedSchemaRegistry;
import io.profileflow.registry.SchemaRegistryClient;
import io.profileflow.serde.AvroSerdes;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    final EmbeddedKafkaBroker broker;
    final EmbeddedSchemaRegistry registry;
    final SchemaRegistryClient registryClient;
    final HttpClient http = HttpClient.newHttpClient();

    PipelineHarness() {
        broker = EmbeddedKafkaBroker.start();
        registry = EmbeddedSchemaRegistry.start();
        registryClient = SchemaRegistryClient.builder(registry.url()).build();
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

    HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
