package io.profileflow.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration setting, declared once with its name, type, default and documentation.
 * Apps list their settings as constants (see {@code ProcessorConfig}); {@link Settings} resolves the values.
 *
 * @param <T> the parsed type
 */
public final class Setting<T> {
    private final String name;
    private final String type;
    private final T defaultValue;
    private final String doc;
    private final Function<String, T> parser;
    private final boolean secret;

    private Setting(String name, String type, T defaultValue, String doc, Function<String, T> parser, boolean secret) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.defaultValue = defaultValue;
        this.doc = doc;
        this.parser = parser;
        this.secret = secret;
    }

    public static Setting<String> string(String name, String defaultValue, String doc) {
        return new Setting<>(name, "string", defaultValue, doc, s -> s, false);
    }

    /** A string whose value must never be printed (tokens, keys, passwords). */
    public static Setting<String> secret(String name, String doc) {
        return new Setting<>(name, "secret", null, doc, s -> s, true);
    }

    public static Setting<Integer> integer(String name, Integer defaultValue, String doc) {
        return new Setting<>(name, "int", defaultValue, doc, s -> Integer.parseInt(s.trim()), false);
    }

    public static Setting<Long> longValue(String name, Long defaultValue, String doc) {
        return new Setting<>(name, "long", defaultValue, doc, s -> Long.parseLong(s.trim()), false);
    }

    public static Setting<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Setting<>(name, "boolean", defaultValue, doc, Setting::parseBoolean, false);
    }

    public static <E extends Enum<E>> Setting<E> enumValue(String name, Class<E> type, E defaultValue, String doc) {
        return new Setting<>(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(),
                defaultValue, doc, s -> Enum.valueOf(type, s.trim().toUpperCase(java.util.Locale.ROOT)), false);
    }

    private static Boolean parseBoolean(String s) {
        String v = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("1")) return true;
        if (v.equals("false") || v.equals("no") || v.equals("0")) return false;
        throw new IllegalArgumentException("expected true or false, got '" + s + "'");
    }

    public String name() { return name; }
    public String type() { return type; }
    public T defaultValue() { return defaultValue; }
    public String doc() { return doc; }
    public boolean isSecret() { return secret; }

    /** The environment variable that overrides this setting: {@code pii.mode} -> {@code PROFILEFLOW_PII_MODE}. */
    public String envName() {
        return Settings.envName(name);
    }

    T parse(String raw) {
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            throw new ConfigException("setting " + name + " (" + type + "): cannot use value '"
                    + (secret ? "***" : raw) + "': " + e.getMessage());
        }
    }
}
