package io.newsrel.relations;

import io.newsrel.annotate.SentenceNeeds;
import java.util.List;
import java.util.Set;

/**
 * A defence relation extractor that runs only on documents about the military
 * ({@link DefenceContext}): outside them it reports nothing, however its rules read a sentence.
 */
public final class DefenceGated implements RelationExtractor {

    private final RelationExtractor extractor;
    private final DefenceContext context;
    private final SentenceNeeds needs;

    public DefenceGated(RelationExtractor extractor, DefenceContext context) {
        this.extractor = extractor;
        this.context = context;
        this.needs = extractor.sentenceNeeds().onlyIf(context.sentencesThatMayHold());
    }

    /** The extractor behind the gate. */
    public RelationExtractor extractor() {
        return extractor;
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        return context.holds(document.text()) ? extractor.extract(document) : List.of();
    }

    @Override
    public String name() {
        return extractor.name();
    }

    @Override
    public Set<Capability> requires() {
        return extractor.requires();
    }

    /**
     * The extractor's needs, in documents that may be about the military: elsewhere it reports nothing
     * whatever it reads, so nothing is tagged, lemmatized or parsed for it there. The gate reads the
     * tokens' words and lemmas, judged before lemmas by {@link DefenceContext#sentencesThatMayHold}.
     */
    @Override
    public SentenceNeeds sentenceNeeds() {
        return needs;
    }

    @Override
    public Set<Capability> provides() {
        return extractor.provides();
    }
}
