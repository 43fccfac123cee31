package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.model.Evidence;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationMergerTest {

    private static RelationCandidate candidate(String key, double confidence, Attributes attrs, int sentence) {
        return new RelationCandidate(RelationType.ARMS_TRANSFER, key, Arguments.builder().add(Role.RECIPIENT, "e1").build(),
                attrs, confidence,
                List.of(new Evidence(sentence, sentence * 10, sentence * 10 + 1, "x")), "test");
    }

    @Test
    void oneRelationPerFactWithAllEvidenceAndTheBestAttributesFirst() {
        List<Relation> merged = new RelationMerger().merge(List.of(
                candidate("a", 0.6, Attributes.builder().put(Attribute.STATUS, Status.ORDERED).put(Attribute.YEAR, 2024).build(), 0),
                candidate("b", 0.5, Attributes.EMPTY, 1),
                candidate("a", 0.9, Attributes.builder().put(Attribute.STATUS, Status.SELECTED).put(Attribute.QUANTITY, 36L).build(), 2)));
        assertEquals(2, merged.size());
        Relation a = merged.get(0);
        assertEquals("r1", a.id());
        assertEquals(0.9, a.confidence());
        assertEquals(Attributes.builder().put(Attribute.STATUS, Status.SELECTED).put(Attribute.QUANTITY, 36L)
                .put(Attribute.YEAR, 2024).build(), a.attrs());
        assertEquals(List.of(0, 2), a.evidence().stream().map(Evidence::sentence).toList());
        assertEquals("r2", merged.get(1).id());
    }
}
