package io.newsrel.relations.transfer;

import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import io.newsrel.model.Role;
import io.newsrel.relations.DealAttributes;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When all transfers of a document are between the same two countries, a sentence pricing "the
 * deal" ("The deal is worth nearly $375 million") gives its value to those that have none, as a
 * package value goes to every system of the package (SPEC-gold.md).
 */
final class DealPrice {

    private DealPrice() {
    }

    static List<RelationCandidate> apply(LinkedDocument document, List<RelationCandidate> found) {
        Set<String> pairs = new HashSet<>();
        found.forEach(c -> pairs.add(RuleTransfers.pair(c)));
        if (pairs.size() != 1) {
            return found;
        }
        Set<String> systems = new HashSet<>();
        found.forEach(c -> systems.addAll(c.args().ids(Role.SYSTEM)));
        Optional<Money> price = Optional.empty();
        for (int s = 0; s < document.sentences().size() && price.isEmpty(); s++) {
            if (!pricesAnotherSystem(document.facts(s), systems)) {
                price = DealAttributes.dealPrice(document.facts(s));
            }
        }
        if (price.isEmpty()) {
            return found;
        }
        Money value = price.get();
        return found.stream().map(c -> c.attrs().has(Attribute.VALUE) ? c
                : c.withAttrs(c.attrs().toBuilder().put(Attribute.VALUE, value)
                        .put(Attribute.VALUE_FROM, "deal price sentence").build())).toList();
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
