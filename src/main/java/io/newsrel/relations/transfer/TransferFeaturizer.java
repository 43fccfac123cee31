package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.relations.transfer.TransferCandidate.Context;
import java.util.List;

/** Computes the features of a candidate deal from every family, at training and at run time alike. */
public final class TransferFeaturizer {

    private final List<FeatureFamily> families;

    public TransferFeaturizer(List<FeatureFamily> families) {
        this.families = List.copyOf(families);
    }

    /** Every family newsrel uses, with its word lists. */
    public static TransferFeaturizer standard(Lexicon defenceWords) {
        return new TransferFeaturizer(List.of(new LinkFeatures(), new TriggerFeatures(), new RoleFeatures(),
                new RuleFeatures(), new OriginFeatures(), new WordFeatures(defenceWords), new ListFeatures(),
                new DistanceFeatures(), new DocumentFeatures()));
    }

    /** The features of each context of the candidate, each with the candidate's own features. */
    public List<Features> perContext(TransferCandidate candidate, DocumentReading reading) {
        List<Features> all = new java.util.ArrayList<>();
        for (Context context : candidate.contexts()) {
            Features out = new Features();
            for (FeatureFamily family : families) {
                family.addContext(candidate, context, reading, out);
                family.addCandidate(candidate, reading, out);
            }
            out.add("bias", "candidate");
            all.add(out);
        }
        return all;
    }

    /** The union of the features of every context of the candidate. */
    public Features features(TransferCandidate candidate, DocumentReading reading) {
        Features out = new Features();
        for (FeatureFamily family : families) {
            for (Context context : candidate.contexts()) {
                family.addContext(candidate, context, reading, out);
            }
            family.addCandidate(candidate, reading, out);
        }
        out.add("bias", "candidate");
        return out;
    }
}
