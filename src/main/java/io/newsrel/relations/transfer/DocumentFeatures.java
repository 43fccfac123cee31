package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.transfer.TransferCandidate.Context;
import java.util.Comparator;
import java.util.List;

/**
 * The candidate within its document: whether the recipient is what the article is about, how
 * many sentences could state the deal, how the system was recognised and what kind it is.
 */
final class DocumentFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
    }

    @Override
    public void addCandidate(TransferCandidate candidate, DocumentReading reading, Features out) {
        out.add("document", "recipientIsFocus",
                reading.focus().map(f -> f.kbId().equals(candidate.recipient().kbId())).orElse(false));
        List<Entity> countries = reading.document().entities().stream().filter(e -> e.type() == EntityType.COUNTRY)
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()).toList();
        int rank = countries.indexOf(candidate.recipient());
        out.add("document", "recipientRank=" + (rank < 0 ? "none" : rank < 2 ? Integer.toString(rank + 1) : "3+"));
        out.add("document", "contexts=" + Features.bucket(candidate.contexts().size()));
        out.add("document", "contextsWithTrigger=" + Features.bucket((int) candidate.contexts().stream()
                .filter(c -> !reading.triggers(c.sentence()).isEmpty()).count()));
        if (candidate.system() != null) {
            out.add("system", "source=" + candidate.system().source());
            out.add("system", "category=" + candidate.system().attrs().getOrDefault("category", "none"));
        }
    }
}
