package io.profileflow.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.profileflow.config.Settings;
import io.profileflow.metrics.PipelineMetrics;
import io.profileflow.topology.DeadLetterWriter;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka client security needs no code: kafka.* settings reach the Kafka Streams configuration (and through it
 * every producer, consumer and admin client) unchanged, e.g. SASL_SSL or mutual TLS as in the README.
 */
class KafkaSecurityPassThroughTest {

    @Test
    void saslSslAndMutualTlsSettingsReachTheStreamsConfig() {
        Map<String, String> security = Map.of(
                "kafka.security.protocol", "SSL",
                "kafka.ssl.keystore.location", "/etc/kafka/client.p12",
                "kafka.ssl.keystore.type", "PKCS12",
                "kafka.ssl.keystore.password", "${file:/etc/secrets/kafka.properties:keystore}",
                "kafka.ssl.truststore.location", "/etc/kafka/truststore.p12",
                "kafka.sasl.mechanism", "SCRAM-SHA-512");
        Map<String, String> all = new java.util.HashMap<>(security);
        all.put("bootstrap.servers", "kafka-1.internal:9093");
        all.put("schema.registry.url", "https://registry.internal/apis/ccompat/v7");
        Settings settings = Settings.of(all);
        Properties p = ProcessorApp.streamsProperties(settings, "kafka-1.internal:9093", new HostInfo("127.0.0.1", 8080),
                new DeadLetterWriter("profiles.dlq", null, 10, new PipelineMetrics(new SimpleMeterRegistry())));
        security.forEach((k, v) -> assertThat(p.get(k.substring("kafka.".length()))).as(k).isEqualTo(v));
        assertThat(p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("kafka-1.internal:9093");
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void aPassThroughSettingCannotWeakenExactlyOnce() {
        Settings settings = Settings.of(Map.of("kafka.processing.guarantee", "at_least_once"));
        Properties p = ProcessorApp.streamsProperties(settings, "localhost:9092", new HostInfo("127.0.0.1", 8080),
                new DeadLetterWriter("profiles.dlq", null, 10, new PipelineMetrics(new SimpleMeterRegistry())));
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }
}
