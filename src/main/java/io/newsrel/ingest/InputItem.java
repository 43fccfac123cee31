package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.util.Objects;

/** One record read from the input: a document, or a record that could not be made into one. */
public sealed interface InputItem {

    /** Where the record came from: "corpus/a.txt", "dump.jsonl:17". */
    String origin();

    record Document(NewsDocument document, String origin) implements InputItem {
        public Document {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * @param id     the record's id when it could be read, else null
     * @param origin file and line or offset
     * @param reason why it is unusable
     * @param field  the input field at fault (the configured name, e.g. "text"), or null when
     *               the record as a whole is (malformed JSON, invalid UTF-8); the HTTP server names it
     */
    record Unreadable(String id, String origin, String reason, String field) implements InputItem {
        public Unreadable {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        public Unreadable(String id, String origin, String reason) {
            this(id, origin, reason, null);
        }
    }
}
