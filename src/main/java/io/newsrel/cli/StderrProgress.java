package io.newsrel.cli;

import io.newsrel.batch.ProgressListener;
import io.newsrel.batch.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Progress and the closing summary on stderr. On a terminal, a live bar redrawn in place
 * (documents done of the total when known, docs/s, tokens/s, ETA, errors); otherwise (a log
 * file, CI) a plain line every few seconds; nothing when quiet.
 */
final class StderrProgress implements ProgressListener {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream err = System.err;
    private final boolean quiet;
    private final boolean live;
    private long lastPrinted;
    private boolean barShown;

    StderrProgress(boolean quiet, boolean live) {
        this.quiet = quiet;
        this.live = live;
    }

    /** Live when the process runs on a terminal (and the terminal is not a dumb one). */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    void message(String text) {
        if (!quiet) {
            endBar();
            err.println("newsrel: " + text);
        }
    }

    @Override
    public void update(Progress p) {
        long every = live ? BAR_EVERY_NANOS : PLAIN_EVERY_NANOS;
        if (quiet || p.elapsedNanos() - lastPrinted < every) {
            return;
        }
        lastPrinted = p.elapsedNanos();
        if (live) {
            err.print("\r" + bar(p) + "\u001B[K");
            err.flush();
            barShown = true;
        } else {
            err.println("newsrel: " + line(p));
        }
    }

    /** "[#######.......] 1200/5000 docs  41.2 docs/s  9876 tokens/s  ETA 0:01:32  errors 3" */
    static String bar(Progress p) {
        double fraction = fraction(p);
        StringBuilder bar = new StringBuilder("[");
        int filled = fraction < 0 ? 0 : (int) Math.round(fraction * BAR_WIDTH);
        bar.append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        return bar + line(p);
    }

    /** "1200/5000 docs, 3 errors, 41.2 docs/s, 9876 tokens/s, ETA 0:01:32" */
    static String line(Progress p) {
        double s = Math.max(p.seconds(), 1e-9);
        String done = p.total() >= 0 ? p.done() + "/" + p.total() + " records" : p.done() + " records (file " + p.filesOpened() + "/" + p.files() + ")";
        double fraction = fraction(p);
        String eta = fraction > 0 && p.records() > 0
                ? ", ETA " + clock(p.seconds() * (1 - fraction) / (fraction - resumedFraction(p)))
                : "";
        return String.format("%s, %d errors, %.1f docs/s, %.0f tokens/s%s",
                done, p.failed(), p.documents() / s, p.tokens() / s, eta);
    }

    /** How much of the run is done: by records when the total is known, else by files; -1 when unknown. */
    private static double fraction(Progress p) {
        if (p.total() > 0) {
            return Math.min(1, (double) p.done() / p.total());
        }
        if (p.files() > 0 && p.filesOpened() > 0) {
            return (p.filesOpened() - 1) / (double) p.files();
        }
        return -1;
    }

    private static double resumedFraction(Progress p) {
        return p.total() > 0 ? (double) p.resumed() / p.total() : 0;
    }

    private static String clock(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }

    void done(RunSummary summary, Path output) {
        if (quiet) {
            return;
        }
        endBar();
        err.printf("newsrel: %d documents (%d failed) in %.1f s, %.1f docs/s, %.0f tokens/s, %d threads%n",
                summary.documents(), summary.failed(), summary.wallSeconds(), summary.docsPerSecond(),
                summary.tokensPerSecond(), summary.threads());
        err.println("newsrel: entities " + summary.entitiesByType());
        err.println("newsrel: relations " + summary.relationsByType());
        err.println("newsrel: wrote " + output + (summary.failed() > 0 ? " (see " + output.resolve("errors.jsonl") + ")" : ""));
    }
}
