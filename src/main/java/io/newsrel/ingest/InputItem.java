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
     */
    record Unreadable(String id, String origin, String reason) implements InputItem {
        public Unreadable {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
