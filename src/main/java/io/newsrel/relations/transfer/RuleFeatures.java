package io.newsrel.relations.transfer;

import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.transfer.TransferCandidate.Context;

/** The hand-written rules' verdict on the candidate: found or not, by which rule, how sure, where. */
final class RuleFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        for (RelationCandidate rule : reading.ruleTransfers()) {
            if (rule.key().equals(candidate.key()) && rule.evidence().get(0).sentence() == context.sentence()) {
                out.add("rule", "here");
            }
        }
    }

    @Override
    public void addCandidate(TransferCandidate candidate, DocumentReading reading, Features out) {
        boolean found = false;
        for (RelationCandidate rule : reading.ruleTransfers()) {
            if (rule.key().equals(candidate.key())) {
                found = true;
                out.add("rule", rule.rule());
                out.add("rule", "confidence>=" + (rule.confidence() >= 0.8 ? "0.8" : rule.confidence() >= 0.6 ? "0.6" : "0"));
            }
        }
        out.add("rule", "none", !found);
    }
}
