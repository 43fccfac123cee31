package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A relation between entities of one document.
 *
 * @param id         document-local id ("r1", ...)
 * @param type       what kind of relation
 * @param args       role → entity id, or role → list of entity ids for roles such as {@code parties}
 * @param attrs      values that are not entities: quantity, value {amount, currency}, year, status, ...
 * @param confidence how sure the extractor was, in [0, 1]
 * @param evidence   the sentences it was read from, at least one
 * @param rule       id of the rule or extractor that found it
 */
public record Relation(String id, RelationType type, Map<String, Object> args,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attrs,
                       double confidence, List<Evidence> evidence, String rule) {

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of relation " + id);
        Objects.requireNonNull(rule, "rule of relation " + id);
        if (args == null || args.isEmpty()) {
            throw new IllegalArgumentException("relation " + id + " has no argument");
        }
        if (evidence == null || evidence.isEmpty()) {
            throw new IllegalArgumentException("relation " + id + " has no evidence");
        }
        Confidence.check(confidence, "relation " + id);
        args = Map.copyOf(args);
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        evidence = List.copyOf(evidence);
    }
}
