package io.newsrel.relations.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Evidence;
import io.newsrel.model.RelationType;
import io.newsrel.model.Status;
import io.newsrel.relations.RelationCandidate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stages a deal's sentences state, shared by its candidates. */
class DealStagesTest {

    private static RelationCandidate candidate(String key, Status status, int sentence) {
        return new RelationCandidate(RelationType.ARMS_TRANSFER, key, Arguments.EMPTY,
                Attributes.builder().put(Attribute.STATUS, status).build(), 0.5,
                List.of(new Evidence(sentence, 0, 1, "x")), "test");
    }

    @Test
    void plannedIsDroppedWhenTheDealIsOrderedElsewhere() {
        List<RelationCandidate> staged = DealStages.apply(List.of(candidate("POL|USA|e1", Status.PLANNED, 0),
                candidate("POL|USA|e1", Status.DELIVERED, 3), candidate("POL|USA|e1", Status.ORDERED, 5)));
        for (RelationCandidate c : staged) {
            assertEquals(Optional.of(List.of(Status.ORDERED, Status.DELIVERED)), c.attrs().get(Attribute.STATUSES));
        }
        assertEquals(List.of(Status.ORDERED, Status.DELIVERED, Status.ORDERED),
                staged.stream().map(c -> c.attrs().get(Attribute.STATUS).orElseThrow()).toList());
    }

    @Test
    void eachDealKeepsItsOwnStages() {
        List<RelationCandidate> staged = DealStages.apply(List.of(candidate("POL|USA|e1", Status.PLANNED, 0),
                candidate("CZE|USA|e1", Status.ORDERED, 1)));
        assertEquals(Optional.of(List.of(Status.PLANNED)), staged.get(0).attrs().get(Attribute.STATUSES));
        assertEquals(Optional.of(Status.PLANNED), staged.get(0).attrs().get(Attribute.STATUS));
        assertEquals(Optional.of(List.of(Status.ORDERED)), staged.get(1).attrs().get(Attribute.STATUSES));
    }
}
