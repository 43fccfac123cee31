package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three decisions on one hand-built deal, with a model trained to disagree with the rules. */
class TransferDecisionTest {

    private static final LinkedDocument DOCUMENT = new HandBuiltDocument()
            .sentence("Poland/NNP ordered/VBD/order 96/CD Apache/NNP helicopters/NNS/helicopter from/IN the/DT United/NNP States/NNP ./.")
            .entity(EntityType.COUNTRY, "Poland", "POL", Map.of(), 0, 0, 1)
            .entity(EntityType.SYSTEM, "Apache", null, Map.of("country", "USA"), 0, 3, 4)
            .entity(EntityType.COUNTRY, "United States", "USA", Map.of(), 0, 6, 8)
            .build();
    private static final TransferFeaturizer FEATURIZER =
            TransferFeaturizer.standard(Lexicon.resource(EntityFinders.DEFENCE_WORDS));

    private static DocumentReading read() {
        return new DocumentReading(DOCUMENT, TransferTriggers.shipped(), ParseCues.none(),
                Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(), Map.of());
    }

    /** A model that takes the deal with the roles reversed (USA buying from Poland) and refuses every other. */
    private static TransferModel contrary() {
        List<TransferModel.Example> examples = new ArrayList<>();
        for (LearnedTransfers.Featured f : LearnedTransfers.featured(read(), FEATURIZER)) {
            boolean reversed = f.candidate().recipient().kbId().equals("USA") && "POL".equals(f.candidate().supplier());
            for (int copy = 0; copy < 5; copy++) {
                f.contexts().forEach(c -> examples.add(new TransferModel.Example(c.names(), reversed)));
            }
        }
        return TransferModel.train(examples, 1.0);
    }

    private static List<String> deals(List<RelationCandidate> found) {
        return found.stream().map(r -> kbId(r, Role.RECIPIENT) + "<-" + kbId(r, Role.SUPPLIER_COUNTRY)).sorted().toList();
    }

    private static String kbId(RelationCandidate relation, Role role) {
        String id = relation.args().id(role).orElseThrow();
        return DOCUMENT.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().kbId();
    }

    @Test
    void theRulesAloneTakeTheStatedDeal() {
        assertEquals(List.of("POL<-USA"), deals(TransferDecision.RULES.decide(read(), FEATURIZER)));
    }

    @Test
    void combinedTheModelRejectsARulesDealBelowTheVetoAndAddsItsOwn() {
        TransferModel model = contrary();
        assertEquals(List.of("USA<-POL"), deals(TransferDecision.combined(model, 0.5, 0.3).decide(read(), FEATURIZER)));
        assertEquals(List.of("POL<-USA", "USA<-POL"),
                deals(TransferDecision.combined(model, 0.5, 0.0).decide(read(), FEATURIZER)),
                "with no veto the rules' deal stays beside the model's");
        assertEquals(List.of("POL<-USA"), deals(TransferDecision.combined(model, 1.0, 0.0).decide(read(), FEATURIZER)),
                "the model adds nothing under a minimum of 1");
    }

    @Test
    void aLearnedDecisionNeedsAModel() {
        assertThrows(NullPointerException.class, () -> TransferDecision.combined(null, 0.5, 0.3));
    }
}
