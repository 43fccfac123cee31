package io.newsrel.relations.transfer;

import io.newsrel.relations.RelationCandidate;
import java.util.List;
import java.util.Objects;

/**
 * How the arms-transfer extractor decides which deals a document states
 * ({@code relations.transferDecision}): the hand-written rules alone, the learned model alone, or
 * both combined, where the model may reject a rules' deal and add deals the rules missed.
 *
 * @param kind          which decision
 * @param model         the learned model; null for the rules alone
 * @param minConfidence the probability at which the model reports a deal of its own
 * @param ruleVeto      combined only: a rules' deal the model gives a lower probability is dropped
 */
public record TransferDecision(Kind kind, TransferModel model, double minConfidence, double ruleVeto) {

    /** Which decision. */
    public enum Kind { RULES, LEARNED, COMBINED }

    /** The hand-written rules alone. */
    public static final TransferDecision RULES = new TransferDecision(Kind.RULES, null, 0, 0);

    public TransferDecision {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.RULES) {
            Objects.requireNonNull(model, "the " + kind + " decision needs a model");
        }
    }

    public static TransferDecision learned(TransferModel model, double minConfidence) {
        return new TransferDecision(Kind.LEARNED, model, minConfidence, 0);
    }

    public static TransferDecision combined(TransferModel model, double minConfidence, double ruleVeto) {
        return new TransferDecision(Kind.COMBINED, model, minConfidence, ruleVeto);
    }

    /** The rule name reported relations carry. */
    String ruleName() {
        return kind == Kind.RULES ? RuleTransfers.RULE : LearnedTransfers.RULE;
    }

    List<RelationCandidate> decide(DocumentReading reading, TransferFeaturizer featurizer) {
        return switch (kind) {
            case RULES -> reading.ruleTransfers();
            case LEARNED -> LearnedTransfers.decide(reading, featurizer, model, minConfidence);
            case COMBINED -> LearnedTransfers.combine(reading, featurizer, model, minConfidence, ruleVeto);
        };
    }
}
