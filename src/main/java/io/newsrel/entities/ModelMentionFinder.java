package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Military systems found by a learned recognizer: an OpenNLP name finder trained by
 * {@code newsrel train systems} on gazetteer-labelled news (see {@code models/systems-ner.md}).
 * It generalises from the shape of designations and the words around them to systems the
 * gazetteer does not list. Its spans carry source "model" and the model's probability as
 * confidence; the overlap policy ranks it after the gazetteer, the pattern rules and NER. A span
 * is widened to whole words and the variant written after it ({@link SystemSpans}): "F" of
 * "F-6s" is never a mention.
 *
 * <p>One model is loaded and shared; {@link NameFinderME} keeps per-document state and is not
 * thread-safe, so each thread has its own.
 */
public final class ModelMentionFinder implements MentionFinder {

    public static final String SOURCE = "model";
    /**
     * A name of two characters or fewer ("F4" of the Rafale F4 standard) is too short for the
     * recognizer to stand by; the gazetteer knows the real ones ("K9", "M2").
     */
    private static final int MAX_UNKNOWN_SHORT = 2;
    /** The model shipped in the jar. */
    public static final String SHIPPED_MODEL = "/models/systems-ner.bin";

    private final ThreadLocal<NameFinderME> finders;
    private final double minConfidence;

    public ModelMentionFinder(TokenNameFinderModel model, double minConfidence) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.minConfidence = minConfidence;
    }

    /** Loads a model: the shipped one when {@code file} is empty, else the file. */
    public static TokenNameFinderModel load(String file) {
        String where = file.isEmpty() ? SHIPPED_MODEL : file;
        try (InputStream in = file.isEmpty()
                ? io.newsrel.util.Resources.open(SHIPPED_MODEL, "system model")
                : Files.newInputStream(Path.of(file))) {
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read system model " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES);
    }

    @Override
    public List<MentionCandidate> find(AnnotatedText text) {
        NameFinderME finder = finders.get();
        List<MentionCandidate> found = new ArrayList<>();
        try {
            for (Sentence sentence : text.sentences()) {
                List<Token> tokens = sentence.tokens();
                if (tokens.isEmpty()) {
                    continue;
                }
                Span[] spans = finder.find(tokens.stream().map(Token::text).toArray(String[]::new));
                double[] probs = finder.probs(spans);
                List<Words> words = null;
                for (int i = 0; i < spans.length; i++) {
                    TokenSpan trimmed = trim(tokens, spans[i].getStart(), spans[i].getEnd());
                    if (probs[i] < minConfidence || trimmed == null) {
                        continue;
                    }
                    words = words == null ? Words.of(tokens, text.text()) : words;
                    TokenSpan whole = SystemSpans.toWords(words, trimmed);
                    TokenSpan full = new TokenSpan(whole.start(), SystemSpans.variantEnd(tokens, whole.end()));
                    CharSpan span = sentence.charSpan(full);
                    if (Names.compact(span.of(text.text())).length() <= MAX_UNKNOWN_SHORT) {
                        continue;
                    }
                    found.add(new MentionCandidate(sentence.index(), span, EntityType.SYSTEM,
                            SystemSpans.name(span.of(text.text())), null,
                            Map.of(), Math.round(probs[i] * 1000) / 1000.0, SOURCE));
                }
            }
        } finally {
            // The adaptive features remember earlier names of the document; the next one starts afresh.
            finder.clearAdaptiveData();
        }
        return found;
    }

    /**
     * The span without tokens of punctuation only at its edges ("CF80C -" of "CF80C-2's"): a name
     * never starts or ends with a bare hyphen or slash. Null when nothing is left.
     */
    static TokenSpan trim(List<Token> tokens, int start, int end) {
        while (start < end && !hasLetterOrDigit(tokens.get(start).text())) {
            start++;
        }
        while (end > start && !hasLetterOrDigit(tokens.get(end - 1).text())) {
            end--;
        }
        return start < end ? new TokenSpan(start, end) : null;
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }
}
