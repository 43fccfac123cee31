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
 * decides which deals it states ({@link TransferDecision}): by scoring every candidate deal the
 * document allows with a learned model whose features include the hand-written rules' verdict
 * ({@link LearnedTransfers}), with the rules alone ({@link RuleTransfers}, {@link SameDealSystems}),
 * or with the rules checked and completed by the model.
 */
public final class ArmsTransferExtractor implements RelationExtractor {

    private final TransferTriggers triggers;
    private final ParseCues parseCues;
    private final Lexicon categories;
    private final SystemKinds kinds;
    private final java.util.Map<String, String> cueWords;
    private final TransferFeaturizer featurizer;
    private final TransferDecision decision;
    /** Null for the rules' year, value and quantity. */
    private final LearnedAttributes attributes;

    /**
     * @param cueWords      lemma → cue class ({@code transfer-cue-words.tsv})
     * @param decision      rules, learned model or both
     * @param attributes    the learned decision on year, value and quantity, or null for the rules'
     */
    public ArmsTransferExtractor(TransferTriggers triggers, ParseCues parseCues, Lexicon categories, SystemKinds kinds,
                                 java.util.Map<String, String> cueWords, TransferFeaturizer featurizer,
                                 TransferDecision decision, LearnedAttributes attributes) {
        this.cueWords = java.util.Map.copyOf(cueWords);
        this.triggers = triggers;
        this.parseCues = parseCues;
        this.categories = categories;
        this.kinds = kinds;
        this.featurizer = featurizer;
        this.decision = decision;
        this.attributes = attributes;
    }

    @Override
    public String name() {
        return decision.ruleName();
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ENTITIES, Capability.LEMMAS, Capability.POS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        DocumentReading reading = reading(document);
        List<RelationCandidate> found = decision.decide(reading, featurizer);
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
