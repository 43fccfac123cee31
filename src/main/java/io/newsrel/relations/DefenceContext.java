package io.newsrel.relations;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Whether a document is about the military at all: it holds a word of
 * {@code models/lexicons/military-words.txt} (missile, navy, air force, ...). General news
 * produces defence relations out of ordinary trade ("exports are shipped to the U.S."), meetings
 * ("G-6 meeting" read as the G6 howitzer) and currency pacts; none of those documents has such a
 * word, while every defence article does. A word list is chosen over a learned score because it
 * is explainable, and because the dev articles hold no general news to learn that score from.
 */
public final class DefenceContext {

    private static final String WORDS = "/models/lexicons/military-words.txt";

    private final Lexicon words;
    private final SentenceSelector mayHold;

    public DefenceContext(Lexicon words) {
        this.words = words;
        SentenceSelector holdsAlready = document -> {
            BitSet selected = new BitSet(document.size());
            for (int s = 0; s < document.size(); s++) {
                if (holds(document.tokens(s))) {
                    selected.set(s);
                }
            }
            return selected;
        };
        this.mayHold = words.sentencesWithAWord().or(holdsAlready);
    }

    /** The context of the shipped word list, read once per JVM (it is immutable). */
    public static DefenceContext shipped() {
        return Shipped.CONTEXT;
    }

    /** Holds the shipped context; the class is loaded, and the list read, on the first call of {@link #shipped}. */
    private static final class Shipped {
        static final DefenceContext CONTEXT = new DefenceContext(Lexicon.resource(WORDS));
    }

    /** The military words and two-word phrases. */
    public Lexicon words() {
        return words;
    }

    /**
     * The sentences where {@link #holds} could find a military word once lemmas are known, judged before
     * they are: by the word forms and the lemmas they can have ({@link Lexicon#sentencesWithAWord}), or
     * by what the tokens already carry. A document where none is selected is no defence document
     * however it is tagged, so a stage gated on it needs nothing computed there ({@link DefenceGated}).
     */
    public SentenceSelector sentencesThatMayHold() {
        return mayHold;
    }

    /** Whether some sentence of the document holds a military word or two-word phrase. */
    public boolean holds(AnnotatedText text) {
        for (Sentence sentence : text.sentences()) {
            if (holds(sentence.tokens())) {
                return true;
            }
        }
        return false;
    }

    boolean holds(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (words.matches(token)) {
                return true;
            }
            if (i + 1 < tokens.size()) {
                String pair = token.text().toLowerCase(Locale.ROOT) + " " + tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
                if (words.contains(pair) || pair.endsWith("s") && words.contains(pair.substring(0, pair.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
