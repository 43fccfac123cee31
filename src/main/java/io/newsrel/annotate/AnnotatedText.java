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

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
