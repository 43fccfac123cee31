package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The count of a deal's system, read past its maker and its country of origin. */
class DealQuantityTest {

    private static Optional<Long> quantity(LinkedDocument document) {
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        return DealAttributes.quantity(document.facts(0), system);
    }

    @Test
    void theCountryOfOriginMayStandBetweenCountAndSystem() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Prague/NNP will/MD acquire/VB 24/CD U.S./NNP F-35/NNP fighter/NN jets/NNS/jet ./.")
                .entity(EntityType.QUANTITY, "24", null, Map.of("value", "24"), 0, 3, 4)
                .entity(EntityType.COUNTRY, "United States", "USA", Map.of(), 0, 4, 5)
                .entity(EntityType.SYSTEM, "F-35", null, Map.of(), 0, 5, 6)
                .build();
        assertEquals(Optional.of(24L), quantity(document));
    }

    @Test
    void aHyphenatedModifierMayStandBetween() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Slovakia/NNP gave/VBD/give 13/CD Soviet-era/NNP MiG-29/NNP jets/NNS/jet ./.")
                .entity(EntityType.QUANTITY, "13", null, Map.of("value", "13"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "MiG-29", null, Map.of(), 0, 4, 5)
                .build();
        assertEquals(Optional.of(13L), quantity(document));
    }

    @Test
    void aNumberThatIsNotACountBeforeTheSystemIsNotItsQuantity() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("In/IN 2022/CD Poland/NNP ordered/VBD/order K2/NNP tanks/NNS/tank ./.")
                .entity(EntityType.DATE, "2022", null, Map.of(), 0, 1, 2)
                .entity(EntityType.COUNTRY, "Poland", "POL", Map.of(), 0, 2, 3)
                .entity(EntityType.SYSTEM, "K2", null, Map.of(), 0, 4, 5)
                .build();
        assertEquals(Optional.empty(), quantity(document));
    }
}
