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
import org.junit.jupiter.api.Test;

/**
 * What a deal sentence leaves to its context, on hand-built sentences without CoreNLP: the origin
 * of a system listed in one supplier's package ({@link PackageOrigin}) and the buyer named in the
 * sentences before ({@link ContextRecipient}).
 */
class DealContextTest {

    private static final Map<String, String> NONE = Map.of();

    private static List<RelationCandidate> rules(LinkedDocument document) {
        return new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of()).ruleTransfers();
    }

    /** "recipient|supplier|system name" of each transfer. */
    private static Set<String> keys(List<RelationCandidate> found, LinkedDocument document) {
        return SystemKindsTest.keys(found, document);
    }

    @Test
    void theMakerNamedBeforeASystemBeatsTheSystemsListedBeside() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Bangladesh/NNP ordered/VBD/order J-7/NNP fighters/NNS/fighter from/IN China/NNP ./.")
                .sentence("Its/PRP$ fleet/NN also/RB counts/VBZ/count MiG-21/NNP ,/, MiG-19/NNP and/CC Shenyang/NNP "
                        + "F-6s/NNPS ./.")
                .entity(EntityType.COUNTRY, "Bangladesh", "BGD", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "J-7", null, Map.of("country", "CHN"), 0, 2, 3)
                .entity(EntityType.COUNTRY, "China", "CHN", NONE, 0, 5, 6)
                .entity(EntityType.SYSTEM, "MiG-21", null, Map.of("country", "RUS"), 1, 4, 5)
                .entity(EntityType.SYSTEM, "MiG-19", null, Map.of("country", "RUS"), 1, 6, 7)
                .entity(EntityType.COMPANY, "Shenyang Aircraft Corporation", null, Map.of("country", "CHN"), 1, 8, 9)
                .entity(EntityType.SYSTEM, "F-6", null, NONE, 1, 9, 10)
                .build();
        Set<String> keys = keys(rules(document), document);
        assertTrue(keys.contains("BGD|CHN|F-6") && !keys.contains("BGD|RUS|F-6"), keys.toString());
    }

    @Test
    void aPriceAfterOneItemIsNotTheValueOfTheItemsListedAfterIt() {
        // dev g013 "It also purchased 24 new Apache attack helicopters at $1.6 billion and PATRIOT
        // Air Defense systems and G550 reconnaissance aircraft"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Morocco/NNP purchased/VBD/purchase 24/CD Apache/NNP helicopters/NNS/helicopter at/IN "
                        + "$1.6/CD billion/CD and/CC Patriot/NNP systems/NNS/system ./.")
                .entity(EntityType.COUNTRY, "Morocco", "MAR", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 0, 3, 4)
                .entity(EntityType.MONEY, "$1.6 billion", null, Map.of("amount", "1600000000", "currency", "USD"), 0, 6, 8)
                .entity(EntityType.SYSTEM, "Patriot", null, Map.of("country", "USA"), 0, 9, 10)
                .build();
        Map<String, Boolean> valued = new java.util.HashMap<>();
        for (RelationCandidate deal : rules(document)) {
            valued.put(keys(List.of(deal), document).iterator().next(), deal.attrs().has(io.newsrel.model.Attribute.VALUE));
        }
        assertEquals(Map.of("MAR|USA|AH-64 Apache", true, "MAR|USA|Patriot", false), valued);
    }

    @Test
    void aSystemOfUnknownOriginTakesTheOriginItsPackageShares() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Mexico/NNP requested/VBD/request 10/CD Hellfire/NNP missiles/NNS/missile ,/, 30/CD Mk-54/NNP "
                        + "torpedoes/NNS/torpedo and/CC 12/CD GAU-21/NNP machine/NN guns/NNS/gun ./.")
                .entity(EntityType.COUNTRY, "Mexico", "MEX", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Hellfire", null, Map.of("country", "USA"), 0, 3, 4)
                .entity(EntityType.SYSTEM, "Mk 54", null, Map.of("country", "USA"), 0, 7, 8)
                .entity(EntityType.SYSTEM, "GAU-21", null, NONE, 0, 11, 12)
                .build();
        assertTrue(keys(rules(document), document).contains("MEX|USA|GAU-21"), keys(rules(document), document).toString());
    }

    @Test
    void aMixedListOrASingleKnownSystemGivesNoOrigin() {
        LinkedDocument mixed = new HandBuiltDocument()
                .sentence("Mexico/NNP requested/VBD/request Hellfire/NNP ,/, Exocet/NNP and/CC GAU-21/NNP guns/NNS/gun ./.")
                .entity(EntityType.COUNTRY, "Mexico", "MEX", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Hellfire", null, Map.of("country", "USA"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "Exocet", null, Map.of("country", "FRA"), 0, 4, 5)
                .entity(EntityType.SYSTEM, "GAU-21", null, NONE, 0, 6, 7)
                .build();
        assertTrue(keys(rules(mixed), mixed).stream().noneMatch(k -> k.endsWith("GAU-21")), keys(rules(mixed), mixed).toString());
        LinkedDocument single = new HandBuiltDocument()
                .sentence("Mexico/NNP requested/VBD/request Hellfire/NNP and/CC GAU-21/NNP guns/NNS/gun ./.")
                .entity(EntityType.COUNTRY, "Mexico", "MEX", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Hellfire", null, Map.of("country", "USA"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "GAU-21", null, NONE, 0, 4, 5)
                .build();
        assertTrue(keys(rules(single), single).stream().noneMatch(k -> k.endsWith("GAU-21")), keys(rules(single), single).toString());
    }

    @Test
    void aDealSentenceNamingNoCountryTakesTheBuyerOfTheSentenceBefore() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT United/NNP States/NNP is/VBZ/be Taiwan/NNP 's/POS main/JJ supplier/NN ./.")
                .sentence("The/DT administration/NN approved/VBD/approve a/DT package/NN that/WDT included/VBD/include "
                        + "30/CD AH-64D/NNP helicopters/NNS/helicopter ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 1, 3)
                .entity(EntityType.COUNTRY, "Taiwan", "TWN", NONE, 0, 4, 5)
                .entity(EntityType.QUANTITY, "30", null, Map.of("value", "30.0"), 1, 7, 8)
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 1, 8, 9)
                .build();
        assertEquals(Set.of("TWN|USA|AH-64 Apache"), keys(rules(document), document));
    }

    @Test
    void aGuessedBuyerAddsNoStageToADealStatedPlainly() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Taiwan/NNP ordered/VBD/order 30/CD AH-64D/NNP helicopters/NNS/helicopter ./.")
                .sentence("Sailors/NNS/sailor prepare/VBP/prepare to/TO transfer/VB/transfer 30/CD AH-64D/NNP ./.")
                .entity(EntityType.COUNTRY, "Taiwan", "TWN", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 0, 3, 4)
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 1, 5, 6)
                .entity(EntityType.QUANTITY, "30", null, Map.of("value", "30.0"), 1, 4, 5)
                .build();
        List<RelationCandidate> found = rules(document);
        assertEquals(1, found.size(), found.toString());
        assertEquals(io.newsrel.model.Status.ORDERED,
                found.get(0).attrs().get(io.newsrel.model.Attribute.STATUS).orElseThrow());
    }

    @Test
    void aSentenceThatOnlyNamesASystemTakesNoBuyerFromBefore() {
        // reuters-11672 "Raytheon Co has been awarded a 3.53 billion dlr military procurement
        // contract for Patriot air-defense missiles": no count, no deal of the country named before
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT Netherlands/NNP tested/VBD/test missiles/NNS/missile ./.")
                .sentence("Raytheon/NNP was/VBD/be awarded/VBN/award a/DT contract/NN for/IN Patriot/NNP missiles/NNS/missile ./.")
                .entity(EntityType.COUNTRY, "Netherlands", "NLD", NONE, 0, 1, 2)
                .entity(EntityType.SYSTEM, "Patriot", null, Map.of("country", "USA"), 1, 6, 7)
                .build();
        assertTrue(rules(document).isEmpty(), rules(document).toString());
    }

    @Test
    void theBuyerBeforeIsNeverTheSupplierAndTwoCandidatesGiveNone() {
        LinkedDocument supplierOnly = new HandBuiltDocument()
                .sentence("The/DT United/NNP States/NNP builds/VBZ/build helicopters/NNS/helicopter ./.")
                .sentence("The/DT administration/NN approved/VBD/approve 30/CD AH-64D/NNP helicopters/NNS/helicopter ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 1, 3)
                .entity(EntityType.QUANTITY, "30", null, Map.of("value", "30.0"), 1, 3, 4)
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 1, 4, 5)
                .build();
        assertTrue(rules(supplierOnly).isEmpty(), rules(supplierOnly).toString());
        LinkedDocument twoBuyers = new HandBuiltDocument()
                .sentence("Taiwan/NNP and/CC Japan/NNP face/VBP/face China/NNP ./.")
                .sentence("The/DT administration/NN approved/VBD/approve 30/CD AH-64D/NNP helicopters/NNS/helicopter ./.")
                .entity(EntityType.COUNTRY, "Taiwan", "TWN", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Japan", "JPN", NONE, 0, 2, 3)
                .entity(EntityType.COUNTRY, "China", "CHN", NONE, 0, 4, 5)
                .entity(EntityType.QUANTITY, "30", null, Map.of("value", "30.0"), 1, 3, 4)
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 1, 4, 5)
                .build();
        assertTrue(rules(twoBuyers).isEmpty(), "no focus country among three named once: " + rules(twoBuyers));
    }
}
