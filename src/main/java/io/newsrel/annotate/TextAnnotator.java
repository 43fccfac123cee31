package io.newsrel.annotate;

import io.newsrel.Stage;
import io.newsrel.model.Entity;
import io.newsrel.model.NewsDocument;
import java.util.List;

/**
 * Splits a document into sentences and tokens, runs statistical NER over them, and adds tags,
 * lemmas and dependency parses to the sentences that need them. All methods are safe to call from
 * several threads at once.
 */
public interface TextAnnotator extends Stage {

    /** Annotates one document with tags and lemmas on every sentence (no parses). */
    AnnotatedText annotate(NewsDocument document);

    /**
     * Annotates one document: sentences, tokens and NER spans, and each per-sentence capability on
     * the sentences {@code needs} selects by what is known before any entity is.
     */
    AnnotatedText annotate(NewsDocument document, SentenceNeeds needs);

    /**
     * Adds to an annotated text each per-sentence capability on the sentences {@code needs}
     * selects, with the document's entities known, where it is missing.
     */
    AnnotatedText complete(AnnotatedText text, List<Entity> entities, SentenceNeeds needs);
}
