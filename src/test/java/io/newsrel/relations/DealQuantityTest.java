package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The count of a deal's system, read past its maker and its country of origin. */
class DealQuantityTest {

    private static final io.newsrel.entities.Lexicon CATEGORIES =
            io.newsrel.entities.Lexicon.resource(io.newsrel.entities.EntityFinders.CATEGORY_WORDS);

    private static Optional<Long> quantity(LinkedDocument document) {
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        return DealQuantity.quantity(document.facts(0), system);
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
    @Test
    void aModifierTheTokenizerSplitAtItsHyphenMayStandBetween() {
        // CoreNLP splits "Soviet-era" into Soviet / - / era (dev g111; "French-made" g135, "follow-on" g074)
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Slovakia/NNP gave/VBD/give 13/CD Soviet/NNP -/HYPH era/NN MiG-29/NNP jets/NNS/jet ./.")
                .entity(EntityType.QUANTITY, "13", null, Map.of("value", "13"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "MiG-29", null, Map.of(), 0, 6, 7)
                .build();
        assertEquals(Optional.of(13L), quantity(document));
    }

    @Test
    void aBoundedCountIsTheCount() {
        // CoreNLP normalises "up to 48" to "<=48.0" (dev g160 "up to 48 F15", g100 "more than 1,000 GMLRS")
        LinkedDocument document = new HandBuiltDocument()
                .sentence("selling/VBG/sell Riyadh/NNP up/RB to/TO 48/CD F15/NNP jet/NN fighters/NNS/fighter ./.")
                .entity(EntityType.QUANTITY, "48", null, Map.of("value", "<=48.0"), 0, 2, 5)
                .entity(EntityType.SYSTEM, "F-15", null, Map.of(), 0, 5, 6)
                .build();
        assertEquals(Optional.of(48L), quantity(document));
    }

    @Test
    void anApproximateCountIsATotalNotTheDeal() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("with/IN about/RB 1,800/CD K9/NNP vehicles/NNS/vehicle in/IN service/NN ./.")
                .entity(EntityType.QUANTITY, "1,800", null, Map.of("value", "~1800.0"), 0, 1, 3)
                .entity(EntityType.SYSTEM, "K9", null, Map.of(), 0, 3, 4)
                .build();
        assertEquals(Optional.empty(), quantity(document));
    }

    @Test
    void anArticleBeforeTheSystemCountsOne() {
        // "a NASAMS air defense system" (dev g119), "an American-made Patriot air defense system" (g102)
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Germany/NNP delivered/VBD/deliver an/DT/a American/JJ -/HYPH made/VBN/make Patriot/NNP air/NN defense/NN system/NN ./.")
                .entity(EntityType.SYSTEM, "Patriot", null, Map.of(), 0, 6, 7)
                .build();
        assertEquals(Optional.of(1L), quantity(document));
    }

    @Test
    void anArticleBeforeASystemNamingADealCountsNothing() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Poland/NNP signed/VBD/sign a/DT K2/NNP tank/NN contract/NN ./.")
                .entity(EntityType.SYSTEM, "K2", null, Map.of(), 0, 3, 4)
                .build();
        assertEquals(Optional.empty(), quantity(document));
    }
    @Test
    void aCountBeforeAKindAndTheSystemCountsIt() {
        // dev g056 "ordered two corvettes Tigre (Project 20382)", g165 "bought seventeen surplus MiG-29 jet fighters"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Algiers/NNP ordered/VBD/order two/CD corvettes/NNS/corvette Tigre/NNP ./.")
                .entity(EntityType.QUANTITY, "two", null, Map.of("value", "2.0"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "Tigre", null, Map.of(), 0, 4, 5)
                .build();
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        assertEquals(Optional.of(2L), DealQuantity.looseQuantity(document.facts(0), system, CATEGORIES));
    }

    @Test
    void aCountOfTheKindCountsTheDealOfASentenceNamingNoSystem() {
        // dev g020 "Russia handed over two diesel-electric-powered submarines", g028 "will soon receive 16 American fighter jets"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Russia/NNP handed/VBD/hand over/RP two/CD diesel/NN -/HYPH electric/JJ -/HYPH powered/VBN/power"
                        + " submarines/NNS/submarine ./.")
                .entity(EntityType.QUANTITY, "two", null, Map.of("value", "2.0"), 0, 3, 4)
                .sentence("The/DT Kilo/NNP is/VBZ/be quiet/JJ ./.")
                .entity(EntityType.SYSTEM, "Kilo", null, Map.of(), 1, 1, 2)
                .build();
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        assertEquals(Optional.of(2L), DealQuantity.looseQuantity(document.facts(0), system, CATEGORIES));
    }

    @Test
    void aNeighbourNamingAnotherBuyerDoesNotCountTheDeal() {
        // dev g134 "Qatar, India and Greece have ordered the aircraft. ... between Greece and France for the sale of 18 Rafales."
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Qatar/NNP has/VBZ/have ordered/VBN/order the/DT aircraft/NN ./.")
                .entity(EntityType.COUNTRY, "Qatar", "QAT", Map.of(), 0, 0, 1)
                .sentence("Greece/NNP bought/VBD/buy 18/CD Rafales/NNPS/rafale ./.")
                .entity(EntityType.COUNTRY, "Greece", "GRC", Map.of(), 1, 0, 1)
                .entity(EntityType.QUANTITY, "18", null, Map.of("value", "18.0"), 1, 2, 3)
                .entity(EntityType.SYSTEM, "Rafale", null, Map.of(), 1, 3, 4)
                .build();
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        assertEquals(Optional.empty(), DealQuantity.neighbourQuantity(document, 0, system, java.util.Set.of("QAT", "FRA")));
        assertEquals(Optional.of(18L), DealQuantity.neighbourQuantity(document, 0, system, java.util.Set.of("QAT", "FRA", "GRC")));
    }

    @Test
    void aNeighbourNamingTheMakersCountryAfterTheCountCountsTheDeal() {
        // dev g053 "The 12 Super Tucanos were acquired ..., with the aircraft manufactured by Brazil's Embraer"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Nigeria/NNP bought/VBD/buy jets/NNS/jet ./.")
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", Map.of(), 0, 0, 1)
                .sentence("The/DT 12/CD Tucanos/NNPS/tucano were/VBD/be made/VBN/make by/IN Brazil/NNP ./.")
                .entity(EntityType.QUANTITY, "12", null, Map.of("value", "12.0"), 1, 1, 2)
                .entity(EntityType.SYSTEM, "Tucano", null, Map.of(), 1, 2, 3)
                .entity(EntityType.COUNTRY, "Brazil", "BRA", Map.of(), 1, 6, 7)
                .build();
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        assertEquals(Optional.of(12L), DealQuantity.neighbourQuantity(document, 0, system, java.util.Set.of("NGA", "USA")));
    }
    @Test
    void aCountOfTheKindBeforeTheSystemNamedApartIsOtherEquipment() {
        // dev g082 "would acquire two new-build frigates as replacements for the navy's Knox-class frigates"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Thailand/NNP would/MD acquire/VB two/CD frigates/NNS/frigate to/TO replace/VB its/PRP$ Knox/NNP frigates/NNS/frigate ./.")
                .entity(EntityType.QUANTITY, "two", null, Map.of("value", "2.0"), 0, 3, 4)
                .entity(EntityType.SYSTEM, "Knox", null, Map.of(), 0, 8, 9)
                .build();
        Entity system = document.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        assertEquals(Optional.empty(), DealQuantity.looseQuantity(document.facts(0), system, CATEGORIES));
    }
}
