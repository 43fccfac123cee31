package io.newsrel.relations;

import io.newsrel.model.Evidence;
import io.newsrel.model.RelationType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A relation as an extractor proposes it, before merging and numbering.
 *
 * @param type       relation type
 * @param key        what makes two candidates the same fact in a document (per SPEC-gold.md)
 * @param args       role → entity id (or list of ids)
 * @param attrs      non-entity values
 * @param confidence in [0, 1]
 * @param evidence   where it was read
 * @param rule       the extractor or rule id
 */
public record RelationCandidate(RelationType type, String key, Map<String, Object> args,
                                Map<String, Object> attrs, double confidence, List<Evidence> evidence,
                                String rule) {

    public RelationCandidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        args = Map.copyOf(args);
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        evidence = List.copyOf(evidence);
    }
}
