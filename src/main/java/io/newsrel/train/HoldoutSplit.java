package io.newsrel.train;

import io.newsrel.entities.GazetteerEntry;
import io.newsrel.entities.GazetteerMatcher;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The honest split for measuring generalisation. A seeded share of the gazetteer's systems is
 * held out by entry: a sentence naming any surface form of a held-out entry (matched without
 * context rules, so also "Patriot" in a finance story) never reaches training. The same share of
 * documents is held out as well, so precision is measured on sentences the model has not seen.
 *
 * @param heldOut   canonical names of the held-out entries
 * @param heldOutNames a matcher for every surface form of the held-out entries
 * @param fraction  share of entries and of documents held out
 * @param seed      seed of the random choice
 */
public record HoldoutSplit(Set<String> heldOut, GazetteerMatcher heldOutNames, double fraction, long seed) {

    public static HoldoutSplit of(List<GazetteerEntry> entries, double fraction, long seed) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("held-out fraction must lie in [0, 1): " + fraction);
        }
        List<GazetteerEntry> systems = new ArrayList<>(entries.stream().filter(e -> e.type() == EntityType.SYSTEM).toList());
        Collections.shuffle(systems, new Random(seed));
        List<GazetteerEntry> chosen = systems.subList(0, (int) Math.round(systems.size() * fraction));
        return new HoldoutSplit(chosen.stream().map(GazetteerEntry::name).collect(Collectors.toUnmodifiableSet()),
                new GazetteerMatcher(chosen), fraction, seed);
    }

    /** Whether the sentence holds a surface form of a held-out system. */
    public boolean namesHeldOut(LabeledSentence sentence) {
        return sentence.systems().stream().anyMatch(s -> heldOut.contains(s.entry()))
                || !heldOutNames.find(sentence.sentence().tokens()).isEmpty();
    }

    /** Whether the document is kept for scoring (the same documents for a given seed). */
    public boolean isEvaluationDocument(String documentId) {
        long h = documentId.hashCode() * 0x9E3779B97F4A7C15L + seed;
        return new Random(h).nextDouble() < fraction;
    }

    /** The entries that stay on the training side: every entry but the held-out systems. */
    public List<GazetteerEntry> trainingEntries(List<GazetteerEntry> entries) {
        return entries.stream().filter(e -> !heldOut.contains(e.name())).toList();
    }

    /** Whether the sentence may be trained on. */
    public boolean isTraining(LabeledSentence sentence) {
        return !isEvaluationDocument(sentence.documentId()) && !namesHeldOut(sentence);
    }
}
