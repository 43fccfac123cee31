package io.newsrel.cli;

/** A user error the CLI reports in one line with exit code 2: missing path, bad configuration. */
final class UsageException extends RuntimeException {

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
