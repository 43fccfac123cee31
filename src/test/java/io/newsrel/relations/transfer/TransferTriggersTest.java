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
}
