package io.newsrel.train;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.entities.MentionCandidate;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a recognizer on the held-out part of a {@link HoldoutSplit}: recall on the gazetteer
 * mentions of held-out systems (exact span), precision on every span it proposes in the scored
 * sentences (the sentences of held-out documents and every sentence naming a held-out system),
 * a span counting as correct when it is exactly a gazetteer mention of any entry.
 */
public final class GeneralisationEvaluation {

    private static final int UNKNOWN_SAMPLE = 40;

    /** An annotated document with its labelled sentences. */
    public record LabeledDocument(AnnotatedText text, List<LabeledSentence> sentences) {
    }

    private GeneralisationEvaluation() {
    }

    public static RecognizerScores score(String name, List<LabeledDocument> documents, HoldoutSplit split,
                                         Function<AnnotatedText, List<MentionCandidate>> recognizer) {
        int heldOutMentions = 0;
        int heldOutFound = 0;
        int predicted = 0;
        int correct = 0;
        int partial = 0;
        List<String> unknown = new ArrayList<>();
        int unknownCount = 0;
        for (LabeledDocument document : documents) {
            Map<Integer, LabeledSentence> scored = new HashMap<>();
            for (LabeledSentence s : document.sentences()) {
                if (split.isEvaluationDocument(s.documentId()) || split.namesHeldOut(s)) {
                    scored.put(s.sentence().index(), s);
                }
            }
            if (scored.isEmpty()) {
                continue;
            }
            List<MentionCandidate> candidates = recognizer.apply(document.text()).stream()
                    .filter(c -> c.type() == EntityType.SYSTEM && scored.containsKey(c.sentence())).toList();
            List<CharSpan> found = candidates.stream().map(MentionCandidate::span).toList();
            for (LabeledSentence s : scored.values()) {
                for (LabeledSentence.SystemLabel label : s.systems()) {
                    if (split.heldOut().contains(label.entry())) {
                        heldOutMentions++;
                        if (found.contains(label.chars())) {
                            heldOutFound++;
                        }
                    }
                }
            }
            for (MentionCandidate c : candidates) {
                LabeledSentence s = scored.get(c.sentence());
                predicted++;
                if (s.systems().stream().anyMatch(l -> l.chars().equals(c.span()))) {
                    correct++;
                } else if (s.systems().stream().anyMatch(l -> l.chars().overlaps(c.span()))) {
                    partial++;
                } else {
                    unknownCount++;
                    if (unknown.size() < UNKNOWN_SAMPLE) {
                        unknown.add(c.span().of(document.text().text()) + "  |  "
                                + s.sentence().span().of(document.text().text()));
                    }
                }
            }
        }
        return new RecognizerScores(name, heldOutMentions, heldOutFound, predicted, correct, partial, unknownCount, unknown);
    }
}
