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

    @Test
    void aSignedPlanIsAnAgreementAndAPlanToBuyIsNot() {
        LinkedDocument signed = new HandBuiltDocument()
                .sentence("Perry/NNP signed/VBD/sign with/IN Ukraine/NNP a/DT plan/NN for/IN joint/JJ U.S./NNP military/JJ activities/NNS/activity ./.")
                .entity(EntityType.COUNTRY, "Ukraine", "UKR", NONE, 0, 3, 4)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 8, 9)
                .build();
        assertEquals(List.of("UKR+USA"), keys(COOPERATION.extract(signed)));
        LinkedDocument unsigned = new HandBuiltDocument()
                .sentence("Ukraine/NNP and/CC the/DT U.S./NNP discussed/VBD/discuss a/DT plan/NN for/IN military/JJ exercises/NNS/exercise ./.")
                .entity(EntityType.COUNTRY, "Ukraine", "UKR", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 3, 4)
                .build();
        assertEquals(List.of(), COOPERATION.extract(unsigned));
    }

    @Test
    void aSigningThatNamesOnePartyTakesThePartnerOfTheSentenceBefore() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Kenya/NNP hosted/VBD/host the/DT fair/NN ./.")
                .sentence("Turkey/NNP signed/VBD/sign a/DT cooperation/NN agreement/NN with/IN Tajikistan/NNP ./.")
                .sentence("The/DT Tajik/JJ minister/NN signed/VBD/sign the/DT military/JJ cooperation/NN agreement/NN ./.")
                .entity(EntityType.COUNTRY, "Kenya", "KEN", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Kenya", "KEN", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Turkey", "TUR", NONE, 1, 0, 1)
                .entity(EntityType.COUNTRY, "Tajikistan", "TJK", NONE, 1, 6, 7)
                .entity(EntityType.COUNTRY, "Tajikistan", "TJK", NONE, 2, 1, 2)
                .build();
        assertEquals(List.of("TJK+TUR", "TJK+TUR"), keys(COOPERATION.extract(document)));
    }

    @Test
    void aMemorandumForAPurchaseAndAnAgreementBesideADealAreNoCooperation() {
        LinkedDocument memorandum = new HandBuiltDocument()
                .sentence("Czech/JJ and/CC U.S./NNP officials/NNS/official signed/VBD/sign a/DT memorandum/NN of/IN understanding/NN for/IN the/DT deal/NN ./.")
                .entity(EntityType.COUNTRY, "Czechia", "CZE", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 2, 3)
                .build();
        assertEquals(List.of(), COOPERATION.extract(memorandum));
        LinkedDocument besideADeal = new HandBuiltDocument()
                .sentence("This/DT landmark/NN agreement/NN between/IN the/DT UK/NNP and/CC Poland/NNP protects/VBZ/protect our/PRP$ security/NN ./.")
                .sentence("This/DT deal/NN supports/VBZ/support jobs/NNS/job ./.")
                .entity(EntityType.COUNTRY, "United Kingdom", "GBR", NONE, 0, 5, 6)
                .entity(EntityType.COUNTRY, "Poland", "POL", NONE, 0, 7, 8)
                .build();
        assertEquals(List.of(), COOPERATION.extract(besideADeal));
    }

    @Test
    void aHyphenatedCoProductionIsATrigger() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("General/NNP Dynamics/NNP will/MD resume/VB/resume the/DT co-production/NN of/IN tanks/NNS/tank in/IN Egypt/NNP ./.")
                .entity(EntityType.COMPANY, "General Dynamics", null, Map.of("country", "USA"), 0, 0, 2)
                .entity(EntityType.COUNTRY, "Egypt", "EGY", NONE, 0, 10, 11)
                .build();
        assertEquals(List.of("e1|EGY"), keys(PRODUCTION.extract(document)));
    }

    @Test
    void aForeignCompanyWithoutAKnownCountryTakesItsNationalityAndItsPartnersHost() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("RRP/NNP Defence/NNP ,/, an/DT Indian/JJ defence/NN technology/NN firm/NN ,/, partnered/VBD/partner with/IN French/JJ company/NN CYGR/NNP to/TO establish/VB/establish a/DT drone/NN manufacturing/NN facility/NN ./.")
                .sentence("India/NNP welcomed/VBD/welcome it/PRP ./.")
                .entity(EntityType.COMPANY, "RRP Defence", null, NONE, 0, 0, 2)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 0, 4, 5)
                .entity(EntityType.COUNTRY, "France", "FRA", NONE, 0, 11, 12)
                .entity(EntityType.COMPANY, "CYGR", null, NONE, 0, 13, 14)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 1, 0, 1)
                .build();
        assertEquals(List.of("e4|IND"), keys(PRODUCTION.extract(document)));
    }

    @Test
    void aDatelineCountryIsNoHost() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("GABORONE/NNP ,/, Botswana/NNP —/: General/NNP Dynamics/NNP will/MD resume/VB/resume co-production/NN of/IN tanks/NNS/tank ./.")
                .entity(EntityType.COUNTRY, "Botswana", "BWA", NONE, 0, 2, 3)
                .entity(EntityType.COMPANY, "General Dynamics", null, Map.of("country", "USA"), 0, 4, 6)
                .build();
        assertEquals(List.of(), PRODUCTION.extract(document));
    }

    @Test
    void productionInTwoCountriesGoesToTheCompanyOfTheOther() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Israel/NNP Shipyards/NNP makes/VBZ/make Shaldag/NNP patrol/NN boats/NNS/boat ./.")
                .sentence("Four/CD will/MD be/VB/be manufactured/VBN/manufacture in/IN Israel/NNP and/CC four/CD built/VBN/build in/IN the/DT Philippines/NNP ./.")
                .entity(EntityType.COMPANY, "Israel Shipyards", null, Map.of("country", "ISR"), 0, 0, 2)
                .entity(EntityType.SYSTEM, "Shaldag", null, NONE, 0, 3, 4)
                .entity(EntityType.COUNTRY, "Israel", "ISR", NONE, 1, 5, 6)
                .entity(EntityType.COUNTRY, "Philippines", "PHL", NONE, 1, 11, 12)
                .entity(EntityType.COUNTRY, "Philippines", "PHL", NONE, 1, 11, 12)
                .build();
        assertEquals(List.of("e1|PHL"), keys(PRODUCTION.extract(document)));
    }

    @Test
    void aParentBesideItsSubsidiaryInTheSameHostGoes() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Airbus/NNP Defence/NNP and/CC Space/NNP opened/VBD/open a/DT final/JJ assembly/NN line/NN in/IN India/NNP ./.")
                .sentence("The/DT assembly/NN line/NN is/VBZ/be Airbus/NNP 's/POS first/JJ in/IN India/NNP ./.")
                .entity(EntityType.COMPANY, "Airbus Defence and Space", null, Map.of("country", "DEU"), 0, 0, 4)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 0, 10, 11)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 1, 9, 10)
                .entity(EntityType.COMPANY, "Airbus", null, Map.of("country", "FRA"), 1, 4, 5)
                .build();
        assertEquals(List.of("e1|IND"), keys(PRODUCTION.extract(document)));
    }

    @Test
    void cooperationAloneOrAnOfficialsTitleDoesNotMakeAnAgreementADefenceOne() {
        // reuters-11487: an AIDS research agreement "in Franco-American cooperation"
        LinkedDocument research = new HandBuiltDocument()
                .sentence("This/DT agreement/NN opens/VBZ/open a/DT new/JJ era/NN in/IN cooperation/NN between/IN France/NNP and/CC the/DT United/NNP States/NNPS ./.")
                .entity(EntityType.COUNTRY, "France", "FRA", NONE, 0, 9, 10)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 12, 14)
                .build();
        assertEquals(List.of(), COOPERATION.extract(research));
        // reuters-19979: "defense officials" say who speaks, not what the plan is
        LinkedDocument officials = new HandBuiltDocument()
                .sentence("U.S./NNP defense/NN officials/NNS/official said/VBD/say Egypt/NNP signed/VBD/sign a/DT plan/NN with/IN Israel/NNP ./.")
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Egypt", "EGY", NONE, 0, 4, 5)
                .entity(EntityType.COUNTRY, "Israel", "ISR", NONE, 0, 9, 10)
                .build();
        assertEquals(List.of(), COOPERATION.extract(officials));
        LinkedDocument military = new HandBuiltDocument()
                .sentence("Egypt/NNP signed/VBD/sign a/DT plan/NN with/IN Israel/NNP for/IN joint/JJ military/JJ exercises/NNS/exercise ./.")
                .entity(EntityType.COUNTRY, "Egypt", "EGY", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "Israel", "ISR", NONE, 0, 5, 6)
                .build();
        assertEquals(List.of("EGY+ISR"), keys(COOPERATION.extract(military)));
    }

    @Test
    void aJointVentureWithNoSystemOrMilitaryWordNearIsNoDefenceProduction() {
        // reuters-17497: a supercomputer joint venture of Honeywell and NEC
        LinkedDocument computers = new HandBuiltDocument()
                .sentence("Honeywell/NNP formed/VBD/form a/DT joint/JJ venture/NN with/IN NEC/NNP to/TO make/VB computers/NNS/computer in/IN Japan/NNP ./.")
                .entity(EntityType.COMPANY, "Honeywell", null, Map.of("country", "USA"), 0, 0, 1)
                .entity(EntityType.COUNTRY, "Japan", "JPN", NONE, 0, 11, 12)
                .build();
        assertEquals(List.of(), PRODUCTION.extract(computers));
        LinkedDocument missiles = new HandBuiltDocument()
                .sentence("Honeywell/NNP formed/VBD/form a/DT joint/JJ venture/NN with/IN NEC/NNP to/TO make/VB computers/NNS/computer in/IN Japan/NNP ./.")
                .sentence("The/DT computers/NNS/computer guide/VBP/guide missiles/NNS/missile ./.")
                .entity(EntityType.COMPANY, "Honeywell", null, Map.of("country", "USA"), 0, 0, 1)
                .entity(EntityType.COUNTRY, "Japan", "JPN", NONE, 0, 11, 12)
                .build();
        assertEquals(1, PRODUCTION.extract(missiles).size());
    }
}
