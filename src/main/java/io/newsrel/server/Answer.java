package io.newsrel.server;

import java.util.Objects;

/** What one document became, ready to send: its JSON, or an error. */
sealed interface Answer {

    /**
     * @param json the document's line of {@code documents.jsonl} with its newline, byte for byte
     *             what {@code newsrel extract} writes for it
     */
    record Document(byte[] json) implements Answer {
        public Document {
            Objects.requireNonNull(json, "json");
        }
    }

    record Problem(ApiError error) implements Answer {
        public Problem {
            Objects.requireNonNull(error, "error");
        }
    }
}
