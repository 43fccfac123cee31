package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.Status;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lists of a system's operators and customers, on hand-built sentences without CoreNLP. */
class OperatorListsTest {

    private static final Map<String, String> NONE = Map.of();

    private static List<RelationCandidate> lists(LinkedDocument document) {
        TransferTriggers triggers = TransferTriggers.shipped();
        DocumentReading reading = new DocumentReading(document, triggers, ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of());
        return OperatorLists.find(reading, triggers.operatorListHeads(), List.of());
    }

    private static Set<String> pairs(List<RelationCandidate> found) {
        return found.stream().map(RuleTransfers::pair).collect(Collectors.toSet());
    }

    @Test
    void eachListedCountryButTheSupplierReceivedTheSystemTheSentenceRefersBackTo() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("South/NNP Korea/NNP builds/VBZ/build the/DT K9/NNP ./.")
                .sentence("The/DT howitzer/NN is/VBZ/be already/RB in/IN service/NN in/IN India/NNP ,/, Egypt/NNP ,/, "
                        + "and/CC Korea/NNP ,/, with/IN 1,300/CD units/NNS/unit sold/VBN/sell since/IN 1999/CD ./.")
                .entity(EntityType.COUNTRY, "South Korea", "KOR", NONE, 0, 0, 2)
                .entity(EntityType.SYSTEM, "K9", null, Map.of("country", "KOR"), 0, 4, 5)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 1, 7, 8)
                .entity(EntityType.COUNTRY, "Egypt", "EGY", NONE, 1, 9, 10)
                .entity(EntityType.COUNTRY, "South Korea", "KOR", NONE, 1, 12, 13)
                .build();
        List<RelationCandidate> found = lists(document);
        assertEquals(Set.of("IND|KOR", "EGY|KOR"), pairs(found));
        for (RelationCandidate deal : found) {
            assertEquals(Status.DELIVERED, deal.attrs().get(Attribute.STATUS).orElseThrow());
            assertFalse(deal.attrs().has(Attribute.QUANTITY), "the system's career total is no deal's quantity: " + deal);
            assertFalse(deal.attrs().has(Attribute.YEAR), "nor its first year: " + deal);
        }
    }

    @Test
    void customersNamedAfterTheSystemHaveOrderedIt() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Boeing/NNP said/VBD/say P-8A/NNP customers/NNS/customer already/RB include/VBP "
                        + "the/DT Indian/JJ Navy/NNP and/CC Norway/NNP ./.")
                .entity(EntityType.COMPANY, "Boeing", null, Map.of("country", "USA"), 0, 0, 1)
                .entity(EntityType.SYSTEM, "P-8A", null, Map.of("country", "USA", "manufacturer", "Boeing"), 0, 2, 3)
                .entity(EntityType.MILITARY, "Indian Navy", null, Map.of("country", "IND"), 0, 7, 9)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 0, 7, 8)
                .entity(EntityType.COUNTRY, "Norway", "NOR", NONE, 0, 10, 11)
                .build();
        List<RelationCandidate> found = lists(document);
        assertTrue(pairs(found).containsAll(Set.of("IND|USA", "NOR|USA")), found.toString());
        assertEquals(Status.ORDERED, found.get(0).attrs().get(Attribute.STATUS).orElseThrow());
    }

    @Test
    void aVerbBetweenTheHeadAndTheCountriesMakesNoList() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Korea/NNP exports/VBZ/export the/DT K9/NNP ./.")
                .sentence("Many/JJ of/IN these/DT customers/NNS/customer are/VBP/be US/NNP allies/NNS/ally ./.")
                .entity(EntityType.COUNTRY, "South Korea", "KOR", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "K9", null, Map.of("country", "KOR"), 0, 3, 4)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 1, 5, 6)
                .build();
        assertTrue(lists(document).isEmpty(), lists(document).toString());
    }

    @Test
    void noListedDealWhenTheDocumentDoesNotGiveTheSupplier() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT K9/NNP is/VBZ/be in/IN service/NN in/IN India/NNP and/CC Egypt/NNP ./.")
                .entity(EntityType.SYSTEM, "K9", null, Map.of("country", "KOR"), 0, 1, 2)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 0, 6, 7)
                .entity(EntityType.COUNTRY, "Egypt", "EGY", NONE, 0, 8, 9)
                .build();
        assertTrue(lists(document).isEmpty(), "Korea is never named: origin from world knowledge only");
    }
}
