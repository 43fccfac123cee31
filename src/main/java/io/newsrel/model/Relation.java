package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A relation between entities of one document. Its roles and attributes must be those of its
 * type's {@link RelationSchema}.
 *
 * @param id         document-local id ("r1", ...)
 * @param type       what kind of relation
 * @param args       role → entity ids
 * @param attrs      values that are not entities: quantity, value, year, status, ...
 * @param confidence how sure the extractor was, in [0, 1]
 * @param evidence   the sentences it was read from, at least one
 * @param rule       id of the rule or extractor that found it
 */
public record Relation(String id, RelationType type, Arguments args,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Attributes attrs,
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
        attrs = attrs == null ? Attributes.EMPTY : attrs;
        check(id, type, args, attrs);
        args = args.inListForm(type.schema());
        evidence = List.copyOf(evidence);
    }

    /** The entities of a role that exist in {@code document}, in argument order. */
    public List<Entity> entities(Role role, ExtractionResult document) {
        return args.ids(role).stream().map(document::entity).flatMap(java.util.Optional::stream).toList();
    }

    /** The ISO3 code of a country role: its entity's kbId, else the code kept in the role's attribute. */
    public String countryCode(Role role, ExtractionResult document) {
        for (String entityId : args.ids(role)) {
            Entity entity = document.entity(entityId).orElse(null);
            if (entity != null && entity.kbId() != null) {
                return entity.kbId();
            }
        }
        return role.codeAttribute().flatMap(attrs::get).orElse(null);
    }

    private static void check(String id, RelationType type, Arguments args, Attributes attrs) {
        for (Role role : args.roles()) {
            if (!type.schema().has(role)) {
                throw new IllegalArgumentException("relation " + id + ": " + type + " has no role " + role
                        + " (roles: " + type.schema().roleList() + ")");
            }
        }
        for (Attribute<?> attribute : attrs.keys()) {
            if (!type.schema().allows(attribute)) {
                throw new IllegalArgumentException("relation " + id + ": " + type + " has no attribute " + attribute);
            }
        }
    }
}
