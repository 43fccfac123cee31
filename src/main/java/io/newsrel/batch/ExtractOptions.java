package io.newsrel.batch;

/**
 * How a batch run writes its output.
 *
 * @param threads           worker threads sharing the pipeline
 * @param shardSize         documents per documents file (documents-00000.jsonl, ...); 0 writes one documents.jsonl
 * @param gzip              gzip the documents files (documents.jsonl.gz)
 * @param start             what to do with an output folder that holds an earlier run
 * @param checkpointSeconds how often the run commits its output and checkpoint
 */
public record ExtractOptions(int threads, int shardSize, boolean gzip, Start start, double checkpointSeconds) {

    /** What a run does with an output folder holding an earlier run. */
    public enum Start {
        /** Replace a finished earlier run; refuse to touch an interrupted one. */
        NEW,
        /** Continue an interrupted run where it stopped (a new run if there is none). */
        RESUME,
        /** Start over, discarding an interrupted run. */
        OVERWRITE
    }

    public ExtractOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (shardSize < 0) {
            throw new IllegalArgumentException("shard size must be 0 (one file) or positive: " + shardSize);
        }
        if (!(checkpointSeconds > 0)) {
            throw new IllegalArgumentException("checkpoint interval must be positive: " + checkpointSeconds);
        }
    }

    /** One documents.jsonl, a new run, a checkpoint every 2 seconds. */
    public static ExtractOptions defaults(int threads) {
        return new ExtractOptions(threads, 0, false, Start.NEW, 2);
    }
}
