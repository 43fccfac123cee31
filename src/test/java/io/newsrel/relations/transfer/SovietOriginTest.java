package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.EntityType;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Soviet-made system's supplier is not the Russia of the gazetteer (the Soviet Union is not coded). */
class SovietOriginTest {

    private static List<RelationCandidate> rules(String sentence, int systemAt) {
        LinkedDocument document = new HandBuiltDocument().sentence(sentence)
                .entity(EntityType.COUNTRY, "Egypt", "EGY", Map.of(), 0, 0, 1)
                .entity(EntityType.SYSTEM, "MiG-21", null, Map.of("country", "RUS"), 0, systemAt, systemAt + 1)
                .build();
        return RuleTransfers.find(new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of())).transfers();
    }

    @Test
    void theGazetteersOriginGivesTheSupplierOfAPlainSystem() {
        List<RelationCandidate> found = rules("Egypt/NNP received/VBD/receive MiG-21/NNP fighters/NNS/fighter ./.", 2);
        assertEquals(List.of("EGY|RUS"), found.stream().map(RuleTransfers::pair).toList());
    }

    @Test
    void aNationalityRightBeforeTheSystemNamesItsSupplier() {
        // "Morocco is already using French Heron (Harfang)" (dev g146): France's, not the gazetteer's origin
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Egypt/NNP received/VBD/receive French/JJ MiG-21/NNP fighters/NNS/fighter ./.")
                .entity(EntityType.COUNTRY, "Egypt", "EGY", Map.of(), 0, 0, 1)
                .entity(EntityType.COUNTRY, "France", "FRA", Map.of(), 0, 2, 3)
                .entity(EntityType.SYSTEM, "MiG-21", null, Map.of("country", "RUS"), 0, 3, 4)
                .build();
        List<RelationCandidate> found = RuleTransfers.find(new DocumentReading(document, TransferTriggers.shipped(),
                ParseCues.none(), Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of()))
                .transfers();
        assertEquals(List.of("EGY|FRA"), found.stream().map(RuleTransfers::pair).toList());
    }

    @Test
    void butNotOfASovietMadeOne() {
        List<RelationCandidate> found = rules("Egypt/NNP received/VBD/receive Soviet-made/JJ MiG-21/NNP fighters/NNS/fighter ./.", 3);
        assertTrue(found.isEmpty(), found.toString());
    }
}
