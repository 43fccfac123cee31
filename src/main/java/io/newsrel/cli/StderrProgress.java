package io.newsrel.cli;

import io.newsrel.DocumentOutcome;
import io.newsrel.batch.ProgressListener;
import io.newsrel.batch.ProgressListener.Progress;
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

    /** "[#######.......] 1200/5000 records, 3 errors, 41.2 docs/s, 9876 tokens/s, ETA 0:01:32" */
    static String bar(Progress p) {
        double fraction = fraction(p);
        StringBuilder bar = new StringBuilder("[");
        int filled = fraction < 0 ? 0 : (int) Math.round(fraction * BAR_WIDTH);
        bar.append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        return bar + line(p);
    }

    /**
     * "1200/5000 records, 3 errors, ..." when the number of records is known (one per file), else
     * "1200 records, 45% of 1.2 GB read, ...": progress through the bytes of the input files, which
     * moves inside one large dump. Errors count the whole run, earlier sessions of a resumed one too.
     */
    static String line(Progress p) {
        double s = Math.max(p.seconds(), 1e-9);
        ProgressListener.Input in = p.input();
        String done;
        if (p.total() >= 0) {
            done = p.done() + "/" + p.total() + " records";
        } else {
            // the size of standard input or a pipe is unknown (bytesTotal -1): records only
            done = p.done() + " records" + (in.bytesTotal() > 0 ? ", " + Math.round(100.0 * in.bytesRead() / in.bytesTotal())
                    + "% of " + size(in.bytesTotal()) + " read" : "")
                    + (in.files() > 1 ? " (file " + in.filesOpened() + "/" + in.files() + ")" : "");
        }
        return String.format("%s, %d errors, %.1f docs/s, %.0f tokens/s%s",
                done, p.allFailed(), p.documents() / s, p.tokens() / s, eta(p));
    }

    /** ", ETA 0:01:32" from this session's rate, or nothing before there is one. */
    private static String eta(Progress p) {
        if (p.records() == 0) {
            return "";
        }
        double remaining;
        if (p.total() > 0) {
            remaining = p.seconds() * (p.total() - p.done()) / p.records();
        } else {
            ProgressListener.Input in = p.input();
            long readNow = in.bytesRead() - p.earlier().bytes();
            if (in.bytesTotal() <= 0 || readNow <= 0) {
                return "";
            }
            remaining = p.seconds() * (in.bytesTotal() - in.bytesRead()) / readNow;
        }
        return ", ETA " + clock(remaining);
    }

    /** How much of the run is done: by records when the total is known, else by bytes read; -1 when unknown. */
    private static double fraction(Progress p) {
        if (p.total() > 0) {
            return Math.min(1, (double) p.done() / p.total());
        }
        ProgressListener.Input in = p.input();
        return in.bytesTotal() > 0 ? Math.min(1, (double) in.bytesRead() / in.bytesTotal()) : -1;
    }

    /** "812 KB", "1.2 GB". */
    static String size(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
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

    /**
     * A record that could not be used, when there is no errors.jsonl to hold it ({@code -o -}):
     * printed even when quiet, since nothing may be lost silently.
     */
    void failure(DocumentOutcome.Failure failure) {
        endBar();
        err.println("newsrel: skipped " + failure.origin() + (failure.documentId() == null ? "" : " (id " + failure.documentId() + ")")
                + ": " + failure.reason());
    }

    /** The closing summary of a run written to standard output. */
    void doneStreaming(RunSummary summary) {
        if (!quiet) {
            endBar();
            counts(summary);
            err.println("newsrel: wrote " + summary.documents() + " documents to standard output");
        }
    }

    void done(RunSummary summary, Path output) {
        if (quiet) {
            return;
        }
        endBar();
        counts(summary);
        err.println("newsrel: wrote " + output + (summary.failed() > 0 ? " (see " + output.resolve("errors.jsonl") + ")" : ""));
    }

    private void counts(RunSummary summary) {
        summary.describe().forEach(line -> err.println("newsrel: " + line));
    }
}
