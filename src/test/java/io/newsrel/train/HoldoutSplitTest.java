package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.entities.GazetteerEntry;
import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import io.newsrel.entities.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldoutSplitTest {

    private static final List<GazetteerEntry> ENTRIES =
            EntityGazetteers.load(List.of(), List.of(), CountryGazetteer.load(List.of()));
    private static final SystemLabeler LABELER = new SystemLabeler(EntityFinders.gazetteerFinder(ENTRIES));
    /** Surface forms are unique across the gazetteer (checked when loading). */
    private static final Map<String, GazetteerEntry> OWNERS = new HashMap<>();

    static {
        ENTRIES.forEach(e -> e.surfaces().forEach(s -> OWNERS.put(Names.compact(s), e)));
    }

    @Test
    void holdsOutTheShareOfSystemEntriesTheSameForOneSeed() {
        long systems = ENTRIES.stream().filter(e -> e.type() == EntityType.SYSTEM).count();
        HoldoutSplit split = HoldoutSplit.of(ENTRIES, 0.2, 1);

        assertEquals(Math.round(systems * 0.2), split.heldOut().size());
        assertEquals(split.heldOut(), HoldoutSplit.of(ENTRIES, 0.2, 1).heldOut());
        assertFalse(split.heldOut().equals(HoldoutSplit.of(ENTRIES, 0.2, 2).heldOut()));
        assertTrue(ENTRIES.stream().filter(e -> split.heldOut().contains(e.name()))
                .allMatch(e -> e.type() == EntityType.SYSTEM), "companies are never held out");
    }

    /**
     * Every surface form of every held-out entry, written in a sentence of a training document,
     * keeps that sentence out of training, labelled or not (an ambiguous name without context).
     */
    @Test
    void noTrainingSentenceNamesAHeldOutSystem() {
        HoldoutSplit split = HoldoutSplit.of(ENTRIES, 0.2, 7);
        String document = trainingDocument(split);
        StringBuilder text = new StringBuilder();
        for (GazetteerEntry entry : ENTRIES) {
            for (String surface : entry.surfaces()) {
                if (entry.type() == EntityType.SYSTEM && surface.indexOf(' ') < 0 && !surface.contains("\u2019")) {
                    text.append("They saw ").append(surface).append(" there .\n");
                }
            }
        }
        List<LabeledSentence> sentences = LABELER.label(Texts.annotated(document, text.toString()));
        int heldOut = 0;
        for (LabeledSentence sentence : sentences) {
            String name = sentence.sentence().tokens().get(2).text();
            GazetteerEntry owner = owner(name);
            if (owner != null && split.heldOut().contains(owner.name())) {
                heldOut++;
                assertFalse(split.isTraining(sentence), "trained on a held-out name: " + name);
            }
        }
        assertTrue(heldOut > 50, "the test covers held-out names: " + heldOut);
        assertTrue(sentences.stream().anyMatch(split::isTraining), "other sentences are trained on");
    }

    @Test
    void heldOutDocumentsAreNotTrainedOnAndTheirShareIsAboutTheFraction() {
        HoldoutSplit split = HoldoutSplit.of(ENTRIES, 0.2, 1);
        int evaluation = 0;
        for (int i = 0; i < 2000; i++) {
            if (split.isEvaluationDocument("doc" + i)) {
                evaluation++;
                LabeledSentence empty = new LabeledSentence("doc" + i, new io.newsrel.model.Sentence(0, 0, 2,
                        List.of(new Token(0, "Hi", 0, 2, "UH", "hi"))), List.of());
                assertFalse(split.isTraining(empty));
            }
        }
        assertTrue(evaluation > 320 && evaluation < 480, "about 20% of 2000: " + evaluation);
    }

    private static GazetteerEntry owner(String surface) {
        return OWNERS.get(Names.compact(surface));
    }

    private static String trainingDocument(HoldoutSplit split) {
        for (int i = 0; ; i++) {
            if (!split.isEvaluationDocument("train" + i)) {
                return "train" + i;
            }
        }
    }

}
