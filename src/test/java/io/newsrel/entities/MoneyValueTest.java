package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyValueTest {

    @ParameterizedTest
    @CsvSource({
            "$1.0E9, 1000000000, USD",
            "$8.0E8, 800000000, USD",
            "€1.2E9, 1200000000, EUR",
            "£250.0, 250, GBP",
            ">=$5.5E7, 55000000, USD",
            "₹3.0E10, 30000000000, INR",
    })
    void readsCoreNlpNormalisedMoney(String normalized, String amount, String currency) {
        MoneyValue value = MoneyValue.parse(normalized).orElseThrow();
        assertEquals(amount, value.amountText());
        assertEquals(currency, value.currency());
    }

    @ParameterizedTest
    @CsvSource({"1.0E9", "lots", "#5.0"})
    void refusesWhatItCannotRead(String normalized) {
        assertTrue(MoneyValue.parse(normalized).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "R30 billion, 30000000000",
            "R12-billion, 12000000000",
            "R787 million, 787000000",
            "R2.7 billion, 2700000000",
    })
    void readsRandWrittenWithABareR(String surface, String amount) {
        MoneyValue value = MoneyValue.rand(surface).orElseThrow();
        assertEquals(amount, value.amountText());
        assertEquals("ZAR", value.currency());
    }

    @ParameterizedTest
    @CsvSource({"R-27", "R2", "R30", "Rs 30 billion", "30 billion"})
    void aDesignationOrAnotherCurrencyIsNoRand(String surface) {
        assertTrue(MoneyValue.rand(surface).isEmpty());
    }
}
