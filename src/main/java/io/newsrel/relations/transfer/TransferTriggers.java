package io.newsrel.relations.transfer;

import io.newsrel.model.Status;
import io.newsrel.relations.PhraseLexicon;
import io.newsrel.relations.RelationExtractors;
import io.newsrel.relations.SentenceFacts;
import io.newsrel.relations.attributes.DealTense;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds transfer triggers in a sentence and the status each gives, turned PLANNED by a modifier
 * shortly before it ("plans to buy", "decision to send", {@code status-modifiers.tsv}). A phrase
 * whose status column says IGNORE ("technology transfer") only hides the shorter triggers inside it;
 * a modifier whose status says NO_DEAL ("refused to export", "offered to sell", "did not buy") makes
 * the trigger none (SPEC-gold.md: offers and refusals are not annotated).
 */
public final class TransferTriggers {

    /** Status column of a phrase that is no transfer but holds a trigger word. */
    static final String IGNORE = "IGNORE";
    /** Status column of a modifier that denies the deal: "refused to export", "offered to sell". */
    static final String NO_DEAL = "NO_DEAL";
    /** Status column of a modifier after the trigger that makes the contract a service one: "a contract to repair". */
    static final String NO_DEAL_AFTER = "NO_DEAL_AFTER";
    private static final int MODIFIER_WINDOW = 4;
    /** How far before a trigger a bid or offer still makes it a proposal, within the clause. */
    private static final int PROPOSAL_REACH = 10;
    private static final java.util.Set<String> PROPOSALS = java.util.Set.of("offer", "bid");
    /**
     * Words of a competition among bidders: what a contender competes "to supply" is a bid, which
     * SPEC-gold.md leaves out ("locked in a heated competition with the Dassault's Rafale fighter and
     * Saab's Gripen NG to supply the Brazilian air force", dev g105). The competitors' names make the
     * clause long: they count as far back as the clause's start, within {@link #COMPETITION_REACH}.
     */
    private static final java.util.Set<String> COMPETITIONS = java.util.Set.of("competition", "compete", "vie");
    private static final int COMPETITION_REACH = 16;
    private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of(",", ";", ":", "--", "-", "\u2013", "\u2014");
    /** How far after its trigger a service contract's verb may stand ("a contract from the U.S. Air Force to repair"). */
    private static final int AFTER_WINDOW = 8;
    private static final List<String> SIDES = List.of("recipient", "supplier", "-");

    private final PhraseLexicon triggers;
    private final PhraseLexicon modifiers;
    private final PhraseLexicon operatorListHeads;

    /**
     * @param triggers          arms-transfer-triggers.tsv: phrase, subject side, status
     * @param modifiers         status-modifiers.tsv: phrase, status it turns the deal into
     * @param operatorListHeads operator-list-heads.tsv: phrase a list of operators follows, status
     */
    public TransferTriggers(PhraseLexicon triggers, PhraseLexicon modifiers, PhraseLexicon operatorListHeads) {
        this.triggers = triggers;
        this.modifiers = modifiers;
        this.operatorListHeads = operatorListHeads;
        for (PhraseLexicon.Phrase phrase : operatorListHeads.phrases()) {
            Status.valueOf(phrase.column(0));
        }
        for (PhraseLexicon.Phrase phrase : triggers.phrases()) {
            if (!SIDES.contains(phrase.column(0))) {
                throw new IllegalArgumentException(phrase.origin() + ": subject must be one of " + SIDES + ", got '"
                        + phrase.column(0) + "'");
            }
            if (!phrase.column(1).equals(IGNORE)) {
                Status.valueOf(phrase.column(1).toUpperCase(Locale.ROOT));
            }
        }
    }

    /** The rule files shipped under {@code models/relations/}. */
    public static TransferTriggers shipped() {
        return new TransferTriggers(PhraseLexicon.resource(RelationExtractors.DIR + "arms-transfer-triggers.tsv", 2),
                PhraseLexicon.resource(RelationExtractors.DIR + "status-modifiers.tsv", 1),
                PhraseLexicon.resource(RelationExtractors.DIR + "operator-list-heads.tsv", 1));
    }

    /** Words a list of a system's operators or customers follows ({@link OperatorLists}). */
    public PhraseLexicon operatorListHeads() {
        return operatorListHeads;
    }

    /** The triggers of a sentence, in text order; a trigger a modifier denies ("refused to export") is none. */
    public List<TransferTrigger> find(SentenceFacts sentence) {
        List<TransferTrigger> found = new ArrayList<>();
        for (PhraseLexicon.Found f : triggers.find(sentence.tokens)) {
            if (!f.phrase().column(1).equals(IGNORE) && !modifiesNextVerb(sentence, f) && !choosesAnAct(sentence, f)) {
                status(sentence, f).ifPresent(status -> found.add(TransferTrigger.of(f, status)));
            }
        }
        return found;
    }

    /**
     * Whether the sentence states a trigger that its modifiers deny ("won a contract ... to repair
     * and service ... F-16", "refused to export"): a system named there is no part of a deal.
     */
    public boolean deniesADeal(SentenceFacts sentence) {
        for (PhraseLexicon.Found f : triggers.find(sentence.tokens)) {
            if (!f.phrase().column(1).equals(IGNORE) && !modifiesNextVerb(sentence, f) && status(sentence, f).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The trigger that reads roles best: the first with a subject (a verb), else the first. */
    public static TransferTrigger main(List<TransferTrigger> triggers) {
        return triggers.stream().filter(t -> t.subject().isPresent()).findFirst().orElse(triggers.get(0));
    }

    /**
     * The stage a sentence states for its deal: its main trigger's, unless that is only a plan and a
     * later trigger says the goods arrived: "the first four of 13 MiG-29 fighter jets that Slovakia
     * decided to give Ukraine have been safely handed over" (dev g111), "would acquire two new-build
     * frigates as replacements for the navy's Knox-class frigates that were ... transferred to
     * Thailand" (dev g082). The further stage is the one the deal has reached.
     */
    public static Status stage(List<TransferTrigger> triggers) {
        TransferTrigger main = main(triggers);
        boolean arrivedLater = triggers.stream()
                .anyMatch(t -> t.start() > main.start() && t.status() == Status.DELIVERED);
        return main.status() == Status.PLANNED && arrivedLater ? Status.DELIVERED : main.status();
    }

    /**
     * Whether a bid or an offer stands before the trigger in its clause, farther than the modifiers
     * reach: what the bidder proposes to deliver is no deal yet ("Saab offers Gripen E to Canada's
     * request", "submitted a contract bid with Brazilian defense officials to deliver its Gripen").
     * A comma, semicolon, colon or dash ends the clause. A trigger noun a bid or offer follows
     * ("a contract bid") is one too.
     */
    static boolean proposedInClause(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        if (trigger.end() < sentence.tokens.size() && PROPOSALS.contains(sentence.lemma(trigger.end()))) {
            return true; // "a contract bid", "a purchase offer"
        }
        for (int i = trigger.start() - 1; i >= 0 && i >= trigger.start() - COMPETITION_REACH; i--) {
            String word = sentence.tokens.get(i).text();
            if (CLAUSE_ENDS.contains(word)) {
                return false;
            }
            if (PROPOSALS.contains(sentence.lemma(i)) && trigger.start() - i <= PROPOSAL_REACH
                    || COMPETITIONS.contains(sentence.lemma(i)) && trigger.start() - i <= COMPETITION_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger that is also a modifier ("seek", "negotiate", "approve", "pledge") is followed
     * by "to": then it modifies the verb after it ("seeking to sell F-5 fighter aircraft",
     * reuters-21169; "might also seek to buy Fairchild", reuters-5690), which carries the deal or its
     * denial, and is no trigger of its own.
     */
    private boolean modifiesNextVerb(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        if (trigger.end() >= sentence.tokens.size() || !sentence.lemma(trigger.end()).equals("to")) {
            return false;
        }
        return !modifiers.find(sentence.tokens.subList(trigger.start(), trigger.end())).isEmpty();
    }

    /**
     * Whether a selection trigger chooses an act, not a supplier or a system: "had chosen to attack an
     * oil platform" (reuters-21459), "chosen to limit" (reuters-19652), "chose to raise"
     * (reuters-21131). "Chosen to supply" stays a selection: its verb is a trigger of its own.
     */
    private boolean choosesAnAct(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        int verb = trigger.end() + 1;
        if (!trigger.phrase().column(1).equals(Status.SELECTED.name()) || verb >= sentence.tokens.size()
                || !sentence.lemma(trigger.end()).equals("to")) {
            return false;
        }
        return triggers.find(sentence.tokens).stream().noneMatch(f -> f.start() == verb && !f.phrase().column(1).equals(IGNORE));
    }

    /** Whether a service verb shortly after the trigger makes its contract one of repair or overhaul. */
    private boolean servicesOnly(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        int to = Math.min(sentence.tokens.size(), trigger.end() + AFTER_WINDOW);
        return modifiers.find(sentence.tokens.subList(trigger.end(), to)).stream()
                .anyMatch(m -> m.phrase().column(0).equals(NO_DEAL_AFTER));
    }

    /** The trigger's status, turned by the modifiers shortly before it; empty when one of them denies the deal. */
    private java.util.Optional<Status> status(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        int from = Math.max(0, trigger.start() - MODIFIER_WINDOW);
        List<PhraseLexicon.Found> before = modifiers.find(sentence.tokens.subList(from, trigger.start())).stream()
                .filter(m -> !m.phrase().column(0).equals(NO_DEAL_AFTER)).toList();
        if (before.stream().anyMatch(m -> m.phrase().column(0).equals(NO_DEAL)) || proposedInClause(sentence, trigger)
                || servicesOnly(sentence, trigger)) {
            return java.util.Optional.empty();
        }
        Status stated = Status.valueOf(trigger.phrase().column(1));
        return java.util.Optional.of(DealTense.stage(sentence, trigger.start(), trigger.phrase().text(),
                trigger.phrase().column(0).equals("recipient"), stated,
                before.stream().findFirst().map(m -> m.phrase().column(0))));
    }
}
