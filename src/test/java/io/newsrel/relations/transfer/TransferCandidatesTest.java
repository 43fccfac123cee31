package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Candidate deals and the rules' decision on hand-built sentences, without CoreNLP. */
class TransferCandidatesTest {

    private static final Map<String, String> NONE = Map.of();

    private static DocumentReading read(LinkedDocument document) {
        TransferTriggers triggers = TransferTriggers.shipped();
        return new DocumentReading(document, triggers, ParseCues.none(), Lexicon.resource(EntityFinders.CATEGORY_WORDS), SystemKinds.shipped(),
                Map.of("service", "operators", "operator", "operators"));
    }

    private static Optional<TransferCandidate> find(List<TransferCandidate> candidates, String recipient, String supplier,
                                                    String system) {
        return candidates.stream().filter(c -> c.recipient().kbId().equals(recipient) && supplier.equals(c.supplier())
                && (system == null ? c.system() == null : c.system() != null && c.system().name().equals(system))).findFirst();
    }

    private static String country(RelationCandidate relation, Role role, LinkedDocument document) {
        String id = relation.args().id(role).orElseThrow(() -> new AssertionError("no " + role + " in " + relation));
        return document.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().kbId();
    }

    @Test
    void aDealInOneSentenceIsACandidateAndTheRulesTakeIt() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Poland/NNP ordered/VBD/order 96/CD Apache/NNP helicopters/NNS/helicopter from/IN the/DT United/NNP States/NNP ./.")
                .entity(EntityType.COUNTRY, "Poland", "POL", NONE, 0, 0, 1)
                .entity(EntityType.SYSTEM, "Apache", null, Map.of("country", "USA"), 0, 3, 4)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 6, 8)
                .build();
        DocumentReading reading = read(document);
        TransferCandidate deal = find(TransferCandidates.generate(reading), "POL", "USA", "Apache").orElseThrow();
        assertTrue(deal.contexts().stream().anyMatch(c -> c.system() == TransferCandidate.SystemLink.NAMED
                && c.recipient() == TransferCandidate.RecipientLink.SAME_SENTENCE), deal.toString());
        assertTrue(find(TransferCandidates.generate(reading), "USA", "POL", "Apache").isPresent(),
                "candidates are generous: the reversed roles are a candidate too, for the decision to refuse");
        List<RelationCandidate> taken = reading.ruleTransfers();
        assertEquals(1, taken.size(), taken.toString());
        RelationCandidate transfer = taken.get(0);
        assertEquals(RelationType.ARMS_TRANSFER, transfer.type());
        assertEquals("POL", country(transfer, Role.RECIPIENT, document));
        assertEquals("USA", country(transfer, Role.SUPPLIER_COUNTRY, document));
    }

    @Test
    void aSystemNamedInTheSentenceBeforeIsLinkedToAListOfOperators() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("South/NNP Korea/NNP builds/VBZ/build the/DT K9/NNP howitzer/NN ./.")
                .sentence("It/PRP is/VBZ/be in/IN service/NN with/IN Norway/NNP ,/, Egypt/NNP and/CC India/NNP ./.")
                .entity(EntityType.COUNTRY, "South Korea", "KOR", NONE, 0, 0, 2)
                .entity(EntityType.SYSTEM, "K9", null, Map.of("country", "KOR"), 0, 4, 5)
                .entity(EntityType.COUNTRY, "Norway", "NOR", NONE, 1, 5, 6)
                .entity(EntityType.COUNTRY, "Egypt", "EGY", NONE, 1, 7, 8)
                .entity(EntityType.COUNTRY, "India", "IND", NONE, 1, 9, 10)
                .build();
        List<TransferCandidate> candidates = TransferCandidates.generate(read(document));
        for (String operator : List.of("NOR", "EGY", "IND")) {
            TransferCandidate deal = find(candidates, operator, "KOR", "K9").orElseThrow(() -> new AssertionError(operator));
            assertTrue(deal.contexts().stream().anyMatch(c -> c.system() == TransferCandidate.SystemLink.EARLIER),
                    deal.toString());
        }
    }

    @Test
    void aSentenceWithoutTriggerSystemOrOperatorsGivesNoCandidate() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Canada/NNP and/CC the/DT United/NNP States/NNP met/VBD/meet in/IN Ottawa/NNP ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", NONE, 0, 0, 1)
                .entity(EntityType.COUNTRY, "United States", "USA", NONE, 0, 3, 5)
                .build();
        DocumentReading reading = read(document);
        assertTrue(TransferCandidates.generate(reading).isEmpty(), TransferCandidates.generate(reading).toString());
        assertTrue(reading.ruleTransfers().isEmpty());
    }
}
