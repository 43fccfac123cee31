package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.EntityType;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A capital city the goods go to stands for its state ("pledged to Kyiv"), on hand-built sentences. */
class CapitalRecipientTest {

    private static final Map<String, String> NONE = Map.of();

    private static Set<String> pairs(LinkedDocument document) {
        DocumentReading reading = new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of());
        return RuleTransfers.find(reading).transfers().stream().map(RuleTransfers::pair).collect(Collectors.toSet());
    }

    private static HandBuiltDocument ukraineAndGermany() {
        return new HandBuiltDocument()
                .sentence("Ukraine/NNP needs/VBZ/need air/NN defence/NN and/CC Germany/NNP helps/VBZ/help ./.")
                .entity(EntityType.COUNTRY, "Ukraine", "UKR", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Germany", "DEU", NONE, 0, 5, 6);
    }

    @Test
    void aCapitalAfterToIsTheRecipient() {
        // dev g102 "the Patriots they earlier pledged to Kyiv", g115 "deliver ... to Warsaw"
        LinkedDocument document = ukraineAndGermany()
                .sentence("Germany/NNP delivered/VBD/deliver the/DT IRIS-T/NNP to/TO Kyiv/NNP ./.")
                .entity(EntityType.COUNTRY, "Germany", "DEU", NONE, 1, 0, 1)
                .entity(EntityType.SYSTEM, "IRIS-T", null, Map.of("country", "DEU"), 1, 3, 4)
                .entity(EntityType.LOCATION, "Kyiv", null, Map.of("capitalOf", "UKR"), 1, 5, 6)
                .build();
        assertEquals(Set.of("UKR|DEU"), pairs(document));
    }

    @Test
    void aCapitalAfterAnotherPrepositionIsAPlace() {
        LinkedDocument document = ukraineAndGermany()
                .sentence("Germany/NNP delivered/VBD/deliver the/DT IRIS-T/NNP in/IN Kyiv/NNP ./.")
                .entity(EntityType.COUNTRY, "Germany", "DEU", NONE, 1, 0, 1)
                .entity(EntityType.SYSTEM, "IRIS-T", null, Map.of("country", "DEU"), 1, 3, 4)
                .entity(EntityType.LOCATION, "Kyiv", null, Map.of("capitalOf", "UKR"), 1, 5, 6)
                .build();
        assertEquals(Set.of(), pairs(document));
    }
}
