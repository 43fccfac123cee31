package io.newsrel.relations.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.transfer.TransferModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Candidate values near a deal, their features, and the decision among them. */
class LearnedAttributesTest {

    private static final LinkedDocument DOCUMENT = new HandBuiltDocument()
            .sentence("Poland/NNP signed/VBD/sign a/DT contract/NN in/IN 2022/CD for/IN 24/CD K2/NNP tanks/NNS/tank"
                    + " worth/JJ $/$ 3/CD billion/CD ./.")
            .sentence("The/DT army/NN was/VBD/be founded/VBN/found in/IN 1918/CD ./.")
            .entity(EntityType.COUNTRY, "Poland", "POL", Map.of(), 0, 0, 1)
            .entity(EntityType.DATE, "2022", null, Map.of(), 0, 5, 6)
            .entity(EntityType.QUANTITY, "24", null, Map.of("value", "24.0"), 0, 7, 8)
            .entity(EntityType.SYSTEM, "K2", null, Map.of("country", "KOR"), 0, 8, 9)
            .entity(EntityType.MONEY, "$3 billion", null, Map.of("amount", "3000000000", "currency", "USD"), 0, 11, 14)
            .entity(EntityType.DATE, "1918", null, Map.of(), 1, 4, 5)
            .build();

    private static DealContext deal(Attributes rules) {
        Entity system = DOCUMENT.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow();
        return new DealContext(DOCUMENT, new TreeSet<>(List.of(0)), system, "POL", "KOR", rules);
    }

    private static ValueCandidate only(List<ValueCandidate> candidates, Object value) {
        return candidates.stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void everyYearAmountAndCountNearTheDealIsACandidateWithWhereItStands() {
        List<ValueCandidate> candidates = ValueCandidates.of(deal(Attributes.EMPTY));
        assertEquals(4, candidates.size(), candidates.toString());
        assertTrue(only(candidates, 2022).features().containsAll(List.of("Y:where=same", "Y:w-1=in", "Y:verb=sign",
                "Y:dealVerb=true")));
        assertTrue(only(candidates, 1918).features().containsAll(List.of("Y:where=near", "Y:verb=found", "Y:dealVerb=false")));
        assertTrue(only(candidates, 24L).features().contains("Q:beforeSystem"));
        assertTrue(only(candidates, new Money(new BigDecimal("3000000000"), "USD")).features()
                .containsAll(List.of("V:where=same", "V:size=billions", "V:usd=true")));
    }

    @Test
    void theRulesReadingIsAFeature() {
        List<ValueCandidate> candidates = ValueCandidates.of(deal(Attributes.builder().put(Attribute.YEAR, 1918).build()));
        assertTrue(only(candidates, 1918).features().contains("Y:rule=true"));
        assertTrue(only(candidates, 2022).features().contains("Y:rule=false"));
    }

    @Test
    void eachAttributeIsItsMostProbableValueAboveTheMinimumElseNone() {
        List<ValueCandidate> candidates = ValueCandidates.of(deal(Attributes.EMPTY));
        List<TransferModel.Example> examples = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (ValueCandidate c : candidates) {
                examples.add(new TransferModel.Example(c.features(), !c.value().equals(1918)));
            }
        }
        TransferModel model = TransferModel.train(examples, 1.0);
        Attributes decided = new LearnedAttributes(model, 0.5).decide(candidates);
        assertEquals(Optional.of(2022), decided.get(Attribute.YEAR));
        assertEquals(Optional.of(24L), decided.get(Attribute.QUANTITY));
        assertEquals(Optional.of(new Money(new BigDecimal("3000000000"), "USD")), decided.get(Attribute.VALUE));
        Attributes strict = new LearnedAttributes(model, 1.0).decide(candidates);
        assertTrue(strict.isEmpty(), strict.toString());
    }
}
