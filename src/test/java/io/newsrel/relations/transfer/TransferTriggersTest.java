package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aMakerThatReceivesAnOrderHasBeenOrderedFrom() {
        List<TransferTrigger> found = triggers("Saab/NNP receives/VBZ/receive Gripen/NNP order/NN for/IN Thailand/NNP");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Status.ORDERED, found.get(0).status());
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
    void aRequestForProposalsOpensATenderAndIsNoDeal() {
        assertTrue(triggers("Canada/NNP issued/VBD/issue a/DT request/NN for/IN proposals/NNS/proposal ./.").isEmpty());
        assertEquals(1, triggers("Canada/NNP requested/VBD/request 88/CD fighters/NNS/fighter ./.").size());
    }
}
