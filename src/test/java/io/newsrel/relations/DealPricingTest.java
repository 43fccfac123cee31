package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The amount a sentence gives as a deal's price, on hand-built sentences. */
class DealPricingTest {

    private static Optional<Money> price(String sentence, int moneyFrom, int moneyTo) {
        LinkedDocument document = new HandBuiltDocument().sentence(sentence)
                .entity(EntityType.MONEY, "money", null, Map.of("amount", "125000000", "currency", "USD"), 0, moneyFrom, moneyTo)
                .build();
        return DealPricing.price(document.facts(0));
    }

    private static final Optional<Money> PRICE = Optional.of(new Money(new BigDecimal("125000000"), "USD"));

    @Test
    void aSentencePricingTheDealGivesItsAmount() {
        assertEquals(PRICE, price("The/DT deal/NN is/VBZ/be worth/JJ $/$ 125/CD million/CD ./.", 4, 7));
    }

    @Test
    void anAmountQualifyingADealGivesItsPrice() {
        // dev g084 "in a $125 million deal", g185 "part of a $4 billion weapons package", g053 "a nearly $500 million Foreign Military Sale"
        assertEquals(PRICE, price("The/DT air/NN force/NN ordered/VBD/order jets/NNS/jet in/IN a/DT $/$ 125/CD million/CD deal/NN ./.", 7, 10));
        assertEquals(PRICE, price("It/PRP is/VBZ/be part/NN of/IN a/DT $/$ 125/CD million/CD weapons/NNS/weapon package/NN ./.", 5, 8));
    }

    @Test
    void whatSomethingWasBoughtForIsItsPrice() {
        // dev g081 "purchased from Norinco for Bt4.9 billion", g079 "provide Vietnam with 20 K9 howitzers for $245 million",
        // g142 "is selling the Ocean for £84 million"
        assertEquals(PRICE, price("tanks/NNS/tank purchased/VBN/purchase from/IN Norinco/NNP for/IN $/$ 125/CD million/CD ./.", 5, 8));
        // the recognizer leaves "Bt" of "Bt4.9 billion" outside the amount
        assertEquals(PRICE, price("tanks/NNS/tank purchased/VBN/purchase from/IN Norinco/NNP for/IN Bt/NNP 125/CD million/CD ./.", 6, 8));
    }

    @Test
    void aBudgetIsNoPrice() {
        // "would spend up to A$10 billion for the frigates" (dev g085): a programme budget, not a value (SPEC-gold.md)
        assertEquals(Optional.empty(), price("It/PRP would/MD spend/VB up/RB to/TO $/$ 125/CD million/CD for/IN frigates/NNS/frigate ./.", 5, 8));
    }
    @Test
    void onlyASentenceSayingWhatTheDealIsWorthPricesItFromAfar() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT MOD/NNP is/VBZ/be selling/VBG/sell the/DT Ocean/NNP for/IN $/$ 125/CD million/CD ./.")
                .entity(EntityType.MONEY, "money", null, Map.of("amount", "125000000", "currency", "USD"), 0, 7, 10)
                .build();
        assertEquals(PRICE, DealPricing.price(document.facts(0)));
        assertEquals(Optional.empty(), DealPricing.dealWorth(document.facts(0)));
    }
}
