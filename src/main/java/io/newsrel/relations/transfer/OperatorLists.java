package io.newsrel.relations.transfer;

import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.relations.PhraseLexicon;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists of the countries that already have a system, the background paragraph of much defence news:
 * "The howitzer is already in service in India, Australia, ... and Korea", "a list of P-8A customers
 * which already includes the Royal Australian Navy, ... the Indian Navy", "It now has six foreign
 * clients including Qatar, India, ...", "other CH-4 operators in the Middle East, including Egypt,
 * Iraq and Jordan". Each listed country received the system from its supplier (SPEC-gold.md,
 * Clarifications), when the document gives that supplier: a transfer of the system it states, the
 * system's maker named in it, or the system's country of origin named in it. The system is the one
 * named just before the list's head word, or, when the sentence names none ("The howitzer ...",
 * "It ..."), the only system of the closest sentence before that names one.
 */
public final class OperatorLists {

    public static final String RULE = "arms_transfer.operator_list";
    private static final double CONFIDENCE = 0.6;
    /** How many words may stand between the head and the list ("customers which already includes the"). */
    private static final int LIST_REACH = 6;
    /** How many sentences back "the howitzer" or "it" may refer. */
    private static final int ANAPHOR_LOOKBACK = 2;
    private static final Set<EntityType> STAND_INS = Set.of(EntityType.MILITARY);
    private static final List<Attribute<?>> DEAL_ONLY = List.of(Attribute.QUANTITY, Attribute.VALUE, Attribute.VALUE_FROM,
            Attribute.YEAR, Attribute.YEAR_FROM, Attribute.DATE);

    private OperatorLists() {
    }

    /**
     * @param heads  operator-list-heads.tsv: phrase, status
     * @param stated the transfers the document states otherwise, which give a system's supplier
     */
    public static List<RelationCandidate> find(DocumentReading reading, PhraseLexicon heads,
                                               List<RelationCandidate> stated) {
        List<RelationCandidate> found = new ArrayList<>();
        for (int s = 0; s < reading.sentenceCount(); s++) {
            SentenceFacts sentence = reading.sentence(s);
            for (PhraseLexicon.Found head : heads.find(sentence.tokens)) {
                List<Entity> listed = listAfter(reading, sentence, head.end());
                Optional<Entity> system = listed.isEmpty() ? Optional.empty() : systemOf(reading, s, head.start());
                Optional<String> supplier = system.flatMap(sys -> supplierOf(reading, sys, stated));
                if (supplier.isEmpty()) {
                    continue;
                }
                Status status = Status.valueOf(head.phrase().column(0));
                for (Entity recipient : listed) {
                    if (!recipient.kbId().equals(supplier.get())) {
                        found.add(background(TransferFacts.candidate(new TransferFacts.Deal(recipient, supplier.get(),
                                null, system.get()), status, s, reading.document(), reading.categories(), CONFIDENCE, RULE)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * A listed operator's deal without the counts, money and dates of the sentence: those describe
     * the system's whole career ("more than 1,300 units sold since 1999"), not one country's deal.
     */
    private static RelationCandidate background(RelationCandidate deal) {
        Attributes.Builder attrs = deal.attrs().toBuilder();
        for (Attribute<?> dealOnly : DEAL_ONLY) {
            attrs.remove(dealOnly);
        }
        return deal.withAttrs(attrs.build());
    }

    /** The countries (armed forces standing for theirs) listed right after the head, in text order. */
    static List<Entity> listAfter(DocumentReading reading, SentenceFacts sentence, int headEnd) {
        List<Entity> listed = new ArrayList<>();
        int previousEnd = -1;
        for (SentenceFacts.Placed country : sentence.countriesWithStandIns(reading.document(), STAND_INS)) {
            if (country.start() < Math.max(headEnd, previousEnd) || sentence.qualifiesCompany(country)) {
                continue;
            }
            boolean first = previousEnd < 0;
            if (first ? !leadsToList(sentence, headEnd, country.start())
                    : !sentence.continuesList(previousEnd, country.start())) {
                break;
            }
            if (!listed.contains(country.entity())) {
                listed.add(country.entity());
            }
            previousEnd = country.end();
        }
        return listed;
    }

    /**
     * Whether the words from the head to the first country lead into a list: a few words, no verb
     * but "include" ("customers which already includes the", "several militaries, including"); "these
     * customers are US allies" is no list.
     */
    private static boolean leadsToList(SentenceFacts sentence, int from, int to) {
        if (to - from > LIST_REACH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String pos = sentence.tokens.get(i).pos();
            if (pos != null && pos.startsWith("VB") && !sentence.lemma(i).equals("include")) {
                return false;
            }
        }
        return true;
    }

    /** The system named last before the head in the sentence, else the one the sentence refers back to. */
    private static Optional<Entity> systemOf(DocumentReading reading, int s, int headStart) {
        List<SentenceFacts.Placed> systems = reading.sentence(s).ofType(EntityType.SYSTEM, false);
        Optional<Entity> before = systems.stream().filter(m -> m.end() <= headStart)
                .reduce((first, second) -> second).map(SentenceFacts.Placed::entity);
        if (before.isPresent() || !systems.isEmpty()) {
            return before;
        }
        for (int back = s - 1; back >= 0 && back >= s - ANAPHOR_LOOKBACK; back--) {
            List<Entity> named = TransferCandidates.systemsNamed(reading, back);
            if (!named.isEmpty()) {
                return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The system's supplier as the document gives it: the supplier most of its stated transfers
     * name, else the country of its maker named in the document, else its origin when the
     * document names that country.
     */
    static Optional<String> supplierOf(DocumentReading reading, Entity system, List<RelationCandidate> stated) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (RelationCandidate c : stated) {
            if (c.args().ids(Role.SYSTEM).contains(system.id())) {
                c.attrs().get(Attribute.SUPPLIER_COUNTRY).ifPresent(code -> votes.merge(code, 1, Integer::sum));
            }
        }
        Optional<String> voted = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (voted.isPresent()) {
            return voted;
        }
        String maker = system.attrs().get("manufacturer");
        for (Entity company : reading.document().entities()) {
            if (company.type() == EntityType.COMPANY && company.name().equals(maker) && company.attrs().get("country") != null) {
                return Optional.of(company.attrs().get("country"));
            }
        }
        String origin = system.attrs().get("country");
        return origin != null && reading.document().countryEntity(origin).isPresent() ? Optional.of(origin) : Optional.empty();
    }
}
