package io.newsrel.ingest;

import java.io.IOException;

/** Reading stopped at one of the configured {@code limits.*}; the message names the key. */
public final class InputLimitException extends IOException {

    private final String key;

    InputLimitException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The configuration key of the limit, e.g. {@code limits.maxDecompressionRatio}. */
    public String key() {
        return key;
    }
}
