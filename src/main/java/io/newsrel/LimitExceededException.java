package io.newsrel;

/**
 * A document or record over one of the configured {@code limits.*}: thrown by
 * {@link Pipeline#process}, turned into a failure naming the limit by {@link Pipeline#processSafely}.
 */
public final class LimitExceededException extends RuntimeException {

    private final String key;

    /**
     * @param key     the configuration key of the limit, e.g. {@code limits.maxDocumentChars}
     * @param message what went over it, naming the key: the reason a user reads
     */
    public LimitExceededException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The configuration key of the limit that was exceeded. */
    public String key() {
        return key;
    }
}
