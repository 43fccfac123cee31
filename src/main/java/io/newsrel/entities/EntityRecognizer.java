package io.newsrel.entities;

import io.newsrel.Stage;
import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.model.Entity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The entity stage: runs every finder, settles overlaps by the {@link OverlapPolicy}, keeps the
 * learned recognizer's systems only in an equipment context ({@link SystemContextGate}), groups
 * the winners into document-level entities, without companies and systems named by a fragment
 * ({@link EntityGrouper#isFragment}). Finders are given most trusted first.
 */
public final class EntityRecognizer implements Stage {

    private final List<MentionFinder> finders;
    private final OverlapPolicy policy;
    private final SystemContextGate gate;
    private final EntityGrouper grouper = new EntityGrouper();

    public EntityRecognizer(List<MentionFinder> findersByTrust) {
        this(findersByTrust, SystemContextGate.shipped());
    }

    public EntityRecognizer(List<MentionFinder> findersByTrust, SystemContextGate gate) {
        if (findersByTrust.isEmpty()) {
            throw new IllegalArgumentException("no mention finder");
        }
        this.finders = List.copyOf(findersByTrust);
        this.policy = new OverlapPolicy(finders.stream().map(MentionFinder::name).toList());
        this.gate = gate;
    }

    public List<Entity> recognize(AnnotatedText text) {
        List<MentionCandidate> candidates = new ArrayList<>();
        for (MentionFinder finder : finders) {
            candidates.addAll(finder.find(text));
        }
        // a wire ticker ("<NSM>") is a company code, whatever a finder reads in it
        List<MentionCandidate> named = Tickers.without(candidates, text.text());
        return grouper.group(gate.filter(policy.resolve(named), text), text.text());
    }

    public List<MentionFinder> finders() {
        return finders;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Capability> requires() {
        Set<Capability> needs = EnumSet.noneOf(Capability.class);
        finders.forEach(f -> needs.addAll(f.requires()));
        return needs;
    }

    /** Where any finder reads tags or lemmas. */
    @Override
    public SentenceNeeds sentenceNeeds() {
        SentenceNeeds needs = SentenceNeeds.none();
        for (MentionFinder finder : finders) {
            needs = needs.union(finder.sentenceNeeds());
        }
        return needs;
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.MENTIONS, Capability.ENTITIES);
    }
}
