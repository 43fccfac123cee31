package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.RelationExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ARMS_TRANSFER: a country acquiring military equipment from a foreign supplier (SPEC-gold.md).
 * Reads each document once ({@link DocumentReading}: triggers, parse cues, role readings), then
 * decides which deals it states: with the hand-written rules ({@link RuleTransfers},
 * {@link SameDealSystems}), or by scoring every candidate deal the document allows with a learned
 * model whose features include the rules' verdict.
 */
public final class ArmsTransferExtractor implements RelationExtractor {

    private final TransferTriggers triggers;
    private final ParseCues parseCues;
    private final Lexicon categories;

    public ArmsTransferExtractor(TransferTriggers triggers, ParseCues parseCues, Lexicon categories) {
        this.triggers = triggers;
        this.parseCues = parseCues;
        this.categories = categories;
    }

    @Override
    public String name() {
        return RuleTransfers.RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ENTITIES, Capability.LEMMAS, Capability.POS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        DocumentReading reading = new DocumentReading(document, triggers, parseCues, categories);
        RuleTransfers.Found rules = RuleTransfers.find(reading);
        List<RelationCandidate> found = new ArrayList<>(rules.transfers());
        List<RelationCandidate> deals = new ArrayList<>(rules.transfers());
        deals.addAll(rules.pairsOnly());
        found.addAll(SameDealSystems.find(reading, deals));
        return DealPrice.apply(document, found);
    }
}
