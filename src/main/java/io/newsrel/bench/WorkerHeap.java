package io.newsrel.bench;

/**
 * The heap limit the {@code newsrel} launcher gives a run of {@code extract}, by its number of
 * worker threads; the benchmark measures with the same one unless told otherwise. The models
 * (CoreNLP's CRFs, tagger, parser and SUTime, the system recognizer) stay at about 0.75 GB after a
 * young collection. One worker allocates little enough that a 1.6 GB heap keeps the collector
 * quiet and the resident set under 2 GB; two workers in 2 GB left the collector running all the
 * time, so more than one worker gets 3 GB (README, Speed and memory).
 */
public final class WorkerHeap {

    /** The launcher's heap for one worker thread. */
    public static final String ONE_WORKER = "1600m";
    /** The launcher's heap for two or more worker threads. */
    public static final String MORE_WORKERS = "3g";
    /**
     * The heap raw CoreNLP is measured with: its documentation runs the default pipeline with
     * {@code -mx3g}. In the launcher's 1.6 GB it spent about half its CPU collecting (2026-12-03:
     * 478 tokens per CPU-second against 914 tokens per second on one thread, README).
     */
    public static final String CORENLP = "3g";
    /** The value of {@code bench --xmx} that asks for the launcher's heap at each thread count. */
    public static final String LAUNCHER = "launcher";

    private WorkerHeap() {
    }

    /** The {@code -Xmx} size for {@code threads} worker threads. */
    public static String forThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("worker threads must be at least 1: " + threads);
        }
        return threads == 1 ? ONE_WORKER : MORE_WORKERS;
    }

    /** {@code xmx} itself, or the launcher's heap for {@code threads} when it is {@link #LAUNCHER}. */
    public static String resolve(String xmx, int threads) {
        return LAUNCHER.equals(xmx) ? forThreads(threads) : xmx;
    }
}
