package io.newsrel.relations;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attributes;
import io.newsrel.model.Evidence;
import io.newsrel.model.RelationType;
import java.util.List;
import java.util.Objects;

/**
 * A relation as an extractor proposes it, before merging and numbering.
 *
 * @param type       relation type
 * @param key        what makes two candidates the same fact in a document (per SPEC-gold.md)
 * @param args       role → entity ids
 * @param attrs      non-entity values
 * @param confidence in [0, 1]
 * @param evidence   where it was read
 * @param rule       the extractor or rule id
 */
public record RelationCandidate(RelationType type, String key, Arguments args, Attributes attrs,
                                double confidence, List<Evidence> evidence, String rule) {

    public RelationCandidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(args, "args");
        attrs = attrs == null ? Attributes.EMPTY : attrs;
        evidence = List.copyOf(evidence);
    }

    /** The same candidate decided otherwise: another confidence and the rule or model that decided it. */
    public RelationCandidate decidedBy(String newRule, double newConfidence) {
        return new RelationCandidate(type, key, args, attrs, newConfidence, evidence, newRule);
    }

    /** The same candidate with other attributes. */
    public RelationCandidate withAttrs(Attributes newAttrs) {
        return new RelationCandidate(type, key, args, newAttrs, confidence, evidence, rule);
    }
}
