package io.newsrel.relations;

import io.newsrel.model.Token;
import io.newsrel.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Phrases from a rule file under {@code models/relations/}, each with its further columns, matched
 * against a sentence's lemmas. A phrase is one or more words; hyphens count as spaces, so
 * "co-produce" matches "co - produce" as CoreNLP tokenizes it. Longer phrases win where they overlap.
 */
public final class PhraseLexicon {

    /** One row: its words and the other columns. */
    public record Phrase(List<String> words, List<String> columns, String origin) {
        public String column(int i) {
            return columns.get(i);
        }
    }

    /** A phrase found in a sentence: tokens [start, end). */
    public record Found(Phrase phrase, int start, int end) {
    }

    private final List<Phrase> phrases;

    private PhraseLexicon(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.words().size() - a.words().size());
        this.phrases = List.copyOf(sorted);
    }

    /** Reads a rule file: tab-separated, first column the phrase, {@code columns} more columns. */
    public static PhraseLexicon resource(String path, int columns) {
        InputStream in = Resources.open(path, "rule file");
        List<Phrase> phrases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns + 1) {
                    throw new IllegalArgumentException(path + ":" + number + ": expected " + (columns + 1)
                            + " tab-separated columns, got " + cols.length + ": '" + line + "'");
                }
                List<String> words = Arrays.asList(cols[0].strip().toLowerCase(Locale.ROOT).split("[\\s-]+"));
                phrases.add(new Phrase(words, List.of(cols).subList(1, cols.length), path + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new PhraseLexicon(phrases);
    }

    /** Every phrase in the tokens, longest first where they overlap, in text order. */
    public List<Found> find(List<Token> tokens) {
        List<Integer> positions = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.equals("-")) {
                continue;
            }
            positions.add(i);
            String lemma = tokens.get(i).lemma() != null ? tokens.get(i).lemma() : text;
            words.add(lemma.toLowerCase(Locale.ROOT));
        }
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[words.size()];
        for (Phrase phrase : phrases) {
            int n = phrase.words().size();
            for (int i = 0; i + n <= words.size(); i++) {
                if (!words.subList(i, i + n).equals(phrase.words()) || anyTaken(taken, i, i + n)) {
                    continue;
                }
                for (int k = i; k < i + n; k++) {
                    taken[k] = true;
                }
                found.add(new Found(phrase, positions.get(i), positions.get(i + n - 1) + 1));
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
