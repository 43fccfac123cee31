package io.newsrel.relations;

import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The amount a sentence gives as the price of a deal, for a deal read in a sentence next to it or
 * elsewhere in the document: the sentence prices "the deal" ("The deal is worth nearly $375
 * million"), the amount qualifies a deal ("a $125 million deal", "a $4 billion weapons package") or
 * it is what something was bought or sold for ("purchased from Norinco for Bt4.9 billion").
 */
public final class DealPricing {

    private static final Set<String> DEAL_WORDS = Set.of("deal", "contract", "agreement", "package", "sale", "order",
            "lease", "purchase", "acquisition");
    private static final Set<String> PRICE_WORDS = Set.of("worth", "value", "valued", "cost", "price", "estimate",
            "total");
    /** Verbs of a trade whose "for" names the price: "purchased ... for Bt4.9 billion", "is selling the Ocean for £84 million". */
    private static final Set<String> TRADE_VERBS = Set.of("buy", "purchase", "sell", "acquire", "order", "provide",
            "supply", "procure");
    /** Words that may stand between "for" and the amount: "for a symbolic ...", "for about $245 million". */
    private static final Set<String> BEFORE_AMOUNT = Set.of("a", "an", "about", "around", "nearly", "some", "roughly",
            "approximately", "almost", "over", "us");
    /** A currency sign or code the recognizer may leave outside the amount: "Bt" of "Bt4.9 billion", "$", "NOK". */
    private static final String CURRENCY_MARK = "[$€£¥₹]|[A-Z][a-z]{0,2}\\$?|[A-Z]{3}";
    /** How many words (a compound's nouns) may stand between an amount and the deal it qualifies: "$4 billion weapons package". */
    private static final int QUALIFIER_REACH = 3;

    private DealPricing() {
    }

    /**
     * The price a sentence gives "the deal" in so many words ("The deal is worth nearly $375
     * million"): what a sentence far from the deal's own may price it with.
     */
    public static Optional<Money> dealWorth(SentenceFacts sentence) {
        boolean deal = false;
        boolean priced = false;
        for (int i = 0; i < sentence.tokens.size(); i++) {
            deal |= DEAL_WORDS.contains(sentence.lemma(i));
            priced |= PRICE_WORDS.contains(sentence.lemma(i));
        }
        return deal && priced ? sentence.mentions.stream().map(DealPricing::money).flatMap(Optional::stream).findFirst()
                : Optional.empty();
    }

    /**
     * The price of a deal a sentence gives, if it gives one ({@link #dealWorth}, an amount
     * qualifying a deal, what something was bought or sold for): what the sentence next to the
     * deal's own may price it with. Further away, "sold the Ocean for £84 million" is as likely
     * another deal of the article (dev g142).
     */
    public static Optional<Money> price(SentenceFacts sentence) {
        boolean deal = false;
        boolean priced = false;
        boolean trade = false;
        for (int i = 0; i < sentence.tokens.size(); i++) {
            String lemma = sentence.lemma(i);
            deal |= DEAL_WORDS.contains(lemma);
            priced |= PRICE_WORDS.contains(lemma);
            trade |= TRADE_VERBS.contains(lemma) && String.valueOf(sentence.tokens.get(i).pos()).startsWith("VB");
        }
        for (SentenceFacts.Placed m : sentence.mentions) {
            Optional<Money> money = money(m);
            if (money.isPresent() && (deal && priced || qualifiesDeal(sentence, m) || trade && paidFor(sentence, m))) {
                return money;
            }
        }
        return Optional.empty();
    }

    /** "a $125 million deal", "a $4 billion weapons package", "a nearly $500 million Foreign Military Sale". */
    private static boolean qualifiesDeal(SentenceFacts sentence, SentenceFacts.Placed amount) {
        for (int i = amount.end(); i < Math.min(sentence.tokens.size(), amount.end() + QUALIFIER_REACH); i++) {
            if (DEAL_WORDS.contains(sentence.lemma(i))) {
                return true;
            }
            if (!String.valueOf(sentence.tokens.get(i).pos()).matches("NN.*|JJ")) {
                return false;
            }
        }
        return false;
    }

    /** "for Bt4.9 billion", "for about $245 million". */
    private static boolean paidFor(SentenceFacts sentence, SentenceFacts.Placed amount) {
        int i = amount.start() - 1;
        while (i >= 0 && (BEFORE_AMOUNT.contains(sentence.lemma(i).toLowerCase(java.util.Locale.ROOT))
                || i == amount.start() - 1 && sentence.tokens.get(i).text().matches(CURRENCY_MARK))) {
            i--;
        }
        return i >= 0 && sentence.lemma(i).equals("for");
    }

    /** {amount, currency} of a money mention whose amount could be read. */
    static Optional<Money> money(SentenceFacts.Placed m) {
        if (m.type() != EntityType.MONEY || !m.entity().attrs().containsKey("amount")) {
            return Optional.empty();
        }
        return Optional.of(new Money(new BigDecimal(m.entity().attrs().get("amount")), m.entity().attrs().get("currency")));
    }
}
