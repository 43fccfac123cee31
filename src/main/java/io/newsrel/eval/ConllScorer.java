package io.newsrel.eval;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * conlleval-style exact-span scoring on CoNLL-2003 (4 columns, IOB tags) over the given tokens.
 *
 * <p>Sentences are joined into documents of {@value #SENTENCES_PER_DOCUMENT} sentences, tokens
 * separated by spaces and sentences by newlines, so both systems see the gold tokens. A predicted
 * mention is snapped to the gold tokens it overlaps, then compared exactly. Labels: PERSON → PER;
 * COMPANY, MILITARY, GOVERNMENT, ORGANIZATION → ORG; COUNTRY → LOC, or MISC when the mention is a
 * demonym (CoNLL tags "German" MISC); LOCATION → LOC; MISC and SYSTEM → MISC.
 */
public final class ConllScorer {

    public static final List<String> LABELS = List.of("PER", "ORG", "LOC", "MISC");
    static final int SENTENCES_PER_DOCUMENT = 40;

    /** A pseudo-document: the text the systems read, its gold tokens and gold spans. */
    public record GoldDocument(NewsDocument document, List<int[]> tokens, List<LabeledSpan> spans) {
    }

    private final CountryGazetteer countries;
    private final Map<String, Prf> scores = new TreeMap<>();

    public ConllScorer(CountryGazetteer countries) {
        this.countries = countries;
        LABELS.forEach(l -> scores.put(l, Prf.ZERO));
    }

    public static List<GoldDocument> read(Path file) throws IOException {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    if (!current.isEmpty()) {
                        sentences.add(current);
                        current = new ArrayList<>();
                    }
                } else if (!line.startsWith("-DOCSTART-")) {
                    String[] cols = line.split(" ");
                    current.add(new String[] {cols[0], cols[cols.length - 1]});
                }
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_DOCUMENT) {
            documents.add(document(file.getFileName() + "#" + (from / SENTENCES_PER_DOCUMENT),
                    sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_DOCUMENT))));
        }
        return documents;
    }

    private static GoldDocument document(String id, List<List<String[]>> sentences) {
        StringBuilder text = new StringBuilder();
        List<int[]> tokens = new ArrayList<>();
        List<LabeledSpan> spans = new ArrayList<>();
        for (List<String[]> sentence : sentences) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int chunkStart = -1;
            int chunkEnd = -1;
            String chunkLabel = null;
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(sentence.get(i)[0]);
                tokens.add(new int[] {start, text.length()});
                String tag = sentence.get(i)[1];
                String label = tag.equals("O") ? null : tag.substring(2);
                boolean continues = label != null && tag.startsWith("I-") && label.equals(chunkLabel);
                if (!continues && chunkLabel != null) {
                    spans.add(new LabeledSpan(chunkStart, chunkEnd, chunkLabel));
                    chunkLabel = null;
                }
                if (label != null) {
                    if (!continues) {
                        chunkStart = start;
                        chunkLabel = label;
                    }
                    chunkEnd = text.length();
                }
            }
            if (chunkLabel != null) {
                spans.add(new LabeledSpan(chunkStart, chunkEnd, chunkLabel));
            }
        }
        return new GoldDocument(NewsDocument.of(id, text.toString()), tokens, spans);
    }

    String predictedLabel(Entity entity, Mention mention) {
        return switch (entity.type()) {
            case PERSON -> "PER";
            case COMPANY, MILITARY, GOVERNMENT, ORGANIZATION -> "ORG";
            case COUNTRY -> LabeledSpan.isDemonym(mention, countries) ? "MISC" : "LOC";
            case LOCATION -> "LOC";
            case MISC, SYSTEM -> "MISC";
            default -> null;
        };
    }

    public synchronized void add(GoldDocument gold, ExtractionResult predicted) {
        List<LabeledSpan> snapped = new ArrayList<>();
        for (LabeledSpan span : LabeledSpan.of(predicted, this::predictedLabel)) {
            int start = -1;
            int end = -1;
            for (int[] token : gold.tokens()) {
                if (token[0] < span.end() && span.start() < token[1]) {
                    start = start < 0 ? token[0] : start;
                    end = token[1];
                }
            }
            if (start >= 0) {
                snapped.add(new LabeledSpan(start, end, span.label()));
            }
        }
        for (String label : LABELS) {
            List<LabeledSpan> g = gold.spans().stream().filter(s -> s.label().equals(label)).toList();
            List<LabeledSpan> p = snapped.stream().filter(s -> s.label().equals(label)).distinct().toList();
            scores.merge(label, Matching.of(g, p, LabeledSpan::equals).prf(), Prf::plus);
        }
    }

    public synchronized Map<String, Prf> result() {
        return Re3dScorer.withTotal(scores);
    }
}
