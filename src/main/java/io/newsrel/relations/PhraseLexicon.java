package io.newsrel.relations;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import io.newsrel.annotate.SentenceContext;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.Token;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * Token patterns from a rule file under {@code models/relations/}, each with its further columns.
 * The first column is either a TokensRegex pattern (it starts with "[" or "(", e.g.
 * {@code [{lemma:"take"}] [{tag:/DT/}]? [{lemma:"delivery"}]}), matched with CoreNLP's TokensRegex,
 * or a plain phrase of one or more words, each matching a token's lemma or word in any case; in a
 * plain phrase hyphens count as spaces and may stand between the words, so "co-produce" matches
 * "co - produce" as CoreNLP tokenizes it. Plain phrases are matched by {@link WordPhrase}, not by
 * TokensRegex: every sentence of every document is searched for every phrase, and a TokensRegex
 * matcher per phrase and sentence cost a fifth of the pipeline's time. Longer matches win where
 * they overlap.
 */
public final class PhraseLexicon {

    /** How a row's first column is matched: word by word, or by TokensRegex. */
    sealed interface Pattern permits WordPhrase, RegexPhrase {
    }

    /** A TokensRegex pattern, matched over CoreNLP tokens made from the sentence. */
    record RegexPhrase(TokenSequencePattern pattern) implements Pattern {
    }

    /** One row: its pattern, the other columns, and where it was written. */
    public record Phrase(String text, Pattern pattern, List<String> columns, String origin) {
        public String column(int i) {
            return columns.get(i);
        }
    }

    /** A phrase found in a sentence: tokens [start, end). */
    public record Found(Phrase phrase, int start, int end) {
    }

    private final List<Phrase> phrases;

    private PhraseLexicon(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** Reads a rule file: tab-separated, first column the phrase, {@code columns} more columns. */
    public static PhraseLexicon resource(String path, int columns) {
        List<Phrase> phrases = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(Resources.open(path, "rule file"), path)) {
            String[] cols = line.columns();
            if (cols.length != columns + 1) {
                throw line.error("expected " + (columns + 1) + " tab-separated columns, got " + cols.length + ": '"
                        + line.text() + "'");
            }
            String text = cols[0].strip();
            phrases.add(new Phrase(text, compile(text, line.where()), List.of(cols).subList(1, cols.length), line.where()));
        }
        return new PhraseLexicon(phrases);
    }

    private static Pattern compile(String text, String where) {
        if (!text.startsWith("[") && !text.startsWith("(")) {
            return WordPhrase.of(text);
        }
        try {
            return new RegexPhrase(TokenSequencePattern.compile(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": bad TokensRegex pattern '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Sentences where a phrase could be found once lemmas are known: those with a token matching the
     * first word of a plain phrase by its text or by a lemma its word form can have
     * ({@link SentenceContext#wordFormLemmas}); every sentence when the file has a TokensRegex row.
     */
    public SentenceSelector sentencesWithAPhrase() {
        if (phrases.stream().anyMatch(p -> p.pattern() instanceof RegexPhrase)) {
            return SentenceSelector.ALL;
        }
        List<WordPhrase> words = phrases.stream().map(p -> (WordPhrase) p.pattern()).toList();
        return SentenceSelector.withTokenAt((document, s, t) -> {
            String text = document.tokens(s).get(t).text();
            List<String> lemmas = document.wordFormLemmas(s, t);
            for (WordPhrase phrase : words) {
                if (phrase.firstWordMatches(text, lemmas)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The rows of the file, in file order. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** Every phrase in the tokens, longest first where they overlap, in text order. */
    public List<Found> find(List<Token> tokens) {
        List<CoreLabel> labels = null;
        List<Found> all = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (phrase.pattern() instanceof WordPhrase words) {
                int from = 0;
                while (from < tokens.size()) {
                    int end = words.matchAt(tokens, from);
                    if (end > from) {
                        all.add(new Found(phrase, from, end));
                        from = end;
                    } else {
                        from++;
                    }
                }
            } else if (phrase.pattern() instanceof RegexPhrase regex) {
                if (labels == null) {
                    labels = coreLabels(tokens);
                }
                TokenSequenceMatcher matcher = regex.pattern().getMatcher(labels);
                while (matcher.find()) {
                    if (matcher.end() > matcher.start()) {
                        all.add(new Found(phrase, matcher.start(), matcher.end()));
                    }
                }
            }
        }
        all.sort((a, b) -> (b.end() - b.start()) - (a.end() - a.start()));
        boolean[] taken = new boolean[tokens.size()];
        List<Found> found = new ArrayList<>();
        for (Found f : all) {
            if (!anyTaken(taken, f.start(), f.end())) {
                for (int k = f.start(); k < f.end(); k++) {
                    taken[k] = true;
                }
                found.add(f);
            }
        }
        found.sort((a, b) -> a.start() - b.start());
        return found;
    }

    private static List<CoreLabel> coreLabels(List<Token> tokens) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            label.setLemma(token.lemma() != null ? token.lemma() : token.text());
            label.setTag(token.pos());
            labels.add(label);
        }
        return labels;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
