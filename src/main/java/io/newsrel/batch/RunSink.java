package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import java.io.IOException;

/** Where a run's outcomes go: an output folder ({@link RunOutput}) or a stream ({@link StreamOutput}). */
interface RunSink extends AutoCloseable {

    /** Writes one outcome, in input order, with how many warnings its record had. */
    void write(DocumentOutcome outcome, int warnings) throws IOException;

    /** Makes what was written durable (a checkpoint) or visible (a flush). */
    void commit(double sessionSeconds) throws IOException;

    /** Ends the run and returns its summary. */
    RunSummary finish(double sessionSeconds, double loadSeconds, int threads) throws IOException;

    @Override
    void close() throws IOException;
}
