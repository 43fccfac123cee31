package io.newsrel.relations;

import io.newsrel.Stage;
import java.util.List;
import java.util.Set;

/** Finds relations of one or more types in a document whose entities are known; thread-safe. */
public interface RelationExtractor extends Stage {

    List<RelationCandidate> extract(LinkedDocument document);

    @Override
    default Set<Capability> provides() {
        return Set.of(Capability.RELATIONS);
    }
}
