package io.newsrel.server;

import io.newsrel.DocumentOutcome;
import io.newsrel.Pipeline;
import io.newsrel.batch.TimeBudget;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline on one document under the limits every runner applies, from the pipeline's
 * own configuration: {@code limits.maxDocumentChars} (413) and {@code limits.documentTimeoutMs}
 * (422), the time budget enforced by the batch's {@link TimeBudget}. A success is written with
 * the output code of {@code newsrel extract}, so the bytes are those of its documents.jsonl line.
 */
final class PipelineProcessor implements DocumentProcessor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineProcessor.class);

    private final Pipeline pipeline;
    private final PipelineConfig.Limits limits;
    private final TimeBudget budget;

    PipelineProcessor(Pipeline pipeline) {
        this(pipeline, pipeline.config().limits());
    }

    /** With other limits than the pipeline's: for tests, which cannot afford a second pipeline. */
    PipelineProcessor(Pipeline pipeline, PipelineConfig.Limits limits) {
        this.pipeline = pipeline;
        this.limits = limits;
        this.budget = new TimeBudget(limits.documentTimeoutMs());
    }

    @Override
    public Answer process(NewsDocument document, String origin) {
        int length = document.text().length();
        if (length > limits.maxDocumentChars()) {
            return problem(413, "document_too_long", "document has " + length
                    + " characters, over limits.maxDocumentChars=" + limits.maxDocumentChars(), document);
        }
        // the budget answers with a failure of its own when time runs out (422: the document's
        // fault); an exception inside the pipeline is the server's (500): the failure the pipeline
        // returned itself, or the budget's "processing failed" when an Error escaped it
        AtomicReference<DocumentOutcome> fromPipeline = new AtomicReference<>();
        DocumentOutcome outcome = budget.run(document.id(), origin, () -> {
            DocumentOutcome own = pipeline.processSafely(document, origin);
            fromPipeline.set(own);
            return own;
        });
        if (outcome instanceof DocumentOutcome.Success success) {
            String line = Json.line(DocumentJson.of(success.result(), pipeline.config().output()));
            return new Answer.Document((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        DocumentOutcome.Failure failure = (DocumentOutcome.Failure) outcome;
        if (outcome == fromPipeline.get() || failure.reason().startsWith("processing failed")) {
            LOG.error("document {} ({}): {}", document.id(), origin, failure.reason());
            return problem(500, "internal_error", "processing failed; the server's log has the details", document);
        }
        return problem(422, "over_time_budget", failure.reason(), document);
    }

    private static Answer problem(int status, String code, String message, NewsDocument document) {
        String field = status == 413 ? "text" : null;
        return new Answer.Problem(new ApiError(code, status, message, field, document.id(), null));
    }

    @Override
    public void close() {
        budget.close();
    }
}
