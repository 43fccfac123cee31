package io.newsrel.annotate;

import io.newsrel.model.Entity;
import io.newsrel.model.NewsDocument;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An annotator that annotates each document once and hands out the same {@link AnnotatedText}
 * again, for runs that process one set of documents several times over with different later
 * stages: cross-validation builds a pipeline per fold, and trains and scores each over the same
 * documents. Keeps every annotation it made; meant for evaluation sets, not for batch runs.
 *
 * <p>With {@link SentenceNeeds} the first pipeline's annotation of a document is kept; a later
 * pipeline gets it completed with whatever its own needs add (nothing when the pipelines share one
 * configuration, as the folds do). What the entities select ({@link #complete}) is not kept: the
 * entities can differ from one pipeline to the next.
 */
public final class CachingAnnotator implements TextAnnotator {

    private final TextAnnotator annotator;
    private final ConcurrentMap<NewsDocument, AnnotatedText> annotated = new ConcurrentHashMap<>();
    private final ConcurrentMap<NewsDocument, AnnotatedText> onDemand = new ConcurrentHashMap<>();

    public CachingAnnotator(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public AnnotatedText annotate(NewsDocument document) {
        return annotated.computeIfAbsent(document, annotator::annotate);
    }

    @Override
    public AnnotatedText annotate(NewsDocument document, SentenceNeeds needs) {
        AnnotatedText first = onDemand.computeIfAbsent(document, d -> annotator.annotate(d, needs));
        return annotator.complete(first, List.of(), needs);
    }

    @Override
    public AnnotatedText complete(AnnotatedText text, List<Entity> entities, SentenceNeeds needs) {
        return annotator.complete(text, entities, needs);
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
