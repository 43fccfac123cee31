package io.newsrel.entities;

import io.newsrel.model.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts whose currency CoreNLP does not know, so that it tags them a plain number: a code or a
 * sign before the number ("USD 10 bn", "CAD 10.4 billion", "Bt4.9 billion", "Rs 4,600-crore",
 * "A$10 billion", "NOK 19 billion") or a currency word or code after it ("150 billion Czech
 * koruna", "2 billion kronor", "14.6 billion THB", "500 million Danish crowns"). A crown is read
 * from the nationality before it (Czech, Swedish, Norwegian, Danish), else from the country the
 * sentence names; crore (10^7) and lakh (10^5) scale the number when CoreNLP's value left them out.
 */
public final class WrittenCurrency {

    /** Signs and abbreviations written before an amount. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
            Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"), Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"),
            Map.entry("hk$", "HKD"), Map.entry("us$", "USD"), Map.entry("bt", "THB"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("₹", "INR"), Map.entry("r$", "BRL"), Map.entry("rm", "MYR"),
            Map.entry("zł", "PLN"), Map.entry("kč", "CZK"));
    /** Currency words written after an amount. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("koruna", "CZK"), Map.entry("korunas", "CZK"),
            Map.entry("korun", "CZK"), Map.entry("kronor", "SEK"), Map.entry("krona", "SEK"), Map.entry("baht", "THB"),
            Map.entry("rupee", "INR"), Map.entry("rupees", "INR"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"),
            Map.entry("zlotych", "PLN"), Map.entry("rand", "ZAR"), Map.entry("lira", "TRY"), Map.entry("liras", "TRY"),
            Map.entry("riyal", "SAR"), Map.entry("riyals", "SAR"), Map.entry("dirham", "AED"), Map.entry("dirhams", "AED"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"),
            Map.entry("ringgit", "MYR"), Map.entry("rupiah", "IDR"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("yen", "JPY"), Map.entry("won", "KRW"), Map.entry("pounds", "GBP"), Map.entry("francs", "CHF"));
    /** ISO 4217 codes news writes beside amounts. */
    private static final java.util.Set<String> CODES = java.util.Set.of("USD", "EUR", "GBP", "JPY", "CNY", "INR", "KRW",
            "AUD", "CAD", "NZD", "CHF", "NOK", "SEK", "DKK", "CZK", "PLN", "HUF", "RON", "TRY", "ZAR", "THB", "MYR", "IDR",
            "SGD", "PHP", "PKR", "BDT", "SAR", "AED", "QAR", "KWD", "ILS", "EGP", "RUB", "UAH", "BRL", "MXN", "TWD", "VND");
    /** The crown of each country that writes one, by nationality word or country name. */
    private static final Map<String, String> CROWNS = Map.of("czech", "CZK", "swedish", "SEK", "norwegian", "NOK",
            "danish", "DKK", "sweden", "SEK", "norway", "NOK", "denmark", "DKK", "icelandic", "ISK", "iceland", "ISK");

    private WrittenCurrency() {
    }

    /**
     * The money a number tagged by CoreNLP states with the words around it.
     *
     * @param tokens     the sentence's tokens
     * @param start      the number's first token
     * @param end        just past its last token
     * @param normalized CoreNLP's value of the number ("~1.5E11", "4600.0")
     */
    public static Optional<MoneyValue> read(List<Token> tokens, int start, int end, String normalized) {
        if (normalized == null) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(normalized.replaceAll("^[~<>=]+", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String surface = text(tokens, start, end).toLowerCase(Locale.ROOT);
        if (surface.matches(".*\\bcrores?\\b.*|.*-crore.*") && number.compareTo(BigDecimal.valueOf(1e7)) < 0) {
            number = number.movePointRight(7);
        } else if (surface.matches(".*\\blakhs?\\b.*|.*-lakh.*") && number.compareTo(BigDecimal.valueOf(1e5)) < 0) {
            number = number.movePointRight(5);
        }
        number = scaled(number, tokens, end);
        Optional<String> currency = glued(tokens.get(start).text()).or(() -> before(tokens, start))
                .or(() -> end - start > 1 ? before(tokens, start + 1) : Optional.empty()).or(() -> after(tokens, afterNumber(tokens, start, end)));
        BigDecimal amount = number;
        return currency.map(c -> new MoneyValue(amount, c));
    }

    /**
     * The money of a span CoreNLP tagged MONEY: its own reading, unless the words around name a
     * currency its normaliser does not know and wrote as dollars ("150 billion Czech koruna").
     */
    public static Optional<MoneyValue> readMoney(List<Token> tokens, int start, int end, String normalized) {
        Optional<MoneyValue> own = MoneyValue.parse(normalized);
        String surface = text(tokens, start, end);
        boolean signed = surface.matches(".*[$€£¥₩₹].*") && !glued(tokens.get(start).text()).isPresent()
                && !(start > 0 && PREFIXES.containsKey(tokens.get(start - 1).text().toLowerCase(Locale.ROOT)));
        if (own.isPresent() && (signed || !own.get().currency().equals("USD"))) {
            return Optional.of(new MoneyValue(scaled(own.get().amount(), tokens, end), own.get().currency()));
        }
        Optional<MoneyValue> written = read(tokens, start, end, normalized.replaceAll("^[^\\d]+", ""));
        return written.isPresent() ? written : own;
    }

    /**
     * A small amount followed by a scale word CoreNLP left outside it ("USD 10 bn", "$10
     * billion.https://..." where page junk is glued to the word) is scaled by it.
     */
    private static BigDecimal scaled(BigDecimal number, List<Token> tokens, int end) {
        if (number.compareTo(BigDecimal.valueOf(1e6)) >= 0 || end >= tokens.size()) {
            return number;
        }
        String scale = tokens.get(end).text().toLowerCase(Locale.ROOT);
        int zeros = scale.matches("(bn|b|billion)(\\W.*)?") ? 9 : scale.matches("(mn|mln|m|million)(\\W.*)?") ? 6 : 0;
        return number.movePointRight(zeros);
    }

    /** Where the words after the number start: a span CoreNLP tagged may hold them ("150 billion Czech koruna"). */
    private static int afterNumber(List<Token> tokens, int start, int end) {
        int k = start;
        while (k < end && tokens.get(k).text().toLowerCase(Locale.ROOT)
                .matches("[^a-z]*\\d[^a-z]*|.*-?(crore|lakh)|about|some|around|nearly|over|up|to|million|billion|trillion|bn|mn|mln|m|b|tn")) {
            k++;
        }
        return k;
    }

    /** A sign glued to the number: "Bt4.9", "A$10", "Rs.500". */
    private static Optional<String> glued(String token) {
        java.util.regex.Matcher m = GLUED.matcher(token);
        return m.matches() ? Optional.ofNullable(PREFIXES.get(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("([A-Za-z]{1,2}\\$?|Rs\\.?|₹)\\d.*");

    private static Optional<String> before(List<Token> tokens, int start) {
        if (start == 0) {
            return Optional.empty();
        }
        String word = tokens.get(start - 1).text();
        String prefix = PREFIXES.get(word.toLowerCase(Locale.ROOT));
        if (prefix != null) {
            return Optional.of(prefix);
        }
        return CODES.contains(word) ? Optional.of(word) : Optional.empty();
    }

    private static Optional<String> after(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(end).text();
        String lower = word.toLowerCase(Locale.ROOT);
        if (CODES.contains(word)) {
            return Optional.of(word);
        }
        if (WORDS.containsKey(lower)) {
            return Optional.of(WORDS.get(lower));
        }
        if (end + 1 < tokens.size()) {
            String next = tokens.get(end + 1).text().toLowerCase(Locale.ROOT);
            if (WORDS.containsKey(next) && Character.isUpperCase(word.charAt(0))) {
                return Optional.of(WORDS.get(next)); // "Czech koruna", "Thai baht"
            }
            if (next.matches("crowns?|kroner|krone") && CROWNS.containsKey(lower)) {
                return Optional.of(CROWNS.get(lower));
            }
        }
        if (lower.matches("crowns?|kroner|krone")) {
            // a crown with no nationality before it: the country the sentence names
            for (Token t : tokens) {
                String country = CROWNS.get(t.text().toLowerCase(Locale.ROOT));
                if (country != null) {
                    return Optional.of(country);
                }
            }
        }
        return Optional.empty();
    }

    /** Signs written apart before an amount ("$ 10", "€ 2"). */
    private static final java.util.Set<String> SIGNS = java.util.Set.of("$", "€", "£", "¥", "₩", "₹");
    /** Scale words written apart after an amount ("10 bn", "4.8 billion", "500 crore"). */
    private static final java.util.regex.Pattern SCALE =
            java.util.regex.Pattern.compile("(?i)bn|billion|mn|mln|million|trillion|tn|crores?|lakhs?");

    /**
     * The tokens an amount covers once the words that write its currency and scale apart from the
     * number are counted in: "USD 10 bn", "EUR 2 Bn", "Rs 4,600-crore", "2 billion kronor". CoreNLP
     * tags only the number, and the words left outside become entities of their own (a MISC "Rs",
     * a QUANTITY "bn") that are no names.
     *
     * @param start the amount's first token
     * @param end   just past its last token
     */
    public static io.newsrel.model.TokenSpan extent(List<Token> tokens, int start, int end) {
        int from = start;
        if (from > 0 && isSignBefore(tokens.get(from - 1).text())) {
            from--;
        }
        int to = end;
        if (to < tokens.size() && SCALE.matcher(tokens.get(to).text()).matches()) {
            to++;
        }
        if (to < tokens.size() && isCurrencyAfter(tokens.get(to).text())) {
            to++;
        } else if (to + 1 < tokens.size() && Character.isUpperCase(tokens.get(to).text().charAt(0))
                && isCurrencyAfter(tokens.get(to + 1).text())) {
            to += 2; // "Czech koruna", "Danish crowns"
        }
        return new io.newsrel.model.TokenSpan(from, to);
    }

    private static boolean isSignBefore(String word) {
        return SIGNS.contains(word) || CODES.contains(word) || PREFIXES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCurrencyAfter(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return CODES.contains(word) || WORDS.containsKey(lower) || lower.matches("crowns?|kroner|krone");
    }

    private static String text(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            sb.append(i > start ? " " : "").append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
