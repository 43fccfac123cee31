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

/** Which side the word order gives a country (a capital after "to" standing for its state), on hand-built sentences without CoreNLP or a parse. */
class TriggerRolesTest {

    private static final Map<String, String> NONE = Map.of();

    private static Set<String> pairs(LinkedDocument document) {
        DocumentReading reading = new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of());
        return RuleTransfers.find(reading).transfers().stream().map(RuleTransfers::pair).collect(Collectors.toSet());
    }

    @Test
    void aCountryWordQualifyingAnUnnamedMakerIsTheSeller() {
        // dev g106 "the Swedish manufacturer says that the latest order ..."; the system's origin
        // is left unknown so that only the sentence can name the seller
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT Swedish/JJ manufacturer/NN says/VBZ/say Hungary/NNP ordered/VBD/order 14/CD "
                        + "Gripen/NNP fighters/NNS/fighter ./.")
                .entity(EntityType.COUNTRY, "Sweden", "SWE", NONE, 0, 1, 2)
                .entity(EntityType.COUNTRY, "Hungary", "HUN", NONE, 0, 4, 5)
                .entity(EntityType.SYSTEM, "Gripen", null, NONE, 0, 7, 8)
                .build();
        assertEquals(Set.of("HUN|SWE"), pairs(document));
    }

    @Test
    void theObjectOfASupplyVerbFollowedByWithIsTheRecipient() {
        // dev g166 "Another deal was announced to provide Sri Lanka's air force with four Antonov
        // An-32 military transport planes"; g079 "provide Vietnam with 20 K9 howitzers"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Another/DT deal/NN was/VBD/be announced/VBN/announce to/TO provide/VB/provide Sri/NNP Lanka/NNP "
                        + "'s/POS air/NN force/NN with/IN four/CD Antonov/NNP An-32/NNP planes/NNS/plane ./.")
                .entity(EntityType.COUNTRY, "Sri Lanka", "LKA", NONE, 0, 6, 8)
                .entity(EntityType.COMPANY, "Antonov", null, Map.of("country", "UKR"), 0, 13, 14)
                .entity(EntityType.SYSTEM, "An-32", null, Map.of("country", "UKR"), 0, 14, 15)
                .build();
        assertEquals(Set.of("LKA|UKR"), pairs(document));
    }

    @Test
    void aCountryAfterASupplyVerbWithoutWithIsNoObjectReading() {
        // "will supply Ukraine engines for the Il-76": the supplier's own goods, no buyer read
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Motor/NNP Sich/NNP will/MD supply/VB/supply Ukraine/NNP engines/NNS/engine for/IN "
                        + "Il-76/NNP planes/NNS/plane ./.")
                .entity(EntityType.COUNTRY, "Ukraine", "UKR", NONE, 0, 4, 5)
                .entity(EntityType.SYSTEM, "Il-76", null, Map.of("country", "RUS"), 0, 7, 8)
                .build();
        assertEquals(Set.of(), pairs(document));
    }

    @Test
    void theSubjectSellsBeforeAMakerNounNamesAnother() {
        // g020 "Russia builds patrol frigates Gepard for the Vietnamese Navy and provides assistance
        // in building missile-carrying boats at Vietnamese shipyards"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Russia/NNP supplies/VBZ/supply Gepard/NNP frigates/NNS/frigate to/TO Vietnam/NNP built/VBN/build "
                        + "at/IN Vietnamese/JJ shipyards/NNS/shipyard ./.")
                .entity(EntityType.COUNTRY, "Russia", "RUS", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Gepard", null, NONE, 0, 2, 3)
                .entity(EntityType.COUNTRY, "Vietnam", "VNM", NONE, 0, 5, 6)
                .entity(EntityType.COUNTRY, "Vietnam", "VNM", NONE, 0, 8, 9)
                .build();
        assertEquals(Set.of("VNM|RUS"), pairs(document));
    }

    @Test
    void aCountryAPrepositionGovernsBeforeTheTriggerIsNotItsSubject() {
        // g047 "Overturning a decade of U.S. policy toward China, President Bush has decided to
        // clear the way for the sale of American F-16 warplanes to Taiwan"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Overturning/VBG/overturn its/PRP$ policy/NN toward/IN China/NNP ,/, Bush/NNP decided/VBD/decide "
                        + "to/TO clear/VB the/DT sale/NN of/IN F-16/NNP warplanes/NNS/warplane to/TO Taiwan/NNP ./.")
                .entity(EntityType.COUNTRY, "China", "CHN", NONE, 0, 4, 5)
                .entity(EntityType.SYSTEM, "F-16", null, Map.of("country", "USA"), 0, 13, 14)
                .entity(EntityType.COUNTRY, "Taiwan", "TWN", NONE, 0, 16, 17)
                .build();
        assertEquals(Set.of("TWN|USA"), pairs(document));
    }

    @Test
    void aClauseOpenerIsNoPreposition() {
        // g053 "The US Embassy pointed out that the Nigerian Super Tucano deal is ..."
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Officials/NNS/official said/VBD/say that/IN Nigeria/NNP bought/VBD/buy the/DT "
                        + "Super/NNP Tucano/NNP ./.")
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", NONE, 0, 3, 4)
                .entity(EntityType.SYSTEM, "A-29 Super Tucano", null, Map.of("country", "BRA"), 0, 6, 8)
                .build();
        assertEquals(Set.of("NGA|BRA"), pairs(document));
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

    @Test
    void theUserAfterByIsNoSupplier() {
        // dev g157 "China has halted international sales of Silkworm missiles, which have been used by
        // Iran against U.S. shipping"; g028 "an attempt by Jordan to modernize its air force"
        LinkedDocument used = new HandBuiltDocument()
                .sentence("China/NNP halted/VBD/halt sales/NNS/sale of/IN Silkworm/NNP missiles/NNS/missile used/VBN/use "
                        + "by/IN Iran/NNP ./.")
                .entity(EntityType.COUNTRY, "China", "CHN", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Silkworm", null, Map.of("country", "CHN"), 0, 4, 5)
                .entity(EntityType.COUNTRY, "Iran", "IRN", NONE, 0, 8, 9)
                .build();
        assertEquals(Set.of(), pairs(used));
        LinkedDocument supplied = new HandBuiltDocument()
                .sentence("China/NNP halted/VBD/halt sales/NNS/sale of/IN Silkworm/NNP missiles/NNS/missile made/VBN/make "
                        + "by/IN Iran/NNP ./.")
                .entity(EntityType.COUNTRY, "China", "CHN", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Silkworm", null, Map.of("country", "CHN"), 0, 4, 5)
                .entity(EntityType.COUNTRY, "Iran", "IRN", NONE, 0, 8, 9)
                .build();
        assertEquals(Set.of("CHN|IRN"), pairs(supplied));
    }

    @Test
    void theMakerAfterBySuppliesWhateverTheVoiceOfTheTrigger() {
        // dev g053 "The 12 Super Tucanos were acquired under a ... Foreign Military Sale, with the aircraft
        // manufactured by Brazil's Embraer"; g179 "built by the Finnish company Patria Vehicles"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Tucanos/NNPS were/VBD/be acquired/VBN/acquire by/IN Nigeria/NNP ,/, manufactured/VBN/manufacture "
                        + "by/IN Brazil/NNP ./.")
                .entity(EntityType.SYSTEM, "Tucano", null, Map.of("country", "USA"), 0, 0, 1)
                .entity(EntityType.COUNTRY, "Nigeria", "NGA", NONE, 0, 4, 5)
                .entity(EntityType.COUNTRY, "Brazil", "BRA", NONE, 0, 8, 9)
                .build();
        assertEquals(Set.of("NGA|BRA"), pairs(document));
    }

    @Test
    void whoLosesByADealIsNoRecipient() {
        // dev g047 "The F-16 sale would mark an important victory for Taiwan and a defeat for China"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT sale/NN of/IN F-16/NNP jets/NNS/jet to/TO Taiwan/NNP is/VBZ/be a/DT defeat/NN "
                        + "for/IN China/NNP ./.")
                .entity(EntityType.SYSTEM, "F-16", null, Map.of("country", "USA"), 0, 3, 4)
                .entity(EntityType.COUNTRY, "Taiwan", "TWN", NONE, 0, 6, 7)
                .entity(EntityType.COUNTRY, "China", "CHN", NONE, 0, 11, 12)
                .build();
        assertEquals(Set.of("TWN|USA"), pairs(document));
    }
}
