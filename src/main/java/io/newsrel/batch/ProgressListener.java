package io.newsrel.batch;

/** Told how a batch run advances; the CLI prints it on stderr, a library user may log it. */
public interface ProgressListener {

    /** Called after each record, from the thread that consumes results. */
    void update(Progress progress);

    /** Counts so far. */
    record Progress(long documents, long failed, long tokens, long elapsedNanos) {
        public double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    ProgressListener NONE = progress -> { };
}
