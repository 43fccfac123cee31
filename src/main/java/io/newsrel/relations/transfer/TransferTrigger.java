package io.newsrel.relations.transfer;

import io.newsrel.model.Status;
import io.newsrel.relations.PhraseLexicon;
import io.newsrel.relations.SentenceFacts;
import java.util.Optional;

/**
 * A word or phrase announcing a transfer ({@code models/relations/arms-transfer-triggers.tsv}):
 * where it stands, which side its grammatical subject takes (none for nouns such as "deal"), and
 * the status it gives the deal.
 *
 * @param start   first token
 * @param end     token just past it
 * @param lemma   the phrase as written in the rule file ("buy", "take delivery")
 * @param subject the side of its subject, empty for a noun that has none
 * @param status  the stage it announces, before modifiers ("plans to buy")
 */
public record TransferTrigger(int start, int end, String lemma, Optional<Side> subject, Status status) {

    /** Whether the trigger word is a noun ("deal", "purchase") by its tag. */
    public boolean isNoun(SentenceFacts sentence) {
        String pos = sentence.tokens.get(start).pos();
        return pos == null || pos.startsWith("NN");
    }

    /** "were delivered", "have been ordered": a form of "be" at most three words before a past participle. */
    public boolean isPassive(SentenceFacts sentence) {
        if (!"VBN".equals(sentence.tokens.get(start).pos())) {
            return false;
        }
        for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
            if (sentence.lemma(i).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** The side of the party that acts: the subject's, else the buyer for a noun ("Morocco's order"). */
    public Side actorSide() {
        return subject.orElse(Side.RECIPIENT);
    }

    static TransferTrigger of(PhraseLexicon.Found found, Status status) {
        String subject = found.phrase().column(0);
        Optional<Side> side = subject.equals("-") ? Optional.empty() : Optional.of(Side.valueOf(subject.toUpperCase()));
        return new TransferTrigger(found.start(), found.end(), found.phrase().text(), side, status);
    }
}
