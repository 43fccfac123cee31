package io.newsrel.relations;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What tells a defence cooperation agreement from the other agreements news reports: a bare
 * "agreement" that buys or sells equipment is a contract (its deal is an arms transfer), and
 * "agreements" (plural) "with A, B and C" are one agreement with each. A country word that
 * qualifies a company is no party either ({@link SentenceFacts#qualifiesCompany}).
 */
final class CooperationCues {

    /**
     * Lemmas of buying and selling: an agreement in their sentence is a procurement contract; a
     * memorandum "for the deal" (g110) or signed by "defence export services" (g154) prepares one.
     */
    private static final Set<String> PROCUREMENT = Set.of("acquire", "buy", "purchase", "procure", "order",
            "deliver", "supply", "sell", "export", "import", "deal");
    /** Lemmas of signing: a signed agreement is one between the states even when one goes unnamed. */
    private static final Set<String> SIGNING = Set.of("sign", "signing", "ink", "conclude", "adopt");

    private CooperationCues() {
    }

    /**
     * Whether the sentence buys or sells: it names a system, money or a company (an agreement a
     * company signs is a contract: g176, g132), or holds a word of trade.
     */
    static boolean isProcurement(SentenceFacts sentence) {
        if (!sentence.ofType(EntityType.SYSTEM, false).isEmpty() || !sentence.ofType(EntityType.MONEY, false).isEmpty()
                || !sentence.ofType(EntityType.COMPANY, false).isEmpty()) {
            return true;
        }
        return has(sentence, PROCUREMENT);
    }

    /** Whether the sentence signs something ("signed", "the signing of", "inked"). */
    static boolean isSigning(SentenceFacts sentence) {
        return has(sentence, SIGNING);
    }

    private static boolean has(SentenceFacts sentence, Set<String> lemmas) {
        for (int i = 0; i < sentence.tokens.size(); i++) {
            if (lemmas.contains(sentence.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other state of a signing that names one party ("the signing of the MoU during my visit
     * to Turkiye" in a Malaysian minister's story, g083; "a defense cooperation plan by Prince
     * Khalid and Turkish Defence Minister", g132): the one other country the sentence before names,
     * else the country the document names most after the named party, when it is named at least
     * twice and more often than any third country.
     */
    static Optional<Entity> otherParty(LinkedDocument document, int s, String party) {
        if (s > 0) {
            // "... signed a cooperation agreement with Tajikistan. ... his Tajik counterpart ...
            // between the two countries" (g149): the partner the sentence before names
            List<Entity> before = document.facts(s - 1).ofType(EntityType.COUNTRY, false).stream()
                    .map(SentenceFacts.Placed::entity).filter(e -> !Objects.equals(e.kbId(), party)).distinct().toList();
            if (before.size() == 1) {
                return Optional.of(before.get(0));
            }
        }
        List<Entity> others = document.entities().stream()
                .filter(e -> e.type() == EntityType.COUNTRY && !Objects.equals(e.kbId(), party))
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed())
                .toList();
        if (others.isEmpty() || others.get(0).mentions().size() < 2
                || others.size() > 1 && others.get(1).mentions().size() >= others.get(0).mentions().size()) {
            return Optional.empty();
        }
        return Optional.of(others.get(0));
    }

    /**
     * "X signed agreements with A, B and C": one country before the plural trigger and two or more
     * after a "with" that follows it give one agreement of X with each; empty when the sentence is
     * not built so.
     */
    static List<List<SentenceFacts.Placed>> bilaterals(SentenceFacts sentence, PhraseLexicon.Found trigger,
                                                       List<SentenceFacts.Placed> countries) {
        String tag = sentence.tokens.get(trigger.end() - 1).pos();
        if (tag == null || !tag.equals("NNS")) {
            return List.of();
        }
        int with = -1;
        for (int i = trigger.end(); i < sentence.tokens.size() && with < 0; i++) {
            if (sentence.lemma(i).equals("with")) {
                with = i;
            }
        }
        List<SentenceFacts.Placed> before = new ArrayList<>();
        List<SentenceFacts.Placed> after = new ArrayList<>();
        for (SentenceFacts.Placed country : countries) {
            if (country.end() <= trigger.start()) {
                before.add(country);
            } else if (with >= 0 && country.start() > with) {
                after.add(country);
            }
        }
        if (before.size() != 1 || after.size() < 2) {
            return List.of();
        }
        List<List<SentenceFacts.Placed>> pairs = new ArrayList<>();
        for (SentenceFacts.Placed partner : after) {
            pairs.add(List.of(before.get(0), partner));
        }
        return pairs;
    }
}
