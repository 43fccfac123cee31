package io.newsrel.relations.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A deal's year from the sentence scheduling its deliveries, on hand-built documents. */
class DeliveryYearsTest {

    private static RelationCandidate deal(LinkedDocument document, String recipient, String system, int sentence) {
        Entity e = document.entities().stream().filter(x -> x.name().equals(system)).findFirst().orElseThrow();
        return new RelationCandidate(RelationType.ARMS_TRANSFER, recipient + "|USA|" + e.id(),
                Arguments.builder().add(Role.SYSTEM, e.id()).build(),
                Attributes.builder().put(Attribute.RECIPIENT_COUNTRY, recipient).put(Attribute.SUPPLIER_COUNTRY, "USA").build(),
                0.5, List.of(new Evidence(sentence, 0, 1, "x")), "test");
    }

    private static HandBuiltDocument twoDeals() {
        return new HandBuiltDocument()
                .sentence("Canada/NNP will/MD acquire/VB P-8A/NNP aircraft/NN ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", Map.of(), 0, 0, 1)
                .entity(EntityType.SYSTEM, "P-8A", null, Map.of(), 0, 3, 4)
                .sentence("Norway/NNP operates/VBZ/operate F-35/NNP jets/NNS/jet ./.")
                .entity(EntityType.COUNTRY, "Norway", "NOR", Map.of(), 1, 0, 1)
                .entity(EntityType.SYSTEM, "F-35", null, Map.of(), 1, 2, 3);
    }

    @Test
    void aScheduleNamingNoSystemDatesTheLeadDealOnly() {
        // dev g108 "The first aircraft will be delivered in 2026", g110 "should be delivered in 2031",
        // g168 "Delivery of the first aircraft is expected to begin in 2002"
        LinkedDocument document = twoDeals()
                .sentence("The/DT first/JJ aircraft/NN will/MD be/VB delivered/VBN/deliver in/IN 2026/CD ./.")
                .entity(EntityType.DATE, "2026", null, Map.of(), 2, 7, 8)
                .build();
        List<RelationCandidate> dated = DeliveryYears.apply(document,
                List.of(deal(document, "CAN", "P-8A", 0), deal(document, "NOR", "F-35", 1)));
        assertEquals(Optional.of(2026), dated.get(0).attrs().get(Attribute.YEAR));
        assertEquals(Optional.empty(), dated.get(1).attrs().get(Attribute.YEAR));
    }

    @Test
    void aYearOfAnotherEventInTheScheduleIsNotTheDeliveries() {
        // dev g135 "a development programme scheduled to be completed in 2024, will be delivered from 2027"
        LinkedDocument document = twoDeals()
                .sentence("The/DT programme/NN was/VBD/be launched/VBN/launch in/IN 2024/CD and/CC planes/NNS/plane"
                        + " will/MD be/VB delivered/VBN/deliver in/IN 2027/CD ./.")
                .entity(EntityType.DATE, "2024", null, Map.of(), 2, 5, 6)
                .entity(EntityType.DATE, "2027", null, Map.of(), 2, 12, 13)
                .build();
        List<RelationCandidate> dated = DeliveryYears.apply(document, List.of(deal(document, "CAN", "P-8A", 0)));
        assertEquals(Optional.of(2027), dated.get(0).attrs().get(Attribute.YEAR));
    }

    @Test
    void aScheduleNamingAnotherSystemDatesNothing() {
        LinkedDocument document = twoDeals()
                .sentence("The/DT F-35/NNP will/MD be/VB delivered/VBN/deliver in/IN 2026/CD ./.")
                .entity(EntityType.SYSTEM, "F-35", null, Map.of(), 2, 1, 2)
                .entity(EntityType.DATE, "2026", null, Map.of(), 2, 6, 7)
                .build();
        List<RelationCandidate> dated = DeliveryYears.apply(document, List.of(deal(document, "CAN", "P-8A", 0)));
        assertEquals(Optional.empty(), dated.get(0).attrs().get(Attribute.YEAR));
    }
    @Test
    void theLeadDealIsTheOneOfTheBuyerTheArticleNamesMost() {
        // dev g108: "Canada joins the US Navy, ... Germany ..." names Germany's P-8As first; the article is Canada's
        LinkedDocument document = twoDeals()
                .sentence("Canada/NNP pays/VBZ/pay ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", Map.of(), 2, 0, 1)
                .sentence("The/DT first/JJ aircraft/NN will/MD be/VB delivered/VBN/deliver in/IN 2026/CD ./.")
                .entity(EntityType.DATE, "2026", null, Map.of(), 3, 7, 8)
                .build();
        List<RelationCandidate> dated = DeliveryYears.apply(document,
                List.of(deal(document, "NOR", "F-35", 0), deal(document, "CAN", "P-8A", 1)));
        assertEquals(Optional.empty(), dated.get(0).attrs().get(Attribute.YEAR));
        assertEquals(Optional.of(2026), dated.get(1).attrs().get(Attribute.YEAR));
    }
}
