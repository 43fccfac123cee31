package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.Status;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.SentenceFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Triggers and the words before them that turn or deny the deal, on hand-built sentences. */
class TransferTriggersTest {

    private static List<TransferTrigger> triggers(String sentence) {
        SentenceFacts facts = new HandBuiltDocument().sentence(sentence).build().facts(0);
        return TransferTriggers.shipped().find(facts);
    }

    @Test
    void aRefusalOrAnOfferBeforeTheTriggerAnnouncesNoDeal() {
        assertTrue(triggers("Germany/NNP refused/VBD/refuse to/TO export/VB the/DT engines/NNS/engine ./.").isEmpty());
        assertTrue(triggers("Saab/NNP offered/VBD/offer to/TO sell/VB Gripens/NNS/gripen ./.").isEmpty());
        assertTrue(triggers("Peru/NNP did/VBD/do not/RB buy/VB the/DT tanks/NNS/tank ./.").isEmpty());
    }

    @Test
    void aPlanBeforeTheTriggerTurnsItPlannedAndABareTriggerKeepsItsStatus() {
        assertEquals(Status.PLANNED, triggers("Peru/NNP plans/VBZ/plan to/TO buy/VB tanks/NNS/tank ./.").get(0).status());
        assertEquals(Status.ORDERED, triggers("Peru/NNP bought/VBD/buy tanks/NNS/tank ./.").get(0).status());
    }

    @Test
    void aBuyerThatWillReceiveHasOrderedAndASellerThatWillSendHasOnlyAnnounced() {
        assertEquals(Status.ORDERED, triggers("Jordan/NNP will/MD receive/VB 16/CD jets/NNS/jet ./.").get(0).status());
        assertEquals(Status.PLANNED, triggers("Germany/NNP will/MD send/VB tanks/NNS/tank ./.").get(0).status());
    }

    @Test
    void aBuyerAlreadyUsingASystemHasIt() {
        List<TransferTrigger> found = triggers("Morocco/NNP is/VBZ/be already/RB using/VBG/use US/NNP MQ-1/NNP drones/NNS/drone ./.");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Status.DELIVERED, found.get(0).status());
    }

    @Test
    void aBuyerThatReceivedAClearanceToBuyHasOnlyAnApprovedSale() {
        List<TransferTrigger> found = triggers(
                "Poland/NNP received/VBD/receive clearances/NNS/clearance in/IN 2022/CD to/TO buy/VB tanks/NNS/tank ./.");
        assertEquals(Status.PLANNED, TransferTriggers.main(found).status(), found.toString());
    }

    @Test
    void aLaterTriggerSayingTheGoodsArrivedOutranksAPlanBeforeIt() {
        List<TransferTrigger> found = triggers("The/DT jets/NNS/jet that/WDT Slovakia/NNP decided/VBD/decide to/TO give/VB "
                + "Ukraine/NNP have/VBP been/VBN/be handed/VBN/hand over/RP ./.");
        assertEquals(Status.PLANNED, TransferTriggers.main(found).status(), found.toString());
        assertEquals(Status.DELIVERED, TransferTriggers.stage(found));
        assertEquals(Status.PLANNED, TransferTriggers.stage(triggers("Slovakia/NNP decided/VBD/decide to/TO give/VB "
                + "Ukraine/NNP jets/NNS/jet ./.")));
    }

    @Test
    void aMakerThatReceivesAnOrderHasBeenOrderedFrom() {
        List<TransferTrigger> found = triggers("Saab/NNP receives/VBZ/receive Gripen/NNP order/NN for/IN Thailand/NNP");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Status.ORDERED, found.get(0).status());
    }

    @Test
    void interestAndVagueIntentionAnnounceNoDeal() {
        assertTrue(triggers("The/DT Army/NNP is/VBZ/be considering/VBG/consider buying/VBG/buy Rapier/NNP missiles/NNS/missile ./.").isEmpty());
        assertTrue(triggers("Kuwait/NNP wants/VBZ/want to/TO transfer/VB tankers/NNS/tanker ./.").isEmpty());
    }

    @Test
    void aTriggerThatIsAlsoAModifierBeforeToIsNoTriggerOfItsOwn() {
        // "seek" is a trigger ("Rabat seeks drones") and, before "to", a modifier: seeking to sell is an offer
        assertTrue(triggers("Northrop/NNP ,/, seeking/VBG/seek to/TO sell/VB F-5/NNP fighters/NNS/fighter ,/, hired/VBD/hire a/DT firm/NN ./.").isEmpty());
        assertEquals(1, triggers("Rabat/NNP seeks/VBZ/seek new/JJ drones/NNS/drone ./.").size());
    }

    @Test
    void aContractToRepairOrSentForRepairIsNoTransfer() {
        assertTrue(triggers("Airod/NNP won/VBD/win a/DT contract/NN from/IN the/DT U.S./NNP Air/NNP Force/NNP to/TO repair/VB F-16/NNP parts/NNS/part ./.").isEmpty());
        assertTrue(triggers("Jet/NN parts/NNS/part would/MD be/VB/be sent/VBN/send to/TO Airod/NNP for/IN servicing/NN/servicing and/CC repair/NN ./.").isEmpty());
        assertFalse(triggers("Airod/NNP won/VBD/win a/DT contract/NN to/TO supply/VB F-16/NNP parts/NNS/part ./.").isEmpty());
    }

    @Test
    void shippingLanesAreSeaTradeNotADelivery() {
        assertTrue(triggers("The/DT U.S./NNP would/MD keep/VB/keep shipping/VBG/ship lanes/NNS/lane open/JJ ./.").isEmpty());
        assertEquals(1, triggers("China/NNP is/VBZ/be shipping/VBG/ship missiles/NNS/missile to/TO Iran/NNP ./.").size());
    }

    @Test
    void aSelectionOfAnActIsNoSelectionButChosenToSupplyIs() {
        assertTrue(triggers("The/DT U.S./NNP had/VBD/have chosen/VBN/choose to/TO attack/VB an/DT oil/NN platform/NN ./.").isEmpty());
        assertTrue(triggers("BAe/NNP was/VBD/be chosen/VBN/choose to/TO supply/VB Gripens/NNS/gripen ./.").stream()
                .anyMatch(t -> t.status() == Status.SELECTED));
    }

    @Test
    void dealingWithAPermissionAndALosingBidAreNoDeals() {
        assertTrue(triggers("The/DT memorandum/NN deals/VBZ/deal with/IN helicopters/NNS/helicopter ./.").isEmpty());
        assertFalse(triggers("The/DT deal/NN covers/VBZ/cover helicopters/NNS/helicopter ./.").isEmpty());
        assertTrue(triggers("The/DT U.S./NNP has/VBZ/have given/VBN/give preliminary/JJ approval/NN for/IN Egypt/NNP to/TO produce/VB the/DT tank/NN ./.").isEmpty());
        assertTrue(triggers("The/DT firm/NN failed/VBD/fail to/TO win/VB a/DT four/CD billion/CD dlr/NN deal/NN to/TO supply/VB a/DT radio/NN ./.").isEmpty());
    }

    @Test
    void aBidOrAnOfferEarlierInTheClauseAnnouncesNoDeal() {
        // g123, g183: what a bidder proposes to deliver is no deal yet
        assertTrue(triggers("Saab/NNP offers/VBZ/offer Gripen/NNP E/NNP to/TO Canada/NNP 's/POS request/NN ./.").isEmpty());
        assertTrue(triggers("Saab/NNP submitted/VBD/submit a/DT bid/NN with/IN Brazilian/JJ defense/NN officials/NNS/official "
                + "to/TO deliver/VB its/PRP$ Gripen/NNP fighters/NNS/fighter ./.").isEmpty());
        // a trigger noun a bid follows: "a contract bid"
        assertTrue(triggers("Saab/NNP has/VBZ/have a/DT contract/NN bid/NN ./.").isEmpty());
        // a clause of its own after the offer keeps its deal
        assertEquals(1, triggers("After/IN the/DT offer/NN of/IN its/PRP$ rival/NN lapsed/VBD/lapse ,/, Peru/NNP bought/VBD/buy "
                + "tanks/NNS/tank ./.")
                .size());
    }

    @Test
    void whatAContenderCompetesToSupplyIsABid() {
        // g105 "The jet is locked in a heated competition with the Dassault's Rafale fighter and
        // Saab's Gripen NG to supply the Brazilian air force with 36 ... fighter aircraft"
        assertTrue(triggers("The/DT jet/NN is/VBZ/be locked/VBN/lock in/IN a/DT heated/JJ competition/NN with/IN the/DT "
                + "Dassault/NNP 's/POS Rafale/NNP fighter/NN and/CC Saab/NNP 's/POS Gripen/NNP NG/NNP to/TO supply/VB "
                + "the/DT Brazilian/JJ air/NN force/NN ./.").isEmpty());
        // the competition of a clause before does not reach the deal of its own clause
        assertEquals(1, triggers("After/IN a/DT long/JJ competition/NN ,/, Brazil/NNP bought/VBD/buy Gripens/NNS/gripen ./.")
                .size());
    }

    @Test
    void aRequestForProposalsOpensATenderAndIsNoDeal() {
        assertTrue(triggers("Canada/NNP issued/VBD/issue a/DT request/NN for/IN proposals/NNS/proposal ./.").isEmpty());
        assertEquals(1, triggers("Canada/NNP requested/VBD/request 88/CD fighters/NNS/fighter ./.").size());
    }

    @Test
    void aMakerThatWillDeliverHasAContractAndABuyerSetToReceiveHasOrdered() {
        // dev g056 "Russia will soon deliver 120 tanks", g176 "General Dynamics will supply 125 M1A1 kits"
        assertEquals(Status.ORDERED, triggers("Russia/NNP will/MD soon/RB deliver/VB 120/CD tanks/NNS/tank ./.").get(0).status());
        assertEquals(Status.ORDERED, triggers("GDLS/NNP will/MD supply/VB 125/CD kits/NNS/kit ./.").get(0).status());
        // dev g049 "The country is set to start receiving 42 Rafales"
        assertEquals(Status.ORDERED, triggers("Indonesia/NNP is/VBZ/be set/VBN/set to/TO start/VB receiving/VBG/receive Rafales/NNS/rafale ./.")
                .get(0).status());
    }

    @Test
    void goodsSuppliedOrProvidedHaveBeenDelivered() {
        // dev g102 "Germany also provided Ukraine with eight Zetros", g119 "previously provided by Canada to Ukraine"
        assertEquals(Status.DELIVERED, triggers("Germany/NNP provided/VBD/provide Ukraine/NNP with/IN trucks/NNS/truck ./.").get(0).status());
        assertEquals(Status.ORDERED, triggers("Germany/NNP agreed/VBD/agree to/TO provide/VB trucks/NNS/truck ./.").get(0).status());
        assertEquals(Status.DELIVERED, triggers("trucks/NNS/truck previously/RB provided/VBN/provide by/IN Canada/NNP ./.").get(0).status());
        assertEquals(Status.ORDERED, triggers("the/DT first/JJ system/NN provided/VBN/provide by/IN Canada/NNP ./.").get(0).status());
    }

    @Test
    void aDeliveryThatIsToComeHasBeenOrdered() {
        // dev g139 "eight more Black Hawks are to be delivered to Jordan", g147 "BAe, which was to deliver 24 Hawk 100",
        // g179 "the Polish army was to receive 690 AMV"
        assertEquals(Status.ORDERED, triggers("Hawks/NNS/hawk are/VBP/be to/TO be/VB delivered/VBN/deliver ./.").get(0).status());
        assertEquals(Status.ORDERED, triggers("BAe/NNP was/VBD/be to/TO deliver/VB 24/CD Hawks/NNS/hawk ./.").get(0).status());
        assertEquals(Status.PLANNED, triggers("Peru/NNP is/VBZ/be to/TO buy/VB tanks/NNS/tank ./.").get(0).status());
    }

    @Test
    void anArmsExportCompanyIsNoTrigger() {
        // dev g056 "sources close to the arms export company Rosoboronexport, Russia will soon deliver 120 tanks",
        // g165 "the arms export company Rosvooruzhenie and Peru have signed a contract"
        List<TransferTrigger> found = triggers("the/DT arms/NNS/arm export/NN company/NN Rosoboronexport/NNP ,/, Russia/NNP"
                + " will/MD soon/RB deliver/VB tanks/NNS/tank ./.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("deliver", found.get(0).lemma());
        assertEquals(Status.ORDERED, found.get(0).status());
    }

    @Test
    void newlyAcquiredEquipmentIsInHandAndAPlannedAcquisitionIsPlanned() {
        // dev g163 "displayed newly-acquired Russian-made Sukhoi-24 attack planes"; g086 "its planned acquisition of four P-8A"
        assertEquals(Status.DELIVERED, triggers("Iran/NNP displayed/VBD/display newly/RB -/HYPH acquired/VBN/acquire Su-24/NNP planes/NNS/plane ./.")
                .get(0).status());
        assertEquals(Status.PLANNED, triggers("its/PRP$ planned/JJ/planned acquisition/NN of/IN P-8A/NNP aircraft/NN ./.").get(0).status());
    }
}
