package io.profileflow.config;

/** A setting is missing or has a value that cannot be used; the message names the setting. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
