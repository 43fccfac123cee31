package io.newsrel.relations.transfer;

import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.Money;
import io.newsrel.model.Role;
import io.newsrel.relations.DealPricing;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence pricing "the deal" ("The deal is worth nearly $375 million") gives its value to the
 * transfers that have none, as a package value goes to every system of the package (SPEC-gold.md):
 * to all of them when all are between the same two countries, else to those of the deal read last
 * before it ("Egypt signed a contract for 30 Rafales. ... Disclose said the deal would be worth
 * $4.5bn", dev g134; "The Netherlands had requested 34 PAC-3 MSE missiles. ... this sale, which is
 * estimated to be valued at around $241m", g127), when it names no country outside that deal.
 */
final class DealPrice {

    /** How many sentences back "the deal" may refer. */
    private static final int REACH = 4;

    private DealPrice() {
    }

    static List<RelationCandidate> apply(LinkedDocument document, List<RelationCandidate> found) {
        Set<String> pairs = new HashSet<>();
        found.forEach(c -> pairs.add(RuleTransfers.pair(c)));
        Set<String> systems = new HashSet<>();
        found.forEach(c -> systems.addAll(c.args().ids(Role.SYSTEM)));
        List<RelationCandidate> priced = new ArrayList<>(found);
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = document.facts(s);
            Optional<Money> price = DealPricing.dealWorth(sentence);
            if (price.isEmpty() || pricesAnotherSystem(sentence, systems)) {
                continue;
            }
            if (pairs.size() == 1) {
                return price(document, priced, c -> true, price.get());
            }
            Optional<String> last = lastDealBefore(priced, s);
            if (last.isPresent() && namesOnly(sentence, last.get())) {
                priced = price(document, priced, c -> RuleTransfers.pair(c).equals(last.get()), price.get());
            }
        }
        return priced;
    }

    /**
     * Whether the deal's own sentence lists its system after the price of an earlier item
     * ({@link TransferFacts#pricesAnEarlierItem}): the sentence tells that item's price, not this
     * system's, and the package's total is not read into it either (dev g013).
     */
    private static boolean pricedApart(LinkedDocument document, RelationCandidate deal) {
        if (deal.evidence().isEmpty()) {
            return false;
        }
        SentenceFacts sentence = document.facts(deal.evidence().get(0).sentence());
        return deal.args().id(Role.SYSTEM).flatMap(id -> document.entities().stream()
                .filter(e -> e.id().equals(id)).findFirst())
                .map(system -> TransferFacts.pricesAnEarlierItem(sentence, system)).orElse(false);
    }

    private static List<RelationCandidate> price(LinkedDocument document, List<RelationCandidate> found,
                                                 java.util.function.Predicate<RelationCandidate> which, Money value) {
        return found.stream().map(c -> c.attrs().has(Attribute.VALUE) || !which.test(c) || pricedApart(document, c) ? c
                : c.withAttrs(c.attrs().toBuilder().put(Attribute.VALUE, value)
                        .put(Attribute.VALUE_FROM, "deal price sentence").build())).toList();
    }

    /** The pair of the transfer read last at or before a sentence, at most {@link #REACH} sentences back. */
    private static Optional<String> lastDealBefore(List<RelationCandidate> found, int sentence) {
        int best = -1;
        String pair = null;
        for (RelationCandidate c : found) {
            for (Evidence e : c.evidence()) {
                if (e.sentence() <= sentence && e.sentence() >= sentence - REACH && e.sentence() > best) {
                    best = e.sentence();
                    pair = RuleTransfers.pair(c);
                }
            }
        }
        return Optional.ofNullable(pair);
    }

    /** Whether the countries a sentence names are all of the pair ("EGY|FRA"). */
    private static boolean namesOnly(SentenceFacts sentence, String pair) {
        Set<String> parties = new HashSet<>(List.of(pair.split("\\|")));
        return sentence.mentions.stream().filter(m -> m.type() == EntityType.COUNTRY)
                .allMatch(m -> parties.contains(m.entity().kbId()));
    }

    /**
     * Whether the sentence names a system none of the found transfers carries: "The deal to supply
     * the T-80UD tanks, worth $550 million" prices a deal the rules did not read, not the trucks
     * the document's one found pair bought (g166).
     */
    private static boolean pricesAnotherSystem(SentenceFacts sentence, Set<String> systems) {
        return sentence.ofType(EntityType.SYSTEM, false).stream().anyMatch(m -> !systems.contains(m.entity().id()));
    }
}
