package io.newsrel.cli;

import io.newsrel.batch.ProgressListener;
import io.newsrel.batch.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;

/** Progress and the closing summary on stderr: a line every few seconds, nothing when quiet. */
final class StderrProgress implements ProgressListener {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err = System.err;
    private final boolean quiet;
    private long lastPrinted;

    StderrProgress(boolean quiet) {
        this.quiet = quiet;
    }

    void message(String text) {
        if (!quiet) {
            err.println("newsrel: " + text);
        }
    }

    @Override
    public void update(Progress p) {
        if (quiet || p.elapsedNanos() - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = p.elapsedNanos();
        double s = Math.max(p.seconds(), 1e-9);
        err.printf("newsrel: %d documents, %d failed, %.1f docs/s, %.0f tokens/s%n",
                p.documents(), p.failed(), p.documents() / s, p.tokens() / s);
    }

    void done(RunSummary summary, Path output) {
        if (quiet) {
            return;
        }
        err.printf("newsrel: %d documents (%d failed) in %.1f s, %.1f docs/s, %.0f tokens/s, %d threads%n",
                summary.documents(), summary.failed(), summary.wallSeconds(), summary.docsPerSecond(),
                summary.tokensPerSecond(), summary.threads());
        err.println("newsrel: entities " + summary.entitiesByType());
        err.println("newsrel: relations " + summary.relationsByType());
        err.println("newsrel: wrote " + output.resolve("documents.jsonl")
                + (summary.failed() > 0 ? " and " + output.resolve("errors.jsonl") : ""));
    }
}
