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
}
