package io.newsrel.relations;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Evidence;
import io.newsrel.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges candidates that state the same fact (same type and key) into one relation with all their
 * evidence, and numbers the result "r1", "r2", ... in order of first evidence. The merged relation
 * keeps the most confident candidate's arguments and attributes, and takes from the others any
 * argument or attribute it lacks (the year stated in one sentence, the value in another).
 */
public final class RelationMerger {

    public List<Relation> merge(List<RelationCandidate> candidates) {
        Map<String, List<RelationCandidate>> byKey = new LinkedHashMap<>();
        for (RelationCandidate candidate : candidates) {
            byKey.computeIfAbsent(candidate.type() + "|" + candidate.key(), k -> new ArrayList<>()).add(candidate);
        }
        List<Relation> relations = new ArrayList<>();
        for (List<RelationCandidate> same : byKey.values()) {
            RelationCandidate best = same.get(0);
            List<Evidence> evidence = new ArrayList<>();
            for (RelationCandidate c : same) {
                if (c.confidence() > best.confidence()) {
                    best = c;
                }
                for (Evidence e : c.evidence()) {
                    if (!evidence.contains(e)) {
                        evidence.add(e);
                    }
                }
            }
            Arguments.Builder args = best.args().toBuilder();
            Attributes.Builder attrs = best.attrs().toBuilder();
            for (RelationCandidate c : same) {
                args.putAllAbsent(c.args());
                attrs.putAllAbsent(c.attrs());
            }
            if (attrs.has(Attribute.YEAR)) {
                attrs.remove(Attribute.DOCUMENT_DATE);
            }
            relations.add(new Relation("r" + (relations.size() + 1), best.type(), args.build(), attrs.build(),
                    Math.round(best.confidence() * 1000) / 1000.0, evidence, best.rule()));
        }
        return relations;
    }
}
