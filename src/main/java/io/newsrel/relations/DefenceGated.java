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

    public DefenceGated(RelationExtractor extractor, DefenceContext context) {
        this.extractor = extractor;
        this.context = context;
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

    /** The gate reads only the words of the tokens; the extractor behind it says where it reads more. */
    @Override
    public SentenceNeeds sentenceNeeds() {
        return extractor.sentenceNeeds();
    }

    @Override
    public Set<Capability> provides() {
        return extractor.provides();
    }
}
