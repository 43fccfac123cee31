package io.newsrel.annotate;

import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which sentences of a document a stage needs tags, lemmas or a parse on: a function from what is
 * known of the document when the selector runs ({@link SentenceContext}: the tokens' word forms and
 * the NER spans, and the entities when the stage runs after the entity stage) to the indexes of the
 * sentences it selects. Selectors must be thread-safe and may select more than the stage reads, never
 * less. Build them from the factories here:
 *
 * <pre>{@code
 * SentenceSelector triggers = SentenceSelector.withWordOrLemmaIn(triggerWords);
 * SentenceSelector where = triggers.and(SentenceSelector.withEntity(Set.of(EntityType.SYSTEM))
 *         .or(SentenceSelector.withWordOrLemmaIn(categoryWords))).withNeighbours(1);
 * }</pre>
 */
@FunctionalInterface
public interface SentenceSelector {

    /**
     * @return the indexes of the selected sentences (a fresh set the caller may change). Combine
     *         selectors through {@link SentenceContext#selected}, which computes each once per document.
     */
    BitSet select(SentenceContext document);

    SentenceSelector ALL = document -> {
        BitSet all = new BitSet(document.size());
        all.set(0, document.size());
        return all;
    };

    SentenceSelector NONE = document -> new BitSet();

    /** Sentences with a token whose word form passes the test. */
    static SentenceSelector withToken(Predicate<Token> test) {
        return document -> {
            BitSet selected = new BitSet(document.size());
            for (int s = 0; s < document.size(); s++) {
                for (Token token : document.tokens(s)) {
                    if (test.test(token)) {
                        selected.set(s);
                        break;
                    }
                }
            }
            return selected;
        };
    }

    /**
     * Sentences with a token that is one of these words (lower case), as written or as the lemma it
     * has when read as a verb or a plural noun ({@link SentenceContext#wordFormLemmas}): "bought" and
     * "buys" select a sentence for "buy", "howitzers" for "howitzer". Lemmas without tags, so that a
     * stage matching its word lists on lemmas can say where before anything is tagged.
     */
    static SentenceSelector withWordOrLemmaIn(Collection<String> lowerCaseWords) {
        Set<String> words = Set.copyOf(lowerCaseWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        return document -> {
            BitSet selected = new BitSet(document.size());
            for (int s = 0; s < document.size(); s++) {
                List<Token> tokens = document.tokens(s);
                for (int t = 0; t < tokens.size(); t++) {
                    if (words.contains(document.lowerCase(s, t)) || anyIn(words, document.wordFormLemmas(s, t))) {
                        selected.set(s);
                        break;
                    }
                }
            }
            return selected;
        };
    }

    /** Sentences holding an NER span with one of these labels (PERSON, ORGANIZATION, ...). */
    static SentenceSelector withNerLabel(Set<String> labels) {
        return document -> {
            BitSet selected = new BitSet(document.size());
            for (NerSpan span : document.text().nerSpans()) {
                if (labels.contains(span.label())) {
                    selected.set(span.sentence());
                }
            }
            return selected;
        };
    }

    /**
     * Sentences holding a mention of an entity of one of these types. Only for stages that run after
     * the entity stage: earlier, {@link SentenceContext#entities()} throws.
     */
    static SentenceSelector withEntity(Set<EntityType> types) {
        return document -> {
            BitSet selected = new BitSet(document.size());
            document.entities().stream().filter(e -> types.contains(e.type()))
                    .forEach(e -> e.mentions().forEach(m -> selected.set(m.sentence())));
            return selected;
        };
    }

    /** Sentences with a token passing the test, which sees the token's index in its sentence. */
    static SentenceSelector withTokenAt(TokenTest test) {
        return document -> {
            BitSet selected = new BitSet(document.size());
            for (int s = 0; s < document.size(); s++) {
                for (int t = 0; t < document.tokens(s).size(); t++) {
                    if (test.test(document, s, t)) {
                        selected.set(s);
                        break;
                    }
                }
            }
            return selected;
        };
    }

    /** A test of token {@code token} of sentence {@code sentence}. */
    @FunctionalInterface
    interface TokenTest {
        boolean test(SentenceContext document, int sentence, int token);
    }

    default SentenceSelector or(SentenceSelector other) {
        return document -> {
            BitSet selected = document.selected(this);
            selected.or(document.selected(other));
            return selected;
        };
    }

    default SentenceSelector and(SentenceSelector other) {
        return document -> {
            BitSet selected = document.selected(this);
            if (!selected.isEmpty()) {
                selected.and(document.selected(other));
            }
            return selected;
        };
    }

    /** What this selects when {@code gate} selects any sentence of the document; else nothing. */
    default SentenceSelector onlyIf(SentenceSelector gate) {
        return document -> document.selected(gate).isEmpty() ? new BitSet() : document.selected(this);
    }

    /** The selected sentences and up to {@code n} sentences before and after each. */
    default SentenceSelector withNeighbours(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative neighbourhood " + n);
        }
        return document -> {
            BitSet selected = document.selected(this);
            BitSet widened = new BitSet(document.size());
            for (int s = selected.nextSetBit(0); s >= 0; s = selected.nextSetBit(s + 1)) {
                widened.set(Math.max(0, s - n), Math.min(document.size(), s + n + 1));
            }
            return widened;
        };
    }

    private static boolean anyIn(Set<String> words, List<String> candidates) {
        for (String candidate : candidates) {
            if (words.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
