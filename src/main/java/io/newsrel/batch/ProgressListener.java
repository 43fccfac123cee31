package io.newsrel.batch;

/** Told how a batch run advances; the CLI prints it on stderr, a library user may log it. */
public interface ProgressListener {

    /**
     * Called after each record, from the thread that consumes results.
     *
     * @param progress the counts so far
     */
    void update(Progress progress);

    /**
     * Counts so far.
     *
     * @param documents    documents written in this session
     * @param failed       error lines written in this session
     * @param tokens       tokens of this session's documents
     * @param elapsedNanos time since this session started processing
     * @param earlier      what earlier sessions of a resumed run did ({@link Earlier#NONE} for a new run)
     * @param total        records of the whole run when known (every input file holds one), else -1
     * @param input        how far reading the input files has come
     */
    record Progress(long documents, long failed, long tokens, long elapsedNanos, Earlier earlier, long total,
                    Input input) {
        /** @return the elapsed time in seconds */
        public double seconds() {
            return elapsedNanos / 1e9;
        }

        /** @return records done in this session */
        public long records() {
            return documents + failed;
        }

        /** @return records done, this session and earlier ones */
        public long done() {
            return earlier.records() + records();
        }

        /** @return error lines of the whole run, earlier sessions included */
        public long allFailed() {
            return earlier.failed() + failed;
        }
    }

    /**
     * What the earlier sessions of a resumed run did.
     *
     * @param records records done (documents and error lines)
     * @param failed  error lines among them
     * @param bytes   input bytes read to skip them in this session
     */
    record Earlier(long records, long failed, long bytes) {
        /** A new run. */
        public static final Earlier NONE = new Earlier(0, 0, 0);
    }

    /**
     * How far reading the input has come. The reader runs a little ahead of the results.
     *
     * @param filesOpened input files opened so far
     * @param files       input files of the run
     * @param bytesRead   bytes of the input files read from disk so far (compressed bytes when compressed)
     * @param bytesTotal  bytes of all input files on disk
     */
    record Input(int filesOpened, int files, long bytesRead, long bytesTotal) {
    }

    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };
}
