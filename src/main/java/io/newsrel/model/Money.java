package io.newsrel.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in units of an ISO 4217 currency.
 *
 * @param amount   in units: "1 billion dollars" is 1000000000
 * @param currency ISO 4217 code, three capital letters
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
    }

    /** The amount without exponent or trailing zeros after the point: "1000000000". */
    public String amountText() {
        return amount.stripTrailingZeros().toPlainString();
    }
}
