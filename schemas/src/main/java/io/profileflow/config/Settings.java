package io.profileflow.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Resolved configuration values. Precedence, highest first: explicit overrides (command-line flags, tests),
 * environment variables ({@code PROFILEFLOW_} + upper-cased name with dots as underscores), a properties file,
 * then each setting's declared default.
 *
 * <p>Any key starting with {@code kafka.} is passed through, prefix removed, to every Kafka client, so security
 * settings (SASL, SSL, mTLS) need no code: {@code kafka.security.protocol=SASL_SSL} or
 * {@code PROFILEFLOW_KAFKA_SECURITY_PROTOCOL=SASL_SSL}.
 */
public final class Settings {
    public static final String ENV_PREFIX = "PROFILEFLOW_";
    public static final String KAFKA_PREFIX = "kafka.";

    private final Map<String, String> raw;

    private Settings(Map<String, String> raw) {
        this.raw = raw;
    }

    /** Values from the environment, the optional properties file, and the overrides. */
    public static Settings load(Path propertiesFile, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>();
        if (propertiesFile != null) {
            values.putAll(readProperties(propertiesFile));
        }
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX)) {
                values.put(k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        values.putAll(overrides);
        return new Settings(values);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(new TreeMap<>(values));
    }

    static String envName(String settingName) {
        return ENV_PREFIX + settingName.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> readProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read properties file " + file + ": " + e.getMessage());
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return m;
    }

    public <T> T get(Setting<T> setting) {
        String value = raw.get(setting.name());
        if (value == null || value.isBlank()) {
            return setting.defaultValue();
        }
        return setting.parse(value);
    }

    public boolean isSet(Setting<?> setting) {
        String value = raw.get(setting.name());
        return value != null && !value.isBlank();
    }

    /** The {@code kafka.*} pass-through settings, prefix removed. */
    public Map<String, Object> kafkaClientSettings() {
        Map<String, Object> out = new TreeMap<>();
        raw.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX)) {
                out.put(k.substring(KAFKA_PREFIX.length()), v);
            }
        });
        return out;
    }

    /** A copy with some values replaced; used to start several instances from one base config. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> m = new TreeMap<>(raw);
        m.putAll(overrides);
        return new Settings(m);
    }
}
