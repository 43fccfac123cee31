package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cooperation agreements and local production on hand-built sentences, without CoreNLP. */
class AgreementAndProductionRulesTest {

    private static final Map<String, String> NONE = Map.of();
    private static final CooperationExtractor COOPERATION = new CooperationExtractor(
            PhraseLexicon.resource(RelationExtractors.DIR + "cooperation-triggers.tsv", 1));
    private static final LocalProductionExtractor PRODUCTION = new LocalProductionExtractor(
            PhraseLexicon.resource(RelationExtractors.DIR + "local-production-triggers.tsv", 0));

    private static List<String> keys(List<RelationCandidate> found) {
        return found.stream().map(RelationCandidate::key).sorted().toList();
    }

    @Test
    void pluralAgreementsWithAListAreOneAgreementWithEachPartner() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT US/NNP signed/VBD/sign defense/NN agreements/NNS/agreement with/IN Sweden/NNP ,/, Norway/NNP and/CC Poland/NNP ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 1, 2)
                .entity(EntityType.COUNTRY, "Sweden", "SWE", NONE, 0, 6, 7)
                .entity(EntityType.COUNTRY, "Norway", "NOR", NONE, 0, 8, 9)
                .entity(EntityType.COUNTRY, "Poland", "POL", NONE, 0, 10, 11)
                .build();
        assertEquals(List.of("NOR+USA", "POL+USA", "SWE+USA"), keys(COOPERATION.extract(document)));
    }

    @Test
    void oneAgreementBetweenSeveralStatesStaysOne() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Australia/NNP ,/, Britain/NNP and/CC the/DT US/NNP signed/VBD/sign a/DT security/NN agreement/NN ./.")
                .entity(EntityType.COUNTRY, "Australia", "AUS", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "United Kingdom", "GBR", NONE, 0, 2, 3)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 5, 6)
                .build();
        List<RelationCandidate> found = COOPERATION.extract(document);
        assertEquals(List.of("AUS+GBR+USA"), keys(found));
        assertEquals(List.of("AUS", "GBR", "USA"), found.get(0).attrs().get(Attribute.PARTY_COUNTRIES).orElseThrow());
    }

    @Test
    void accordingToIsNoAccordAndAPurchaseAgreementIsNoCooperation() {
        LinkedDocument according = new HandBuiltDocument()
                .sentence("According/VBG/accord to/TO Ottawa/NNP ,/, Canada/NNP gave/VBD/give Ukraine/NNP a/DT military/JJ donation/NN ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", NONE, 0, 4, 5)
                .entity(EntityType.COUNTRY, "Ukraine", "UKR", NONE, 0, 6, 7)
                .build();
        assertEquals(List.of(), COOPERATION.extract(according));
        LinkedDocument purchase = new HandBuiltDocument()
                .sentence("The/DT UK/NNP and/CC Poland/NNP signed/VBD/sign a/DT defence/NN export/NN agreement/NN to/TO deliver/VB an/DT air/NN defence/NN system/NN ./.")
                .entity(EntityType.COUNTRY, "United Kingdom", "GBR", NONE, 0, 1, 2)
                .entity(EntityType.COUNTRY, "Poland", "POL", NONE, 0, 3, 4)
                .build();
        assertEquals(List.of(), COOPERATION.extract(purchase));
    }

    @Test
    void countriesQualifyingCompaniesAreNotParties() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("RRP/NNP Defence/NNP ,/, an/DT Indian/JJ defence/NN technology/NN firm/NN ,/, entered/VBD/enter a/DT strategic/JJ partnership/NN with/IN French/JJ company/NN CYGR/NNP ./.")
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 0, 4, 5)
                .entity(EntityType.COUNTRY, "France", "FRA", NONE, 0, 15, 16)
                .build();
        assertEquals(List.of(), COOPERATION.extract(document));
    }

    @Test
    void productionInACountryTakesTheForeignCompanyNamedNextToIt() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("MBDA/NNP will/MD supply/VB/supply the/DT launchers/NNS/launcher ./.")
                .sentence("The/DT deal/NN covers/VBZ/cover technology/NN transfer/NN for/IN production/NN of/IN rockets/NNS/rocket in/IN Poland/NNP ./.")
                .entity(EntityType.COMPANY, "MBDA", null, Map.of("country", "FRA"), 0, 0, 1)
                .entity(EntityType.COUNTRY, "Poland", "POL", NONE, 1, 10, 11)
                .build();
        List<RelationCandidate> found = PRODUCTION.extract(document);
        assertEquals(List.of("e1|POL"), keys(found));
    }

    @Test
    void theOwnersOfAJointVentureAreNotItsHosts() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("MBDA/NNP ,/, a/DT joint/JJ venture/NN between/IN France/NNP 's/POS Airbus/NNP and/CC Britain/NNP 's/POS BAE/NNP ,/, said/VBD/say so/RB ./.")
                .entity(EntityType.COMPANY, "MBDA", null, Map.of("country", "FRA"), 0, 0, 1)
                .entity(EntityType.COUNTRY, "France", "FRA", NONE, 0, 6, 7)
                .entity(EntityType.COMPANY, "Airbus", null, Map.of("country", "FRA"), 0, 8, 9)
                .entity(EntityType.COUNTRY, "United Kingdom", "GBR", NONE, 0, 10, 11)
                .entity(EntityType.COMPANY, "BAE Systems", null, Map.of("country", "GBR"), 0, 12, 13)
                .build();
        assertEquals(List.of(), PRODUCTION.extract(document));
    }
}
