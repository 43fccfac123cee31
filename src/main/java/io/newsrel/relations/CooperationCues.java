package io.newsrel.relations;

import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What tells a defence cooperation agreement from the other agreements news reports: a bare
 * "agreement" that buys or sells equipment is a contract (its deal is an arms transfer), and
 * "agreements" (plural) "with A, B and C" are one agreement with each. A country word that
 * qualifies a company is no party either ({@link SentenceFacts#qualifiesCompany}).
 */
final class CooperationCues {

    /** Lemmas of buying and selling: an agreement in their sentence is a procurement contract. */
    private static final Set<String> PROCUREMENT = Set.of("acquire", "buy", "purchase", "procure", "order",
            "deliver", "supply", "sell", "export", "import");
    private CooperationCues() {
    }

    /** Whether the sentence buys or sells: it names a system or money, or holds a verb of trade. */
    static boolean isProcurement(SentenceFacts sentence) {
        if (!sentence.ofType(EntityType.SYSTEM, false).isEmpty() || !sentence.ofType(EntityType.MONEY, false).isEmpty()) {
            return true;
        }
        for (int i = 0; i < sentence.tokens.size(); i++) {
            if (PROCUREMENT.contains(sentence.lemma(i))) {
                return true;
            }
        }
        return false;
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
