package io.newsrel.entities;

import io.newsrel.annotate.SentenceContext;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.Token;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A set of lower-case words read from a file under {@code models/lexicons/}, one per line. */
public final class Lexicon {

    private final Set<String> words;

    private Lexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static Lexicon resource(String path) {
        Set<String> words = new HashSet<>();
        for (DataFile.Line line : DataFile.lines(Resources.open(path, "lexicon"), path)) {
            words.add(line.text().strip().toLowerCase(Locale.ROOT));
        }
        return new Lexicon(words);
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the token, by its lemma or its text, or its singular, is in the lexicon. */
    public boolean matches(Token token) {
        String text = token.text().toLowerCase(Locale.ROOT);
        return (token.lemma() != null && contains(token.lemma()))
                || contains(text)
                || text.endsWith("s") && contains(text.substring(0, text.length() - 1));
    }

    /**
     * Sentences with a token {@link #matches} could accept, judged before tagging: by its text, its
     * text without a final "s", or the lemmas its word form can have
     * ({@link SentenceContext#wordFormLemmas}), which include the tagged lemma.
     */
    public SentenceSelector sentencesWithAWord() {
        return SentenceSelector.withTokenAt((document, s, t) -> {
            String text = document.lowerCase(s, t);
            if (words.contains(text) || text.endsWith("s") && words.contains(text.substring(0, text.length() - 1))) {
                return true;
            }
            for (String lemma : document.wordFormLemmas(s, t)) {
                if (words.contains(lemma)) {
                    return true;
                }
            }
            return false;
        });
    }

    public Lexicon union(Lexicon other) {
        Set<String> all = new HashSet<>(words);
        all.addAll(other.words);
        return new Lexicon(all);
    }
}
