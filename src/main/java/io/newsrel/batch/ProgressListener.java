package io.newsrel.batch;

/** Told how a batch run advances; the CLI prints it on stderr, a library user may log it. */
public interface ProgressListener {

    /** Called after each record, from the thread that consumes results. */
    void update(Progress progress);

    /**
     * Counts so far.
     *
     * @param documents    documents written in this session
     * @param failed       error lines written in this session
     * @param tokens       tokens of this session's documents
     * @param elapsedNanos time since this session started processing
     * @param resumed      records an interrupted earlier session had done (0 for a new run)
     * @param total        records of the whole run when known (every input file holds one), else -1
     * @param filesOpened  input files opened so far (the reader runs a little ahead of the writer)
     * @param files        input files of the run
     */
    record Progress(long documents, long failed, long tokens, long elapsedNanos, long resumed, long total,
                    int filesOpened, int files) {
        public double seconds() {
            return elapsedNanos / 1e9;
        }

        /** Records done in this session. */
        public long records() {
            return documents + failed;
        }

        /** Records done, this session and earlier ones. */
        public long done() {
            return resumed + records();
        }
    }

    ProgressListener NONE = progress -> { };
}
