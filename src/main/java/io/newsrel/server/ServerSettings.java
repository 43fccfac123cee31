package io.newsrel.server;

/**
 * How {@code newsrel serve} listens and what it accepts. The extraction itself (and its limits
 * {@code limits.maxDocumentChars} and {@code limits.documentTimeoutMs}) is configured as for every
 * runner, in the pipeline's {@link io.newsrel.config.PipelineConfig}.
 *
 * @param host             address to bind; loopback unless told otherwise
 * @param port             TCP port; 0 picks a free one
 * @param threads          worker threads sharing the one pipeline
 * @param queue            requests that may wait for a worker; when threads and queue are all
 *                         taken a request gets 503 with {@code Retry-After}
 * @param maxBodyBytes     largest request body accepted; a larger one gets 413
 * @param retryAfterSeconds what a 503 tells the client to wait
 * @param stopTimeoutMs    on shutdown, how long accepted requests may take to finish
 */
public record ServerSettings(String host, int port, int threads, int queue, long maxBodyBytes,
                             int retryAfterSeconds, long stopTimeoutMs) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9000;
    public static final int DEFAULT_QUEUE = 32;
    /** 8 MiB: a document at {@code limits.maxDocumentChars} (1,000,000) fits, escaped as JSON. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;
    public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;
    public static final long DEFAULT_STOP_TIMEOUT_MS = 60_000;

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must lie in [0, 65535]: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be 0 or more: " + queue);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must lie in [1, 2 GiB): " + maxBodyBytes);
        }
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 1: " + retryAfterSeconds);
        }
        if (stopTimeoutMs < 0) {
            throw new IllegalArgumentException("stopTimeoutMs must be 0 or more: " + stopTimeoutMs);
        }
    }

    /** Loopback, port 9000, the given threads and the default limits. */
    public static ServerSettings defaults(int threads) {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, threads, DEFAULT_QUEUE, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_RETRY_AFTER_SECONDS, DEFAULT_STOP_TIMEOUT_MS);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, threads, queue, maxBodyBytes, retryAfterSeconds, stopTimeoutMs);
    }

    public ServerSettings withQueue(int newQueue) {
        return new ServerSettings(host, port, threads, newQueue, maxBodyBytes, retryAfterSeconds, stopTimeoutMs);
    }

    public ServerSettings withMaxBodyBytes(long newMax) {
        return new ServerSettings(host, port, threads, queue, newMax, retryAfterSeconds, stopTimeoutMs);
    }

    /** Requests admitted at once: one per worker plus the queue. */
    int admitted() {
        return threads + queue;
    }
}
