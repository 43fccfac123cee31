package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A supplier the text states beats one the rules inferred for the same recipient and system, without CoreNLP. */
class StatedSuppliersTest {

    private static final Map<String, String> NONE = Map.of();

    private static Set<String> keys(LinkedDocument document) {
        return RuleTransfers.find(new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                        Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of())).transfers()
                .stream().map(c -> RuleTransfers.pair(c) + "|" + c.args().id(Role.SYSTEM)
                        .flatMap(id -> document.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                        .map(e -> e.name()).orElse("-"))
                .collect(Collectors.toSet());
    }

    @Test
    void theGazetteersOriginGivesWayToASupplierTheTextNames() {
        // dev g053: the Super Tucano's Brazilian origin against "acquired under a Foreign Military Sale"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Nigeria/NNP received/VBD/receive Tucano/NNP aircraft/NNS/aircraft ./.")
                .sentence("The/DT United/NNP States/NNP sold/VBD/sell the/DT Tucano/NNP to/TO Nigeria/NNP ./.")
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", NONE, 1, 6, 7)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 1, 1, 3)
                .entity(EntityType.SYSTEM, "Tucano", null, Map.of("country", "BRA"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "Tucano", null, Map.of("country", "BRA"), 1, 5, 6)
                .build();
        assertEquals(Set.of("NGA|USA|Tucano"), keys(document));
    }

    @Test
    void withNoSupplierNamedTheOriginStays() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Nigeria/NNP received/VBD/receive Tucano/NNP aircraft/NNS/aircraft ./.")
                .sentence("Nigeria/NNP ordered/VBD/order more/JJR Tucano/NNP aircraft/NNS/aircraft ./.")
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", NONE, 1, 0, 1)
                .entity(EntityType.SYSTEM, "Tucano", null, Map.of("country", "BRA"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "Tucano", null, Map.of("country", "BRA"), 1, 3, 4)
                .build();
        assertEquals(Set.of("NGA|BRA|Tucano"), keys(document));
    }

    @Test
    void theOriginOfTheSystemAKindWordMeansGivesWayToo() {
        // dev g119: "will buy a NASAMS air defense system from the United States", then "The NSAMS air
        // defense system that Canada has purchased" (the gazetteer's NASAMS is Norwegian)
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Canada/NNP bought/VBD/buy NASAMS/NNP from/IN the/DT United/NNP States/NNP ./.")
                .sentence("Canada/NNP purchased/VBD/purchase the/DT air/NN defense/NN system/NN ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Canada", "CAN", NONE, 1, 0, 1)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 5, 7)
                .entity(EntityType.SYSTEM, "NASAMS", null, Map.of("country", "NOR", "category", "air-defence"), 0, 2, 3)
                .build();
        assertEquals(Set.of("CAN|USA|NASAMS"), keys(document));
    }

    @Test
    void anOriginTheSentenceNamesByItsCapitalStandsBesideAStatedSupplier() {
        // dev g162: "Israel already had two Patriot missile batteries under an agreement with Washington"
        // stays beside a supplier stated elsewhere
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Iraq/NNP sent/VBD/send Patriot/NNP missiles/NNS/missile to/TO Israel/NNP ./.")
                .sentence("Israel/NNP had/VBD/have Patriot/NNP batteries/NNS/battery under/IN an/DT agreement/NN "
                        + "with/IN Washington/NNP ./.")
                .entity(EntityType.COUNTRY, "Iraq", "IRQ", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Israel", "ISR", NONE, 0, 5, 6)
                .entity(EntityType.COUNTRY, "Israel", "ISR", NONE, 1, 0, 1)
                .entity(EntityType.SYSTEM, "Patriot", null, Map.of("country", "USA"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "Patriot", null, Map.of("country", "USA"), 1, 2, 3)
                .entity(EntityType.LOCATION, "Washington", null, Map.of("capitalOf", "USA"), 1, 8, 9)
                .build();
        assertEquals(Set.of("ISR|IRQ|Patriot", "ISR|USA|Patriot"), keys(document));
    }
}
