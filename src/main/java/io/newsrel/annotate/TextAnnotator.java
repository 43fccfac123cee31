package io.newsrel.annotate;

import io.newsrel.Stage;
import io.newsrel.model.NewsDocument;

/** Splits a document into sentences and tokens and runs statistical NER over them. */
public interface TextAnnotator extends Stage {

    /** Annotates one document; safe to call from several threads at once. */
    AnnotatedText annotate(NewsDocument document);
}
