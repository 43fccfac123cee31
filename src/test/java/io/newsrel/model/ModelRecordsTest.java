package io.newsrel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    @Test
    void badSpansAreRejectedWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 3));
        assertTrue(e.getMessage().contains("[5, 3)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new TokenSpan(2, 2));
    }

    @Test
    void mentionTextMustFitItsSpan() {
        assertThrows(IllegalArgumentException.class, () -> new Mention(0, 5, "Israel", 0));
        assertEquals(6, new Mention(0, 6, "Israel", 0).span().length());
    }

    @Test
    void confidenceOutsideTheUnitIntervalIsRejected() {
        List<Mention> mentions = List.of(new Mention(0, 6, "Israel", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Entity("e1", EntityType.COUNTRY, "Israel", "ISR", Map.of(), mentions, 1.5, "ner"));
        assertThrows(IllegalArgumentException.class,
                () -> new Entity("e1", EntityType.COUNTRY, "Israel", "ISR", Map.of(), mentions, Double.NaN, "ner"));
    }

    @Test
    void entityMentionsAreKeptInTextOrder() {
        Entity e = new Entity("e1", EntityType.COUNTRY, "Israel", "ISR", Map.of(),
                List.of(new Mention(20, 26, "Israel", 1), new Mention(0, 7, "Israeli", 0)), 0.9, "ner");
        assertEquals(List.of(0, 20), e.mentions().stream().map(Mention::start).toList());
    }

    @Test
    void recordsAreImmutable() {
        Entity e = new Entity("e1", EntityType.COUNTRY, "Israel", "ISR", Map.of(),
                List.of(new Mention(0, 6, "Israel", 0)), 0.9, "ner");
        assertThrows(UnsupportedOperationException.class, () -> e.mentions().clear());
    }

    @Test
    void relationsNeedArgumentsAndEvidence() {
        Evidence evidence = new Evidence(0, 0, 6, "Israel");
        assertThrows(IllegalArgumentException.class,
                () -> new Relation("r1", RelationType.ORG_COUNTRY, Arguments.EMPTY, Attributes.EMPTY, 0.5, List.of(evidence), "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new Relation("r1", RelationType.ORG_COUNTRY, Arguments.builder().add(Role.COMPANY, "e1").build(),
                        Attributes.EMPTY, 0.5, List.of(), "x"));
    }
}
