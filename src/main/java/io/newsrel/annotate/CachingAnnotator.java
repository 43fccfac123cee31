package io.newsrel.annotate;

import io.newsrel.model.NewsDocument;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An annotator that annotates each document once and hands out the same {@link AnnotatedText}
 * again, for runs that process one set of documents several times over with different later
 * stages: cross-validation builds a pipeline per fold, and trains and scores each over the same
 * documents. Keeps every annotation it made; meant for evaluation sets, not for batch runs.
 */
public final class CachingAnnotator implements TextAnnotator {

    private final TextAnnotator annotator;
    private final ConcurrentMap<NewsDocument, AnnotatedText> annotated = new ConcurrentHashMap<>();

    public CachingAnnotator(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public AnnotatedText annotate(NewsDocument document) {
        return annotated.computeIfAbsent(document, annotator::annotate);
    }

    @Override
    public String name() {
        return annotator.name();
    }

    @Override
    public Set<Capability> requires() {
        return annotator.requires();
    }

    @Override
    public Set<Capability> provides() {
        return annotator.provides();
    }
}
