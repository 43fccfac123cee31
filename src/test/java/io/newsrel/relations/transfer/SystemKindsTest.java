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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A deal in "the aircraft" or "helicopters" and the document's one system of that kind, without CoreNLP. */
class SystemKindsTest {

    private static final Map<String, String> NONE = Map.of();

    /** The rules' sentence-by-sentence deals, before systems named apart join them ({@link SameDealSystems}). */
    private static List<RelationCandidate> rules(LinkedDocument document) {
        return RuleTransfers.find(new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of())).transfers();
    }

    /** "recipient|supplier|system name" of each transfer (also read by {@link DealContextTest}). */
    static Set<String> keys(List<RelationCandidate> found, LinkedDocument document) {
        return found.stream().map(c -> RuleTransfers.pair(c) + "|" + c.args().id(io.newsrel.model.Role.SYSTEM)
                .flatMap(id -> document.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                .map(e -> e.name()).orElse("-")).collect(Collectors.toSet());
    }

    @Test
    void aKindWordMeansTheDocumentsOnlySystemOfThatKind() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT United/NNP States/NNP gave/VBD/give Jordan/NNP eight/CD helicopters/NNS/helicopter ./.")
                .sentence("The/DT Black/NNP Hawks/NNPS arrived/VBD/arrive on/IN Thursday/NNP ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 1, 3)
                .entity(EntityType.COUNTRY, "Jordan", "JOR", NONE, 0, 4, 5)
                .entity(EntityType.SYSTEM, "Black Hawk", null, Map.of("country", "USA", "category", "helicopter"), 1, 1, 3)
                .build();
        assertEquals(Set.of("JOR|USA|Black Hawk"), keys(rules(document), document));
    }

    @Test
    void twoSystemsOfTheKindLeaveTheDealWithoutASystem() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT United/NNP States/NNP gave/VBD/give Jordan/NNP eight/CD helicopters/NNS/helicopter ./.")
                .sentence("Black/NNP Hawks/NNPS and/CC Apaches/NNPS flew/VBD/fly ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 1, 3)
                .entity(EntityType.COUNTRY, "Jordan", "JOR", NONE, 0, 4, 5)
                .entity(EntityType.SYSTEM, "Black Hawk", null, Map.of("country", "USA", "category", "helicopter"), 1, 0, 2)
                .entity(EntityType.SYSTEM, "Apache", null, Map.of("country", "USA", "category", "helicopter"), 1, 3, 4)
                .build();
        assertTrue(keys(rules(document), document).stream().noneMatch(k -> k.endsWith("Black Hawk") || k.endsWith("Apache")),
                keys(rules(document), document).toString());
    }

    @Test
    void aSystemOfAnotherKindIsNotReferredTo() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT United/NNP States/NNP gave/VBD/give Jordan/NNP eight/CD helicopters/NNS/helicopter ./.")
                .sentence("Jordan/NNP also/RB flies/VBZ/fly F-16s/NNPS ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 1, 3)
                .entity(EntityType.COUNTRY, "Jordan", "JOR", NONE, 0, 4, 5)
                .entity(EntityType.COUNTRY, "Jordan", "JOR", NONE, 1, 0, 1)
                .entity(EntityType.SYSTEM, "F-16", null, Map.of("country", "USA", "category", "fighter"), 1, 3, 4)
                .build();
        assertTrue(keys(rules(document), document).stream().noneMatch(k -> k.endsWith("F-16")),
                keys(rules(document), document).toString());
    }

    /** The bare word "system" is a kind of equipment only after a military or kind word (reuters-11175). */
    @Test
    void aPoliticalSystemIsNoKindOfEquipmentButAnAirDefenseSystemIs() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT Japanese/JJ political/JJ system/NN must/MD give/VB/give Nakasone/NNP a/DT present/NN ./.")
                .sentence("Japan/NNP will/MD give/VB/give the/DT Philippines/NNP air/NN defense/NN systems/NNS/system ./.")
                .sentence("It/PRP bought/VBD/buy anti-aircraft/JJ systems/NNS/system ./.")
                .sentence("It/PRP bought/VBD/buy a/DT trading/NN system/NN ./.")
                .build();
        DocumentReading reading = new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of());
        assertEquals(List.of(false, true, true, false),
                List.of(reading.hasCategoryWord(0), reading.hasCategoryWord(1), reading.hasCategoryWord(2),
                        reading.hasCategoryWord(3)));
    }
}
