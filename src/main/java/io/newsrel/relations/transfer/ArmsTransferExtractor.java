package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.RelationExtractor;
import io.newsrel.relations.attributes.DealStages;
import io.newsrel.relations.attributes.DeliveryYears;
import io.newsrel.relations.attributes.LearnedAttributes;
import java.util.List;
import java.util.Set;

/**
 * ARMS_TRANSFER: a country acquiring military equipment from a foreign supplier (SPEC-gold.md).
 * Reads each document once ({@link DocumentReading}: triggers, parse cues, role readings), then
 * decides which deals it states: by scoring every candidate deal the document allows with a
 * learned model whose features include the hand-written rules' verdict ({@link LearnedTransfers}),
 * or with the rules alone ({@link RuleTransfers}, {@link SameDealSystems}).
 */
public final class ArmsTransferExtractor implements RelationExtractor {

    private final TransferTriggers triggers;
    private final ParseCues parseCues;
    private final Lexicon categories;
    private final SystemKinds kinds;
    private final java.util.Map<String, String> cueWords;
    private final TransferFeaturizer featurizer;
    /** Null for the rules alone. */
    private final TransferModel model;
    private final double minConfidence;
    /** Null for the rules' year, value and quantity. */
    private final LearnedAttributes attributes;

    /**
     * @param cueWords      lemma → cue class ({@code transfer-cue-words.tsv})
     * @param model         the learned decision, or null to decide with the rules alone
     * @param minConfidence deals the model gives a lower probability are not reported
     * @param attributes    the learned decision on year, value and quantity, or null for the rules'
     */
    public ArmsTransferExtractor(TransferTriggers triggers, ParseCues parseCues, Lexicon categories, SystemKinds kinds,
                                 java.util.Map<String, String> cueWords, TransferFeaturizer featurizer,
                                 TransferModel model, double minConfidence, LearnedAttributes attributes) {
        this.cueWords = java.util.Map.copyOf(cueWords);
        this.triggers = triggers;
        this.parseCues = parseCues;
        this.categories = categories;
        this.kinds = kinds;
        this.featurizer = featurizer;
        this.model = model;
        this.minConfidence = minConfidence;
        this.attributes = attributes;
    }

    @Override
    public String name() {
        return model == null ? RuleTransfers.RULE : LearnedTransfers.RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ENTITIES, Capability.LEMMAS, Capability.POS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        DocumentReading reading = reading(document);
        List<RelationCandidate> found = model == null ? reading.ruleTransfers()
                : LearnedTransfers.decide(reading, featurizer, model, minConfidence);
        List<RelationCandidate> priced = DealStages.apply(DeliveryYears.apply(document, DealPrice.apply(document, found)));
        return attributes == null ? priced : attributes.apply(document, priced);
    }

    /**
     * Every candidate deal of a document with its features, as the learned decision sees them:
     * what {@code newsrel train relations} learns from.
     */
    public List<LearnedTransfers.Featured> candidates(LinkedDocument document) {
        return LearnedTransfers.featured(reading(document), featurizer);
    }

    private DocumentReading reading(LinkedDocument document) {
        return new DocumentReading(document, triggers, parseCues, categories, kinds, cueWords);
    }
}
