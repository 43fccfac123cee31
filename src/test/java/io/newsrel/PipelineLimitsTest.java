package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsrel.model.NewsDocument;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The limits apply where a document is processed, in the library, so every runner (CLI, Spark,
 * bench, server) refuses the same documents: a document over limits.maxDocumentChars is refused
 * by Pipeline.process before any annotation.
 */
class PipelineLimitsTest {

    private static final NewsDocument TOO_LONG = NewsDocument.of("long", "Chile bought jets. ".repeat(52_632));

    @Test
    void processRefusesADocumentOverTheCharacterLimitNamingTheKey() {
        Pipeline pipeline = TestPipeline.get();
        LimitExceededException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(LimitExceededException.class, () -> pipeline.process(TOO_LONG)));
        assertEquals("limits.maxDocumentChars", e.key());
        assertEquals("document has 1000008 characters, over limits.maxDocumentChars=1000000", e.getMessage());
    }

    @Test
    void processSafelyTurnsTheLimitIntoAFailureWithTheSameReason() {
        DocumentOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> TestPipeline.get().processSafely(TOO_LONG, "in.jsonl:3"));
        assertEquals(new DocumentOutcome.Failure("long", "in.jsonl:3",
                "document has 1000008 characters, over limits.maxDocumentChars=1000000"), outcome);
    }
}
