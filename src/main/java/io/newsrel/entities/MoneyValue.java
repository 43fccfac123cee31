package io.newsrel.entities;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in units of an ISO 4217 currency, read from CoreNLP's normalised money value
 * ("$1.0E9", "€8.0E8", "£2.5E7", "USD1.0E6").
 *
 * @param amount   in units: "one billion dollars" → 1000000000
 * @param currency ISO 4217 code
 */
public record MoneyValue(BigDecimal amount, String currency) {

    /** Currency signs CoreNLP writes; "$" alone is taken as US dollars, as news mostly means. */
    private static final Map<String, String> SIGNS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW", "₹", "INR", "元", "CNY", "₽", "RUB");
    private static final Pattern NORMALIZED =
            Pattern.compile("(?:>=|<=|>|<|~)?([^\\d.]+?)\\s*(\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");

    public static Optional<MoneyValue> parse(String normalized) {
        Matcher m = NORMALIZED.matcher(normalized.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String sign = m.group(1).strip();
        String currency = SIGNS.get(sign);
        if (currency == null && sign.matches("[A-Z]{3}")) {
            currency = sign;
        }
        if (currency == null) {
            return Optional.empty();
        }
        return Optional.of(new MoneyValue(new BigDecimal(m.group(2)), currency));
    }

    /**
     * South African news writes rand with a bare "R" ("R30 billion", "R12-billion", "R787 million"),
     * which CoreNLP reads as a plain number or as dollars. Only an amount with a scale word counts,
     * so a designation such as "R-27" or "R2" stays what it is.
     */
    private static final Pattern RAND =
            Pattern.compile("R(\\d+(?:[.,]\\d+)?)[\\s-]*(million|billion|bn|m|trillion)");

    public static Optional<MoneyValue> rand(String surface) {
        Matcher m = RAND.matcher(surface.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(',', '.'));
        int zeros = switch (m.group(2)) {
            case "trillion" -> 12;
            case "billion", "bn" -> 9;
            default -> 6;
        };
        return Optional.of(new MoneyValue(number.movePointRight(zeros), "ZAR"));
    }

    /** The amount without exponent or trailing zeros after the point: "1000000000". */
    public String amountText() {
        return amount.stripTrailingZeros().toPlainString();
    }
}
