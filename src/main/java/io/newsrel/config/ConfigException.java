package io.newsrel.config;

/** A configuration that cannot be used: unknown key, wrong type, missing file. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
