package io.newsrel.train;

import io.newsrel.relations.transfer.Features;
import io.newsrel.relations.transfer.LearnedTransfers;
import java.util.List;

/** Which contexts of a labelled candidate are trained on, and with its label. */
final class ContextLabels {

    private ContextLabels() {
    }

    static List<Features> trainingContexts(LearnedTransfers.Featured candidate, boolean deal) {
        return candidate.contexts();
    }
}
