package io.newsrel.annotate;

import edu.stanford.nlp.process.Morphology;
import io.newsrel.model.Entity;
import io.newsrel.model.Token;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@link SentenceSelector} may look at: a document's tokens (word forms; tags and lemmas only
 * where something needed them already), its NER spans, and, for the stages after the entity stage,
 * its entities. Word forms in lower case and their {@linkplain #wordFormLemmas tag-free lemmas} are
 * computed once per token and shared by all selectors. One document, one thread.
 */
public final class SentenceContext {

    /** Morpha, the lemmatizer CoreNLP's "lemma" step uses; one per thread, as it keeps state. */
    private static final ThreadLocal<Morphology> MORPHA = ThreadLocal.withInitial(Morphology::new);
    /**
     * Tag-free lemmas of the word forms seen so far, for every document: Morpha on every token of
     * every document was a twentieth of the pipeline's time, and news repeats its words. Emptied
     * when full, so it stays a few megabytes; a word form's lemmas never change.
     */
    private static final Map<String, List<String>> KNOWN_LEMMAS = new ConcurrentHashMap<>();
    private static final int KNOWN_LEMMAS_LIMIT = 100_000;

    private final AnnotatedText text;
    private final List<Entity> entities;
    private final String[][] lowerCase;
    private final List<String>[][] lemmas;
    /** What each selector selected here: selectors are pure, and several stages share some. */
    private final Map<SentenceSelector, BitSet> selected = new IdentityHashMap<>();

    /**
     * @param entities the document's entities, or null when the entity stage has not run yet
     */
    @SuppressWarnings("unchecked")
    public SentenceContext(AnnotatedText text, List<Entity> entities) {
        this.text = text;
        this.entities = entities == null ? null : List.copyOf(entities);
        this.lowerCase = new String[text.sentences().size()][];
        this.lemmas = new List[text.sentences().size()][];
    }

    /** The sentences a selector selects in this document (a fresh copy), computed once per selector. */
    public BitSet selected(SentenceSelector selector) {
        BitSet found = selected.get(selector);
        if (found == null) {
            found = selector.select(this);
            selected.put(selector, found);
        }
        return (BitSet) found.clone();
    }

    public AnnotatedText text() {
        return text;
    }

    /** The number of sentences. */
    public int size() {
        return text.sentences().size();
    }

    public List<Token> tokens(int sentence) {
        return text.sentences().get(sentence).tokens();
    }

    /** Token {@code token} of a sentence, in lower case. */
    public String lowerCase(int sentence, int token) {
        String[] words = lowerCase[sentence];
        if (words == null) {
            words = new String[tokens(sentence).size()];
            lowerCase[sentence] = words;
        }
        String word = words[token];
        if (word == null) {
            word = tokens(sentence).get(token).text().toLowerCase(Locale.ROOT);
            words[token] = word;
        }
        return word;
    }

    /**
     * The lemmas a token has when read as a verb and as a plural noun, lower case, without tagging
     * it: "bought" → buy, "howitzers" → howitzer, "deliveries" → delivery. What a tagger would make of
     * it is one of these or the word itself, so a selector that matches them selects every sentence
     * where the tagged lemma could match (and a few more).
     */
    public List<String> wordFormLemmas(int sentence, int token) {
        List<String>[] forms = lemmas[sentence];
        if (forms == null) {
            @SuppressWarnings("unchecked")
            List<String>[] fresh = new List[tokens(sentence).size()];
            forms = fresh;
            lemmas[sentence] = forms;
        }
        List<String> found = forms[token];
        if (found == null) {
            found = lemmasOf(tokens(sentence).get(token).text());
            forms[token] = found;
        }
        return found;
    }

    private static List<String> lemmasOf(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return List.of();
        }
        List<String> known = KNOWN_LEMMAS.get(word);
        if (known != null) {
            return known;
        }
        Morphology morpha = MORPHA.get();
        String verb = morpha.lemma(word, "VBD").toLowerCase(Locale.ROOT);
        String noun = morpha.lemma(word, "NNS").toLowerCase(Locale.ROOT);
        List<String> lemmas = verb.equals(noun) ? List.of(verb) : List.of(verb, noun);
        if (KNOWN_LEMMAS.size() >= KNOWN_LEMMAS_LIMIT) {
            KNOWN_LEMMAS.clear();
        }
        KNOWN_LEMMAS.put(word, lemmas);
        return lemmas;
    }

    /**
     * The document's entities.
     *
     * @throws IllegalStateException when the selector runs before the entity stage: a stage that
     *                               selects sentences by entity must run after it
     */
    public List<Entity> entities() {
        if (entities == null) {
            throw new IllegalStateException("entities are not known before the entity stage: a selector of a stage "
                    + "that runs before it cannot select by entity");
        }
        return entities;
    }
}
