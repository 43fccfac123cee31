package io.newsrel.relations.attributes;

import io.newsrel.model.Status;
import io.newsrel.relations.SentenceFacts;
import java.util.Optional;
import java.util.Set;

/**
 * The stage a transfer trigger states, from the stage its word gives, the modifier before it
 * ({@code status-modifiers.tsv}) and its tense (SPEC-gold.md: a delivery to come under a contract
 * is ORDERED, an aid announcement PLANNED, goods supplied are DELIVERED).
 */
public final class DealTense {

    /** Modifier column of the words that put a trigger in the future: "will", "is set to". */
    public static final String FUTURE = "FUTURE";
    /** Triggers of a delivery to come that a contract binds: "will deliver", "will supply", "is set to receive". */
    private static final Set<String> BOUND_DELIVERY = Set.of("deliver", "supply");
    /** Triggers whose past tense says the goods arrived: "Germany provided Ukraine with", "supplied 300 trucks". */
    private static final Set<String> SUPPLY = Set.of("supply", "provide");

    /** Words before a participle that make it a past: "has provided", "previously provided". */
    private static final Set<String> PAST_MARKERS = Set.of("have", "previously", "already");
    private static final int PAST_REACH = 3;

    private DealTense() {
    }

    /**
     * "provided", "has supplied", "previously provided by": the simple past, or a participle after
     * "have", "previously" or "already". A bare participle ("the first system of this kind provided
     * by Canada", dev g119) may name what is being given.
     */
    private static boolean past(SentenceFacts sentence, int start) {
        String tag = String.valueOf(sentence.tokens.get(start).pos());
        if (tag.equals("VBD")) {
            return true;
        }
        if (!tag.equals("VBN")) {
            return false;
        }
        for (int i = start - 1; i >= Math.max(0, start - PAST_REACH); i--) {
            if (PAST_MARKERS.contains(sentence.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param sentence    the trigger's sentence
     * @param start       the trigger's first token
     * @param lemma       the trigger as its rule file writes it ("receive", "take delivery")
     * @param byRecipient whether the trigger's subject is the buyer ("Jordan will receive")
     * @param stated      the stage the trigger word gives
     * @param modifier    the status column of the first modifier before it, if any
     */
    public static Status stage(SentenceFacts sentence, int start, String lemma, boolean byRecipient, Status stated,
                               Optional<String> modifier) {
        if (modifier.isEmpty()) {
            return SUPPLY.contains(lemma) && past(sentence, start) ? Status.DELIVERED : stated;
        }
        boolean future = modifier.get().equals(FUTURE);
        Status turned = future ? Status.PLANNED : Status.valueOf(modifier.get());
        // a buyer that "will receive" or "is expected to take delivery" has ordered, as has a maker
        // that "will deliver" or "will supply"; a seller that "will send" or "will give" has only
        // announced it (aid packages are PLANNED)
        boolean buyerAwaitsDelivery = stated == Status.DELIVERED && turned == Status.PLANNED && byRecipient;
        boolean makerBound = future && BOUND_DELIVERY.contains(lemma);
        return buyerAwaitsDelivery || makerBound ? Status.ORDERED : turned;
    }
}
