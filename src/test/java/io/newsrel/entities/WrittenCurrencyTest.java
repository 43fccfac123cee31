package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Currencies CoreNLP does not know, read from the words around a number it tagged. */
class WrittenCurrencyTest {

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), "CD", word));
            offset += word.length() + 1;
        }
        return tokens;
    }

    private static Optional<String> read(String text, int start, int end, String normalized) {
        return WrittenCurrency.read(tokens(text), start, end, normalized)
                .map(m -> m.amount().stripTrailingZeros().toPlainString() + " " + m.currency());
    }

    private static Optional<String> money(String text, int start, int end, String normalized) {
        return WrittenCurrency.readMoney(tokens(text), start, end, normalized).map(m -> m.amountText() + " " + m.currency());
    }

    @Test
    void aCurrencyWordAfterTheNumberNamesTheCurrency() {
        assertEquals(Optional.of("4900000000 THB"), read("for 4.9 billion baht .", 1, 3, "4.9E9"));
        assertEquals(Optional.of("14600000000 THB"), read("( 14.6 billion THB )", 1, 3, "1.46E10"));
    }

    @Test
    void aCrownIsTheCrownOfTheNationalityBeforeIt() {
        assertEquals(Optional.of("150000000000 CZK"), read("about 150 billion Czech koruna", 1, 3, "~1.5E11"));
        assertEquals(Optional.of("500000000 DKK"), read("pays 500 million Danish crowns", 1, 3, "5.0E8"));
        assertEquals(Optional.of("500000000 NOK"), read("pays 500 million Norwegian crowns", 1, 3, "5.0E8"));
    }

    @Test
    void aBareCrownIsTheCrownOfTheCountryTheSentenceNames() {
        assertEquals(Optional.of("2000000000 SEK"), read("Sweden pays 2 billion crowns", 2, 4, "2.0E9"));
        assertEquals(Optional.empty(), read("it pays 2 billion crowns", 2, 4, "2.0E9"));
    }

    @Test
    void aCodeOrSignBeforeTheNumberNamesTheCurrency() {
        assertEquals(Optional.of("10400000000 CAD"), read("is CAD 10.4 billion", 2, 4, "1.04E10"));
        assertEquals(Optional.of("19000000000 NOK"), read("for NOK 19 billion", 2, 4, "1.9E10"));
        assertEquals(Optional.of("4900000000 THB"), read("for Bt4.9 billion", 1, 3, "4.9E9"));
        assertEquals(Optional.of("10000000000 AUD"), read("new A$ 10 billion", 2, 4, "1.0E10"));
    }

    @Test
    void croreAndLakhScaleTheNumber() {
        assertEquals(Optional.of("46000000000 INR"), read("a Rs 4,600-crore deal", 2, 3, "4600.0"));
        assertEquals(Optional.of("5000000 INR"), read("₹ 50 lakh", 1, 3, "50"));
    }

    @Test
    void aScaleWordLeftOutsideTheAmountCounts() {
        assertEquals(Optional.of("10000000000 USD"), read("up to USD 10 bn ,", 2, 4, "10.0"));
        assertEquals(Optional.of("10000000000 USD"), money("cost of $ 10 billion.https://t.co/x", 2, 4, "$10.0"));
        assertEquals(Optional.of("10 USD"), money("cost of $ 10 each", 2, 4, "$10.0"));
    }

    @Test
    void aNumberWithNoCurrencyNearIsNoMoney() {
        assertEquals(Optional.empty(), read("bought 24 F-16 jets", 1, 2, "24.0"));
    }

    @Test
    void moneyCoreNlpReadAsDollarsTakesTheWrittenCurrency() {
        assertEquals(Optional.of("150000000000 CZK"), money("about 150 billion Czech koruna", 1, 3, "$1.5E11"));
        // CoreNLP's span may hold the currency words
        assertEquals(Optional.of("150000000000 CZK"), money("about 150 billion Czech koruna", 1, 5, "~$1.5E11"));
        assertEquals(Optional.of("6600000000 USD"), money("( $ 6.6 billion )", 1, 4, "$6.6E9"));
    }

    @Test
    void anAmountCoversTheCurrencyAndScaleWordsWrittenApartFromIt() {
        assertEquals(new TokenSpan(3, 6), WrittenCurrency.extent(tokens("worth up to USD 10 bn , the"), 4, 5));
        assertEquals(new TokenSpan(2, 5), WrittenCurrency.extent(tokens("worth over EUR 2 Bn in"), 3, 4));
        assertEquals(new TokenSpan(3, 5), WrittenCurrency.extent(tokens("had inked a Rs 4,600-crore deal"), 4, 5));
        assertEquals(new TokenSpan(1, 5), WrittenCurrency.extent(tokens("about 150 billion Czech koruna for"), 1, 2));
        assertEquals(new TokenSpan(1, 4), WrittenCurrency.extent(tokens("pays 2 billion kronor"), 1, 3));
        assertEquals(new TokenSpan(1, 2), WrittenCurrency.extent(tokens("bought 24 Rafale jets"), 1, 2),
                "a count followed by a capitalised name is only the number");
    }
}
