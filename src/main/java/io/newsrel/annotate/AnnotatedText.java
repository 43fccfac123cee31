package io.newsrel.annotate;

import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsrel.Stage.Capability;
import io.newsrel.model.CharSpan;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document after linguistic annotation: its sentences and tokens, the spans NER labelled, and the
 * dependency parses of the sentences a stage needed one on. A token has a tag and a lemma only where
 * a stage needed them ({@link io.newsrel.Stage#sentenceNeeds()}). Immutable, so later stages can read
 * it from any thread; the parses are CoreNLP graphs that no stage may change.
 *
 * @param parses dependency parse by sentence index, for the sentences parsed
 */
public record AnnotatedText(NewsDocument document, List<Sentence> sentences, List<NerSpan> nerSpans,
                            Map<Integer, SemanticGraph> parses) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        nerSpans = List.copyOf(nerSpans);
        parses = Map.copyOf(parses);
    }

    /** A text without parses. */
    public AnnotatedText(NewsDocument document, List<Sentence> sentences, List<NerSpan> nerSpans) {
        this(document, sentences, nerSpans, Map.of());
    }

    public String text() {
        return document.text();
    }

    /**
     * The basic Universal Dependencies of a sentence (node {@code i}, 1-based, is token {@code i - 1});
     * empty when no stage needed it or the sentence is too long to parse.
     */
    public Optional<SemanticGraph> parse(int sentence) {
        return Optional.ofNullable(parses.get(sentence));
    }

    /** Whether a per-sentence capability was computed on a sentence. */
    public boolean has(Capability capability, int sentence) {
        Sentence s = sentences.get(sentence);
        return switch (capability) {
            case POS -> !s.tokens().isEmpty() && s.tokens().get(0).pos() != null;
            case LEMMAS -> !s.tokens().isEmpty() && s.tokens().get(0).lemma() != null;
            case PARSE -> parses.containsKey(sentence);
            default -> throw new IllegalArgumentException(capability + " is not computed per sentence");
        };
    }

    /** The NER span of a sentence that holds {@code span}; NER spans do not overlap, so there is at most one. */
    public Optional<NerSpan> nerSpanCovering(int sentence, CharSpan span) {
        for (NerSpan n : nerSpans) {
            if (n.sentence() == sentence && n.chars().contains(span)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    public int tokenCount() {
        int count = 0;
        for (Sentence s : sentences) {
            count += s.tokens().size();
        }
        return count;
    }

    /** This text with some sentences replaced (same indexes) and more parses. */
    AnnotatedText with(Map<Integer, Sentence> replaced, Map<Integer, SemanticGraph> moreParses) {
        if (replaced.isEmpty() && moreParses.isEmpty()) {
            return this;
        }
        List<Sentence> all = new ArrayList<>(sentences);
        replaced.forEach(all::set);
        Map<Integer, SemanticGraph> allParses = new java.util.HashMap<>(parses);
        allParses.putAll(moreParses);
        return new AnnotatedText(document, Collections.unmodifiableList(all), nerSpans, allParses);
    }
}
