package io.newsrel.annotate;

import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import java.util.List;

/**
 * A document after linguistic annotation: its sentences and tokens, and the spans NER labelled.
 * Immutable, so later stages can read it from any thread.
 */
public record AnnotatedText(NewsDocument document, List<Sentence> sentences, List<NerSpan> nerSpans) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        nerSpans = List.copyOf(nerSpans);
    }

    public String text() {
        return document.text();
    }

    /** The NER span of a sentence that holds {@code span}; NER spans do not overlap, so there is at most one. */
    public java.util.Optional<NerSpan> nerSpanCovering(int sentence, io.newsrel.model.CharSpan span) {
        return nerSpans.stream().filter(n -> n.sentence() == sentence && n.chars().contains(span)).findFirst();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
