package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import io.newsrel.config.PipelineConfig;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A run written to a stream ({@code newsrel extract -o -}): each document as one JSON line, in
 * input order, flushed at every commit so that a pipe sees documents as they come; each failure
 * goes to {@code errors} (the CLI prints it on stderr). No files, no checkpoint, no facts: a stream
 * cannot be resumed or cut back.
 */
final class StreamOutput implements RunSink {

    private final PrintStream out;
    private final PipelineConfig.Output format;
    private final Consumer<DocumentOutcome.Failure> errors;
    private final RunTotals totals = new RunTotals(Checkpoint.Totals.NONE);
    private double wallSeconds;

    StreamOutput(PrintStream out, PipelineConfig.Output format, Consumer<DocumentOutcome.Failure> errors) {
        this.out = out;
        this.format = format;
        this.errors = errors;
    }

    @Override
    public void write(DocumentOutcome outcome, int warnings) throws IOException {
        if (outcome instanceof DocumentOutcome.Success success) {
            out.write((Json.line(DocumentJson.of(success.result(), format)) + "\n").getBytes(StandardCharsets.UTF_8));
            totals.add(success.result());
            totals.warnings += warnings;
        } else if (outcome instanceof DocumentOutcome.Failure failure) {
            errors.accept(failure);
            totals.failed++;
        }
    }

    /** Flushes; a PrintStream keeps write errors to itself, so a closed pipe is found here and stops the run. */
    @Override
    public void commit(double sessionSeconds) throws IOException {
        wallSeconds += sessionSeconds;
        if (out.checkError()) {
            throw new IOException("cannot write to standard output (closed by the reader of the pipe?)");
        }
    }

    @Override
    public RunSummary finish(double sessionSeconds, double loadSeconds, int threads) throws IOException {
        commit(sessionSeconds);
        return totals.summary(wallSeconds, loadSeconds, threads);
    }

    @Override
    public void close() {
        out.flush();
    }
}
