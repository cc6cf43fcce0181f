package io.profileflow.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {
    private static final Setting<Integer> PORT = Setting.integer("http.port", 8080, "port");
    private static final Setting<String> HOST = Setting.string("http.host", "127.0.0.1", "host");
    private static final Setting<String> TOKEN = Setting.secret("api.token", "token");
    private static final Setting<Boolean> FLAG = Setting.bool("feature.enabled", false, "flag");

    @Test
    void overridesBeatEnvironmentWhichBeatsTheFileWhichBeatsDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "http.port=9000\nhttp.host=10.0.0.1\nfeature.enabled=yes\n");
        Settings s = Settings.load(file, Map.of("PROFILEFLOW_HTTP_HOST", "0.0.0.0", "OTHER", "x"),
                Map.of("http.port", "9100"));
        assertThat(s.get(PORT)).isEqualTo(9100);
        assertThat(s.get(HOST)).isEqualTo("0.0.0.0");
        assertThat(s.get(FLAG)).isTrue();
        assertThat(s.get(TOKEN)).isNull();
        assertThat(Settings.of(Map.of()).get(PORT)).isEqualTo(8080);
    }

    @Test
    void kafkaSettingsPassThroughWithoutTheirPrefix() {
        Settings s = Settings.load(null, Map.of("PROFILEFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
                Map.of("kafka.sasl.mechanism", "SCRAM-SHA-512", "http.port", "1"));
        assertThat(s.kafkaClientSettings()).containsExactlyInAnyOrderEntriesOf(
                Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"));
    }

    @Test
    void badValuesNameTheSettingAndNeverPrintSecrets() {
        assertThatThrownBy(() -> Settings.of(Map.of("http.port", "eighty")).get(PORT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.port").hasMessageContaining("eighty");
        Setting<Integer> secretNumber = Setting.integer("x", 1, "x");
        assertThat(PORT.envName()).isEqualTo("PROFILEFLOW_HTTP_PORT");
        assertThat(secretNumber.isSecret()).isFalse();
        assertThat(TOKEN.isSecret()).isTrue();
    }
}
