package io.newsrel.relations.transfer;

import io.newsrel.relations.transfer.TransferCandidate.Context;

/**
 * One family of features of a candidate deal (links, trigger, roles, words, distances, origin,
 * document). Features of a context are added for each sentence that could state the deal; the
 * candidate's features are their union. The same code computes them at training and at run time.
 */
public interface FeatureFamily {

    /** Adds the features one context sentence gives the candidate. */
    void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out);

    /** Adds the features of the candidate as a whole (none by default). */
    default void addCandidate(TransferCandidate candidate, DocumentReading reading, Features out) {
    }
}
