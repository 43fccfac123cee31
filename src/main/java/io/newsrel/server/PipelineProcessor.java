package io.newsrel.server;

import io.newsrel.LimitExceededException;
import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline on one document under the limits every runner applies, which
 * {@link Pipeline#process} enforces from the pipeline's own configuration:
 * {@code limits.maxDocumentChars} (413) and {@code limits.documentTimeoutMs} (422). A success is
 * written with the output code of {@code newsrel extract}, so the bytes are those of its
 * documents.jsonl line.
 */
final class PipelineProcessor implements DocumentProcessor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineProcessor.class);
    private static final String MAX_CHARS = "limits.maxDocumentChars";

    private final Pipeline pipeline;

    PipelineProcessor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** With other limits than the pipeline's: for tests, which cannot afford a second pipeline. */
    PipelineProcessor(Pipeline pipeline, PipelineConfig.Limits limits) {
        this(pipeline.withLimits(limits));
    }

    @Override
    public Answer process(NewsDocument document, String origin) {
        ExtractionResult result;
        try {
            result = pipeline.process(document);
        } catch (LimitExceededException e) {
            // over the length limit: the body is too large (413); over the time budget: the
            // document's own fault, it cannot be processed as it is (422)
            return MAX_CHARS.equals(e.key())
                    ? problem(413, "document_too_long", e.getMessage(), "text", document)
                    : problem(422, "over_time_budget", e.getMessage(), null, document);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("document {} ({}): processing failed", document.id(), origin, e);
            return problem(500, "internal_error", "processing failed; the server's log has the details", null, document);
        }
        String line = Json.line(DocumentJson.of(result, pipeline.config().output()));
        return new Answer.Document((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Answer problem(int status, String code, String message, String field, NewsDocument document) {
        return new Answer.Problem(new ApiError(code, status, message, field, document.id(), null));
    }

    @Override
    public void close() {
        // the pipeline's time budget runs on daemon threads that end when idle: nothing to release
    }
}
