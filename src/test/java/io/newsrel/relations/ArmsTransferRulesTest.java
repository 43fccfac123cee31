package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.TestPipeline;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.RelationType;
import io.newsrel.model.Attribute;
import io.newsrel.model.Money;
import io.newsrel.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role cues of the arms-transfer rules, each on a sentence of its own. */
class ArmsTransferRulesTest {

    /** "recipient<-supplier system" for each transfer, sorted. */
    private static List<String> transfers(String text) {
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t", text));
        return r.relations().stream().filter(x -> x.type() == RelationType.ARMS_TRANSFER)
                .map(x -> x.attrs().get(Attribute.RECIPIENT_COUNTRY).orElse(null) + "<-" + x.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null) + " "
                        + r.entity(x.args().id(Role.SYSTEM).orElse("")).map(e -> e.name()).orElse("-"))
                .sorted().toList();
    }

    @Test
    void fromNamesTheSupplierAndTheSubjectOfBuyTheRecipient() {
        assertEquals(List.of("POL<-KOR K2 Black Panther"),
                transfers("Poland bought 180 K2 tanks from South Korea in 2022."));
    }

    /** "fighter" gives the sentence its military context: without one no transfer is read (DefenceContext). */
    @Test
    void theSubjectOfSellIsTheSupplierAndToNamesTheRecipient() {
        assertEquals(List.of("EGY<-FRA Rafale"), transfers("France sold 30 Rafale fighter jets to Egypt."));
    }

    @Test
    void aPassiveListNamesEveryRecipient() {
        assertEquals(List.of("AUS<-KOR K9 Thunder", "NOR<-KOR K9 Thunder", "POL<-KOR K9 Thunder"),
                transfers("The K9 howitzers have been ordered by several countries, including Poland, Norway and Australia."));
    }

    @Test
    void foreignMilitarySalesAreSalesByTheUnitedStates() {
        assertEquals(List.of("NGA<-USA A-29 Super Tucano"),
                transfers("Nigeria received 12 A-29 Super Tucano aircraft under a Foreign Military Sale."));
    }

    @Test
    void theMakerMayStandBetweenCountAndSystemAndTheDealPriceGoesToTheDeal() {
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t",
                "Indonesia ordered 48 Turkish Aerospace (TAI) Kaan fighters from Turkey.\nThe deal is worth $10 billion."));
        var transfer = r.relations().stream().filter(x -> x.type() == RelationType.ARMS_TRANSFER).findFirst().orElseThrow();
        assertEquals(48L, ((Number) transfer.attrs().get(Attribute.QUANTITY).orElse(null)).longValue());
        assertEquals(new Money(new java.math.BigDecimal("10000000000"), "USD"),
                transfer.attrs().get(Attribute.VALUE).orElse(null));
    }

    @Test
    void domesticProcurementIsNoTransfer() {
        assertEquals(List.of(), transfers("The United States ordered 50 more F-35 fighters from Lockheed Martin."));
    }

    @Test
    void aSentenceWithoutATriggerYieldsNothing() {
        assertEquals(List.of(), transfers("Poland and South Korea discussed the K2 tank at a trade fair."));
    }

    @Test
    void withNoYearNearTheEvidenceTheSentenceStatingTheDealBetweenBothCountriesGivesIt() {
        String deal = "Morocco signed new arms deals with the United States in 2020.\n"
                + "The kingdom wants to modernise its forces quickly.\nOfficials welcomed the news.\n";
        String purchase = "Morocco also purchased 24 new Apache attack helicopters from the United States.";
        assertEquals(java.util.Optional.of(2020), transferYear(deal + purchase));
        assertEquals(java.util.Optional.empty(), transferYear("Morocco hosted a trade fair with the United States in 2020.\n"
                + "The kingdom wants to modernise its forces quickly.\nOfficials welcomed the news.\n" + purchase),
                "a sentence naming both countries without a deal gives no year");
    }

    private static java.util.Optional<Integer> transferYear(String text) {
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t", text));
        return r.relations().stream().filter(x -> x.type() == RelationType.ARMS_TRANSFER).findFirst().orElseThrow()
                .attrs().get(Attribute.YEAR);
    }

    /** reuters-6367: jets named in a repair contract do not join the document's deal of their origin. */
    @Test
    void aSystemInARepairContractJoinsNoDeal() {
        assertEquals(List.of("EGY<-USA F-16"), transfers("Egypt bought 20 F-16 fighters from the United States in 2020.\n"
                + "Airod said it won a contract from the U.S. Air Force to repair F-4 jet fighters."));
    }

    /** g166: a price sentence naming another system prices a deal that was not read, not the one found. */
    @Test
    void aDealPriceNamingAnotherSystemGoesToNoOtherDeal() {
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t",
                "India ordered 48 Rafale fighters from France.\nThe fighters will be based at Ambala.\n"
                + "Elsewhere, the deal to supply the T-80UD tanks is worth $550 million."));
        var transfer = r.relations().stream().filter(x -> x.type() == RelationType.ARMS_TRANSFER).findFirst().orElseThrow();
        assertEquals(null, transfer.attrs().get(Attribute.VALUE).orElse(null));
    }
}
