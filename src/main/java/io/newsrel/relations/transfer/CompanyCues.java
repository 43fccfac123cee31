package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.SentenceFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cues that tie a company to a transfer sentence: the company that supplies ("a contract with
 * IAI", "the Swedish manufacturer"), and a country word that qualifies a company and so names
 * the supplying side ({@link TriggerRoles}).
 */
final class CompanyCues {

    /** "a contract with IAI": with names a supplying company, not a supplying country. */
    private static final List<String> COMPANY_PREPOSITIONS = List.of("from", "by", "with");
    private static final List<String> COMPANY_WORDS = List.of("company", "firm", "manufacturer", "maker", "select");
    /** "China's state-owned China Shipbuilding": up to five lower-case tokens between. */
    private static final int MAX_QUALIFIER_GAP = 5;
    /** "the Swedish manufacturer", "South Korean defence firm": up to two words between. */
    private static final int COMPANY_NOUN_REACH = 3;

    private CompanyCues() {
    }

    /** The supplying company: named after from/with/by, qualified by a country word, or subject of a supply verb. */
    static Entity supplierCompany(SentenceFacts sentence, TransferTrigger trigger, List<SentenceFacts.Placed> companies,
                                  List<Entity> recipients) {
        for (SentenceFacts.Placed company : companies) {
            if (BackgroundMentions.isDesign(sentence, company)) {
                continue; // "based on the German HDW Type 209 design" (dev g074)
            }
            String before = sentence.wordBefore(company);
            boolean cued = makesSystemAfter(sentence, company) || COMPANY_PREPOSITIONS.contains(before)
                    || COMPANY_WORDS.contains(before)
                    || trigger.subject().equals(Optional.of(Side.SUPPLIER)) && company.end() <= trigger.start();
            String country = company.entity().attrs().get("country");
            boolean foreign = country == null || recipients.stream().noneMatch(r -> country.equals(r.kbId()));
            if (cued && foreign) {
                return company.entity();
            }
        }
        return null;
    }

    /** "48 Turkish Aerospace (TAI) Kaan fighters": a company naming the system right after it made it. */
    static boolean makesSystemAfter(SentenceFacts sentence, SentenceFacts.Placed company) {
        return sentence.mentions.stream().anyMatch(m -> m.type() == EntityType.SYSTEM
                && m.start() >= company.end() && m.start() - company.end() <= 3
                && sentence.tokens.subList(company.end(), m.start()).stream()
                        .allMatch(t -> t.text().matches("[()]|['\u2019]s?") || "NNP".equals(t.pos())));
    }

    /**
     * A country word qualifying a company: only lower-case nouns, adjectives, participles or a
     * possessive between them ("Israeli company Elbit Systems", "China's state-owned CSOC"),
     * never a verb or a preposition ("Morocco signed a contract with IAI").
     */
    static boolean qualifiesCompany(SentenceFacts sentence, SentenceFacts.Placed country,
                                    List<SentenceFacts.Placed> companies) {
        for (SentenceFacts.Placed company : companies) {
            int gap = company.start() - country.end();
            if (gap >= 0 && gap <= MAX_QUALIFIER_GAP && qualifying(sentence, country.end(), company.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country word qualifying a noun naming a company the same way, the company unnamed ("the
     * Swedish manufacturer says", dev g106; the nouns {@link SentenceFacts#qualifiesCompany} reads
     * for local production), which is not "India selected the company". Weaker than a named
     * company: "building boats at Vietnamese shipyards" (g020) names no seller when the sentence's
     * subject is one.
     */
    static boolean qualifiesCompanyNoun(SentenceFacts sentence, SentenceFacts.Placed country) {
        for (int i = country.end(); i < sentence.tokens.size() && i - country.end() < COMPANY_NOUN_REACH; i++) {
            if (sentence.isCompanyNoun(i) && qualifying(sentence, country.end(), i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [from, to) are all lower-case nouns, adjectives, participles, possessives or hyphens. */
    private static boolean qualifying(SentenceFacts sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = sentence.tokens.get(i).text();
            String pos = String.valueOf(sentence.tokens.get(i).pos());
            if (!text.equals(text.toLowerCase(Locale.ROOT)) || !(pos.startsWith("NN") || pos.startsWith("JJ")
                    || pos.equals("VBN") || pos.equals("POS") || pos.equals("HYPH"))) {
                return false;
            }
        }
        return true;
    }
}
