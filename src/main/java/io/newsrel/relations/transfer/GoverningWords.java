package io.newsrel.relations.transfer;

import io.newsrel.relations.SentenceFacts;
import java.util.Set;

/**
 * The word a preposition before a country hangs on, which says whether the country is a party to
 * the trigger's deal ({@link TriggerRoles}): the agent of using or trying ("used by Iran", dev g157;
 * "an attempt by Jordan", g028) is none, the agent of making ("manufactured by Brazil's Embraer",
 * g053) supplies, and who wins or loses by a deal ("a defeat for China", g047) is no recipient.
 */
final class GoverningWords {

    /** Words whose agent after "by" uses, tries or pays, and supplies nothing ({@link #agentOfAnotherWord}). */
    private static final Set<String> AGENT_OF_OTHER_WORDS = Set.of("use", "operate", "fly", "deploy", "fire",
            "attempt", "effort", "fund", "finance");
    /** Verbs of making: the agent after "by" made the system, hence supplies it ({@link #madeBy}). */
    private static final Set<String> MAKE_WORDS = Set.of("manufacture", "build", "make", "produce");
    /** Nouns of winning and losing: "a defeat for China" names no recipient ({@link #judgesParty}). */
    private static final Set<String> EVALUATIONS = Set.of("victory", "defeat", "setback", "blow", "triumph", "loss");

    private GoverningWords() {
    }

    /**
     * Whether "by" before the country follows a word whose agent is no supplier: a verb of using
     * ("used by Iran", "operated by", "flown by") or a noun of trying or paying ("an attempt by
     * Jordan", "funded by").
     */
    static boolean agentOfAnotherWord(SentenceFacts sentence, SentenceFacts.Placed country) {
        return AGENT_OF_OTHER_WORDS.contains(wordBeforeBy(sentence, country));
    }

    /** Whether "by" before the country follows a verb of making: "manufactured by", "built by". */
    static boolean madeBy(SentenceFacts sentence, SentenceFacts.Placed country) {
        return MAKE_WORDS.contains(wordBeforeBy(sentence, country));
    }

    private static String wordBeforeBy(SentenceFacts sentence, SentenceFacts.Placed country) {
        return wordBeforePreposition(sentence, country, "by");
    }

    /** The lemma of the word before the preposition that governs the country (determiners and adjectives skipped), or "". */
    private static String wordBeforePreposition(SentenceFacts sentence, SentenceFacts.Placed country, String preposition) {
        int at = country.start() - 1;
        while (at >= 0 && sentence.isDeterminerOrAdjective(at)) {
            at--;
        }
        return at >= 1 && sentence.lemma(at).equals(preposition) ? sentence.lemma(at - 1) : "";
    }

    /** Whether "for" before the country follows a noun of winning or losing: "a defeat for China". */
    static boolean judgesParty(SentenceFacts sentence, SentenceFacts.Placed country) {
        return EVALUATIONS.contains(wordBeforePreposition(sentence, country, "for"));
    }
}
