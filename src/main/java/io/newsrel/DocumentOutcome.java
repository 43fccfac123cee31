package io.newsrel;

import io.newsrel.model.ExtractionResult;
import java.util.Objects;

/** What became of one document in a batch: a result, or a failure with its reason. */
public sealed interface DocumentOutcome {

    /** The document id, or a description of the record when no id could be read. */
    String documentId();

    record Success(ExtractionResult result) implements DocumentOutcome {
        public Success {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public String documentId() {
            return result.document().id();
        }
    }

    /**
     * @param documentId the document id, or null when the record could not be read far enough
     * @param origin     where the record came from: file and line, or file and offset
     * @param reason     why it failed, in words a user can act on
     */
    record Failure(String documentId, String origin, String reason) implements DocumentOutcome {
        public Failure {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
