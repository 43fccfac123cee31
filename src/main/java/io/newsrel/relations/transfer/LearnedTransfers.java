package io.newsrel.relations.transfer;

import io.newsrel.model.Status;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.transfer.TransferCandidate.Context;
import io.newsrel.relations.transfer.TransferCandidate.RecipientLink;
import io.newsrel.relations.transfer.TransferCandidate.SupplierLink;
import io.newsrel.relations.transfer.TransferCandidate.SystemLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The learned decision: every candidate deal of the document ({@link TransferCandidates}) is
 * scored by the model, and those at or above the minimum probability are reported, the
 * probability as confidence. A deal the rules also found keeps the rules' evidence and attributes;
 * another is read from its best context sentence.
 */
public final class LearnedTransfers {

    static final String RULE = "arms_transfer.learned";

    private LearnedTransfers() {
    }

    /** A candidate with the features of each of its contexts. */
    public record Featured(TransferCandidate candidate, List<Features> contexts) {
    }

    static List<Featured> featured(DocumentReading reading, TransferFeaturizer featurizer) {
        List<Featured> featured = new ArrayList<>();
        for (TransferCandidate candidate : TransferCandidates.generate(reading)) {
            featured.add(new Featured(candidate, featurizer.perContext(candidate, reading)));
        }
        return featured;
    }

    static List<RelationCandidate> decide(DocumentReading reading, TransferFeaturizer featurizer, TransferModel model,
                                          double minConfidence) {
        List<RelationCandidate> found = new ArrayList<>();
        for (Featured f : featured(reading, featurizer)) {
            double p = probability(f, model);
            if (p >= minConfidence) {
                found.add(relation(reading, f.candidate(), p));
            }
        }
        return RuleTransfers.withoutRedundantCategories(found);
    }

    /**
     * The rules' deals, less those the model gives a probability under {@code ruleVeto}, and the
     * model's other deals at or above {@code minConfidence}; each with the model's probability as
     * confidence. Under cross-validation the model rejects few of the rules' deals but adds deals
     * the rules miss (README, Relations: rules or the learned decision).
     */
    static List<RelationCandidate> combine(DocumentReading reading, TransferFeaturizer featurizer, TransferModel model,
                                           double minConfidence, double ruleVeto) {
        Map<String, Double> probability = new HashMap<>();
        List<Featured> candidates = featured(reading, featurizer);
        for (Featured f : candidates) {
            probability.put(f.candidate().key(), probability(f, model));
        }
        List<RelationCandidate> found = new ArrayList<>();
        Set<String> byRules = new HashSet<>();
        for (RelationCandidate rule : reading.ruleTransfers()) {
            byRules.add(rule.key());
            Double p = probability.get(rule.key());
            if (p == null) {
                found.add(rule);
            } else if (p >= ruleVeto) {
                found.add(rule.decidedBy(RULE, p));
            }
        }
        for (Featured f : candidates) {
            double p = probability.get(f.candidate().key());
            if (!byRules.contains(f.candidate().key()) && p >= minConfidence) {
                found.add(relation(reading, f.candidate(), p));
            }
        }
        return RuleTransfers.withoutRedundantCategories(found);
    }

    /** A candidate's probability: that of its best context. */
    private static double probability(Featured f, TransferModel model) {
        return f.contexts().stream().mapToDouble(model::probability).max().orElse(0);
    }

    private static RelationCandidate relation(DocumentReading reading, TransferCandidate candidate, double p) {
        Optional<RelationCandidate> byRules = reading.ruleTransfers().stream()
                .filter(r -> r.key().equals(candidate.key())).findFirst();
        if (byRules.isPresent()) {
            return byRules.get().decidedBy(RULE, p);
        }
        Context best = candidate.contexts().stream().max(Comparator.comparingInt(c -> weight(reading, c))).orElseThrow();
        TransferFacts.Deal deal = new TransferFacts.Deal(candidate.recipient(), candidate.supplier(), best.company(),
                candidate.system());
        return TransferFacts.candidate(deal, status(reading, best.sentence()), best.sentence(), reading.document(),
                reading.categories(), p, RULE);
    }

    /** How well a context states a deal: a trigger, the system named, both parties in the sentence. */
    private static int weight(DocumentReading reading, Context c) {
        int w = reading.triggers(c.sentence()).isEmpty() ? 0 : 4;
        w += c.system() == SystemLink.NAMED ? 2 : 0;
        w += c.recipient() == RecipientLink.SAME_SENTENCE ? 2 : 0;
        w += c.supplier() == SupplierLink.NAMED_HERE || c.supplier() == SupplierLink.COMPANY ? 1 : 0;
        return w;
    }

    /** The status the sentence's trigger gives, else a neighbour's; an acquisition without one is ORDERED. */
    private static Status status(DocumentReading reading, int s) {
        for (int near : new int[] {s, s - 1, s + 1}) {
            if (near >= 0 && near < reading.sentenceCount() && reading.stage(near).isPresent()) {
                return reading.stage(near).get();
            }
        }
        return Status.ORDERED;
    }
}
