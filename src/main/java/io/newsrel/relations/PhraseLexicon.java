package io.newsrel.relations;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import io.newsrel.model.Token;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Token patterns from a rule file under {@code models/relations/}, each with its further columns,
 * matched with CoreNLP's TokensRegex. The first column is either a TokensRegex pattern (it starts
 * with "[" or "(", e.g. {@code [{lemma:"take"}] [{tag:/DT/}]? [{lemma:"delivery"}]}) or a plain
 * phrase of one or more words, each matching a token's lemma or word in any case; in a plain
 * phrase hyphens count as spaces and may stand between the words, so "co-produce" matches
 * "co - produce" as CoreNLP tokenizes it. Longer matches win where they overlap.
 */
public final class PhraseLexicon {

    /** One row: its pattern, the other columns, and where it was written. */
    public record Phrase(String text, TokenSequencePattern pattern, List<String> columns, String origin) {
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

    private static TokenSequencePattern compile(String text, String where) {
        String regex = text.startsWith("[") || text.startsWith("(") ? text : fromWords(text);
        try {
            return TokenSequencePattern.compile(regex);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": bad TokensRegex pattern '" + regex + "': " + e.getMessage(), e);
        }
    }

    /** "take delivery" → [{lemma:/(?i)take/} | {word:/(?i)take/}] [{word:"-"}]? [...delivery...] */
    private static String fromWords(String phrase) {
        List<String> parts = new ArrayList<>();
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            String quoted = word.replaceAll("[^\\p{L}\\p{N}]", ".");
            parts.add("[{lemma:/(?i)" + quoted + "/} | {word:/(?i)" + quoted + "/}]");
        }
        return String.join(" [{word:\"-\"}]? ", parts);
    }

    /** Every phrase in the tokens, longest first where they overlap, in text order. */
    public List<Found> find(List<Token> tokens) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            label.setLemma(token.lemma() != null ? token.lemma() : token.text());
            label.setTag(token.pos());
            labels.add(label);
        }
        List<Found> all = new ArrayList<>();
        for (Phrase phrase : phrases) {
            TokenSequenceMatcher matcher = phrase.pattern().getMatcher(labels);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    all.add(new Found(phrase, matcher.start(), matcher.end()));
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

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
