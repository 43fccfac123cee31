package io.newsrel.batch;

/** The output folder holds a run that this run may not continue or replace; the message says what to do. */
public final class RunStateException extends RuntimeException {

    public RunStateException(String message) {
        super(message);
    }
}
