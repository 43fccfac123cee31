package io.newsrel.relations.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.Money;
import io.newsrel.model.RelationType;
import io.newsrel.relations.HandBuiltDocument;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sentence pricing "the deal" gives its value to the deal it speaks of, on hand-built documents. */
class DealPriceTest {

    private static RelationCandidate deal(String recipient, int sentence) {
        return new RelationCandidate(RelationType.ARMS_TRANSFER, recipient + "|FRA|e1", Arguments.EMPTY,
                Attributes.builder().put(Attribute.RECIPIENT_COUNTRY, recipient).put(Attribute.SUPPLIER_COUNTRY, "FRA").build(),
                0.5, List.of(new Evidence(sentence, 0, 1, "x")), "test");
    }

    private static LinkedDocument document(String pricing, int moneyFrom, int moneyTo) {
        return new HandBuiltDocument()
                .sentence("Egypt/NNP signed/VBD/sign a/DT contract/NN for/IN Rafales/NNPS/rafale ./.")
                .entity(EntityType.COUNTRY, "Egypt", "EGY", Map.of(), 0, 0, 1)
                .sentence(pricing)
                .entity(EntityType.MONEY, "money", null, Map.of("amount", "4500000000", "currency", "USD"), 1, moneyFrom, moneyTo)
                .sentence("Qatar/NNP and/CC India/NNP have/VBP/have ordered/VBN/order the/DT aircraft/NN ./.")
                .entity(EntityType.COUNTRY, "Qatar", "QAT", Map.of(), 2, 0, 1)
                .entity(EntityType.COUNTRY, "India", "IND", Map.of(), 2, 2, 3)
                .build();
    }

    private static final Optional<Money> PRICE = Optional.of(new Money(new BigDecimal("4500000000"), "USD"));

    @Test
    void theDealIsTheOneReadLastBeforeItsPrice() {
        // dev g134 "... the deal would be worth $4.5bn", g127 "this sale, which is estimated to be valued at around $241m"
        LinkedDocument document = document("The/DT deal/NN would/MD be/VB worth/JJ $/$ 4.5/CD bn/CD ./.", 5, 8);
        List<RelationCandidate> priced = DealPrice.apply(document, List.of(deal("EGY", 0), deal("QAT", 2), deal("IND", 2)));
        assertEquals(PRICE, priced.get(0).attrs().get(Attribute.VALUE));
        assertEquals(Optional.empty(), priced.get(1).attrs().get(Attribute.VALUE));
        assertEquals(Optional.empty(), priced.get(2).attrs().get(Attribute.VALUE));
    }

    @Test
    void aPriceNamingAnotherCountryIsNotTheLastDeals() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Egypt/NNP signed/VBD/sign a/DT contract/NN for/IN Rafales/NNPS/rafale ./.")
                .entity(EntityType.COUNTRY, "Egypt", "EGY", Map.of(), 0, 0, 1)
                .sentence("Greece/NNP 's/POS deal/NN was/VBD/be worth/JJ $/$ 4.5/CD bn/CD ./.")
                .entity(EntityType.COUNTRY, "Greece", "GRC", Map.of(), 1, 0, 1)
                .entity(EntityType.MONEY, "money", null, Map.of("amount", "4500000000", "currency", "USD"), 1, 5, 8)
                .build();
        List<RelationCandidate> priced = DealPrice.apply(document, List.of(deal("EGY", 0), deal("QAT", 0)));
        assertEquals(Optional.empty(), priced.get(0).attrs().get(Attribute.VALUE));
    }

    @Test
    void aSystemListedAfterAnItemsPriceTakesNoDealPrice() {
        // dev g013 "Morocco purchased 25 new F-16 aircraft for a total budget of $2.8 billion. It
        // also purchased 24 new Apache attack helicopters at $1.6 billion and PATRIOT ... and G550"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT deal/NN is/VBZ/be worth/JJ $2.8/CD billion/CD ./.")
                .entity(EntityType.MONEY, "total", null, Map.of("amount", "2800000000", "currency", "USD"), 0, 4, 6)
                .sentence("It/PRP bought/VBD/buy Apache/NNP helicopters/NNS/helicopter at/IN $1.6/CD billion/CD "
                        + "and/CC G550/NNP aircraft/NN ./.")
                .entity(EntityType.SYSTEM, "AH-64 Apache", null, Map.of("country", "USA"), 1, 2, 3)
                .entity(EntityType.MONEY, "item", null, Map.of("amount", "1600000000", "currency", "USD"), 1, 5, 7)
                .entity(EntityType.SYSTEM, "G550", null, Map.of("country", "USA"), 1, 8, 9)
                .build();
        String g550 = document.entities().stream().filter(e -> e.name().equals("G550")).findFirst().orElseThrow().id();
        RelationCandidate deal = new RelationCandidate(RelationType.ARMS_TRANSFER, "MAR|USA|" + g550,
                Arguments.builder().add(io.newsrel.model.Role.SYSTEM, g550).build(),
                Attributes.builder().put(Attribute.RECIPIENT_COUNTRY, "MAR").put(Attribute.SUPPLIER_COUNTRY, "USA").build(),
                0.5, List.of(new Evidence(1, 0, 1, "x")), "test");
        assertEquals(Optional.empty(), DealPrice.apply(document, List.of(deal)).get(0).attrs().get(Attribute.VALUE));
    }
}
