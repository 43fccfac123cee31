package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.util.List;
import java.util.Objects;

/** One record read from the input: a document, or a record that could not be made into one. */
public sealed interface InputItem {

    /** Where the record came from: "corpus/a.txt", "dump.jsonl:17". */
    String origin();

    /**
     * @param document the document
     * @param origin   file and line or offset
     * @param warnings what was wrong with the record but did not cost the document (an optional
     *                 field that could not be read, characters that were replaced)
     */
    record Document(NewsDocument document, String origin, List<String> warnings) implements InputItem {
        public Document {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(origin, "origin");
            warnings = List.copyOf(warnings);
        }

        public Document(NewsDocument document, String origin) {
            this(document, origin, List.of());
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
