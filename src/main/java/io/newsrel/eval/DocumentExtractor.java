package io.newsrel.eval;

import io.newsrel.Pipeline;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;

/** A system under evaluation: newsrel's pipeline, or the raw CoreNLP baseline. Thread-safe. */
public interface DocumentExtractor {

    /** The column heading of this system in the tables. */
    String name();

    ExtractionResult process(NewsDocument document);

    static DocumentExtractor of(Pipeline pipeline) {
        return new DocumentExtractor() {
            @Override
            public String name() {
                return "newsrel";
            }

            @Override
            public ExtractionResult process(NewsDocument document) {
                return pipeline.process(document);
            }
        };
    }
}
