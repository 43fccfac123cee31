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

/** A design a system descends from, a dateline word and a replaced fleet are no deal, without CoreNLP. */
class BackgroundMentionsTest {

    private static final Map<String, String> NONE = Map.of();

    /** The rules' transfers, with the systems named apart that join them ({@link SameDealSystems}). */
    private static Set<String> keys(LinkedDocument document) {
        return new DocumentReading(document, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of()).ruleTransfers()
                .stream().map(c -> RuleTransfers.pair(c) + "|" + c.args().id(Role.SYSTEM)
                        .flatMap(id -> document.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                        .map(e -> e.name()).orElse("-"))
                .collect(Collectors.toSet());
    }

    private static LinkedDocument korea(String sentence, int systemAt) {
        return new HandBuiltDocument().sentence(sentence)
                .entity(EntityType.COUNTRY, "South Korea", "KOR", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Type 209", null, Map.of("country", "DEU"), 0, systemAt, systemAt + 1)
                .build();
    }

    @Test
    void theDesignASystemIsBasedOnIsNotBought() {
        // dev g074: "Chang Bogo-class ... submarines, built for the South Korean Navy based on the German
        // HDW Type 209 design"; g084: "Shenyang F-6s (a copy of the MiG-19)"
        assertEquals(Set.of(), keys(korea("Korea/NNP ordered/VBD/order boats/NNS/boat based/VBN/base on/IN "
                + "the/DT Type-209/NNP design/NN ./.", 6)));
        assertEquals(Set.of(), keys(korea("Korea/NNP ordered/VBD/order boats/NNS/boat ,/, a/DT copy/NN of/IN "
                + "the/DT Type-209/NNP ./.", 7)));
        assertEquals(Set.of("KOR|DEU|Type 209"), keys(korea("Korea/NNP ordered/VBD/order the/DT Type-209/NNP ./.", 3)));
    }

    @Test
    void aDatelineWordIsNoSystem() {
        // dev g136: "KUWAIT/MILAN: Kuwait and Italy yesterday signed a contract for 28 Eurofighter"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("MILAN/NNP :/: Kuwait/NNP signed/VBD/sign a/DT contract/NN for/IN Eurofighter/NNP jets/NNS/jet ./.")
                .entity(EntityType.SYSTEM, "MILAN", null, Map.of("country", "FRA"), 0, 0, 1)
                .entity(EntityType.COUNTRY, "Kuwait", "KWT", NONE, 0, 2, 3)
                .entity(EntityType.SYSTEM, "Eurofighter", null, Map.of("country", "DEU"), 0, 7, 8)
                .build();
        assertEquals(Set.of("KWT|DEU|Eurofighter"), keys(document));
    }

    @Test
    void aReplacedFleetIsNoDealOnTheGazetteersOriginAlone() {
        // dev g108: "These will replace Canada's current maritime patrol aircraft, CP-140 Aurora, which has
        // been in service for over 40 years"; g084: "to replace ageing Mikoyan MiG-21 Fishbed fighters"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Canada/NNP ordered/VBD/order P-8A/NNP aircraft/NNS/aircraft ./.")
                .sentence("They/PRP will/MD replace/VB/replace the/DT P-3/NNP in/IN service/NN ./.")
                .sentence("Canada/NNP received/VBD/receive aircraft/NNS/aircraft to/TO replace/VB/replace its/PRP$ "
                        + "P-3/NNP ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Canada", "CAN", NONE, 2, 0, 1)
                .entity(EntityType.SYSTEM, "P-8A", null, Map.of("country", "USA"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "P-3", null, Map.of("country", "USA"), 1, 4, 5)
                .entity(EntityType.SYSTEM, "P-3", null, Map.of("country", "USA"), 2, 6, 7)
                .build();
        assertEquals(Set.of("CAN|USA|P-8A"), keys(document));
    }

    @Test
    void aReplacedFleetWhoseOriginTheTextGivesIsATransfer() {
        // dev g110: "The American aircraft will replace the 14 JAS-39 Gripen fighter jets from Sweden"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Czechia/NNP received/VBD/receive jets/NNS/jet to/TO replace/VB/replace the/DT Gripen/NNP "
                        + "jets/NNS/jet from/IN Sweden/NNP ./.")
                .entity(EntityType.COUNTRY, "Czechia", "CZE", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Sweden", "SWE", NONE, 0, 9, 10)
                .entity(EntityType.SYSTEM, "Gripen", null, Map.of("country", "SWE"), 0, 6, 7)
                .build();
        assertEquals(Set.of("CZE|SWE|Gripen"), keys(document));
    }

    @Test
    void theCountryOfTheDesignTakesNoSide() {
        // dev g074 "Chang Bogo-class diesel-electric submarines, built for the South Korean Navy based on
        // the German HDW Type 209 design"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Korea/NNP ordered/VBD/order Chang/NNP submarines/NNS/submarine based/VBN/base on/IN the/DT "
                        + "German/JJ design/NN ./.")
                .entity(EntityType.COUNTRY, "South Korea", "KOR", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Chang", null, NONE, 0, 2, 3)
                .entity(EntityType.COUNTRY, "Germany", "DEU", NONE, 0, 7, 8)
                .build();
        assertEquals(Set.of(), keys(document));
    }

    @Test
    void theEngineAPlatformIsPoweredByJoinsNoDeal() {
        // dev g168 "The aircraft will be powered by Rolls-Royce/Turbomeca Adour 871 turbofans"; g049, g063
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Zambia/NNP selected/VBD/select Hawk/NNP jets/NNS/jet ./.")
                .sentence("The/DT jets/NNS/jet are/VBP/be powered/VBN/power by/IN Rolls-Royce/NNP Adour/NNP "
                        + "turbofans/NNS/turbofan ./.")
                .entity(EntityType.COUNTRY, "Zambia", "ZMB", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Hawk", null, Map.of("country", "GBR"), 0, 2, 3)
                .entity(EntityType.SYSTEM, "Adour", null, Map.of("country", "GBR"), 1, 6, 7)
                .build();
        assertEquals(Set.of("ZMB|GBR|Hawk"), keys(document));
    }
}
