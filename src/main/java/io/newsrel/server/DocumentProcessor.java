package io.newsrel.server;

import io.newsrel.model.NewsDocument;

/**
 * Turns one document into its answer. Called from the worker threads, so it is thread-safe; it
 * never throws (a failure is an {@link Answer.Problem}). The server's is {@link PipelineProcessor};
 * tests put in their own to hold workers busy on cue.
 */
interface DocumentProcessor {

    /** @param origin where the document came from ("request", "request line 3"), for the log */
    Answer process(NewsDocument document, String origin);
}
