package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Evidence;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationMergerTest {

    private static RelationCandidate candidate(String key, double confidence, Map<String, Object> attrs, int sentence) {
        return new RelationCandidate(RelationType.ARMS_TRANSFER, key, Map.of("recipient", "e1"), attrs, confidence,
                List.of(new Evidence(sentence, sentence * 10, sentence * 10 + 1, "x")), "test");
    }

    @Test
    void oneRelationPerFactWithAllEvidenceAndTheBestAttributesFirst() {
        List<Relation> merged = new RelationMerger().merge(List.of(
                candidate("a", 0.6, Map.of("status", "ORDERED", "year", 2024), 0),
                candidate("b", 0.5, Map.of(), 1),
                candidate("a", 0.9, Map.of("status", "SELECTED", "quantity", 36), 2)));
        assertEquals(2, merged.size());
        Relation a = merged.get(0);
        assertEquals("r1", a.id());
        assertEquals(0.9, a.confidence());
        assertEquals(Map.of("status", "SELECTED", "quantity", 36, "year", 2024), a.attrs());
        assertEquals(List.of(0, 2), a.evidence().stream().map(Evidence::sentence).toList());
        assertEquals("r2", merged.get(1).id());
    }
}
