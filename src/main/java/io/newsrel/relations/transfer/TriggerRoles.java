package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the sides of the countries of a trigger sentence from cues, strongest first:
 * <ol>
 *   <li>the dependency parse ({@link ParseCues}): subject, passive agent, "from", "to", possessor;</li>
 *   <li>a list continues the side of its first member ("ordered by Turkey, India and Poland");</li>
 *   <li>a possessive owning the trigger names its actor ("Morocco's order");</li>
 *   <li>prepositions: "from X" and "by X" name the supplier, "to X" and "for X" the recipient;</li>
 *   <li>a country word qualifying a company is that company's nationality, hence the supplier
 *       ("Israeli company Elbit Systems");</li>
 *   <li>the closest country before the trigger is its subject; one left over after the other side
 *       is known takes the remaining side;</li>
 *   <li>"the kingdom", "the country", a leading "It" stand for the document's focus country;
 *       a Foreign Military Sale is a sale by the United States.</li>
 * </ol>
 * These are the hand-written rules of earlier versions; the learned decision reads their verdict
 * and each country's cue as features.
 */
public final class TriggerRoles {

    private static final List<String> SUPPLIER_PREPOSITIONS = List.of("from", "by");
    private static final List<String> RECIPIENT_PREPOSITIONS = List.of("to", "for");
    private static final List<String> EXAMPLE_WORDS = List.of("including", "like", "as");
    /** Armed forces named after a country, and a capital the goods go to ("pledged to Kyiv"), stand for it. */
    private static final Set<EntityType> STAND_INS = Set.of(EntityType.MILITARY, EntityType.LOCATION);
    private static final Set<String> ANAPHORS = Set.of("kingdom", "country", "nation", "republic");
    /** Words tagged IN that open a clause rather than govern a noun ("said that the Nigerian ...", "While the Philippines"). */
    private static final Set<String> CONJUNCTIONS = Set.of("that", "while", "whether", "if", "because", "although",
            "though", "since", "as", "so", "than", "once", "unless", "until", "after", "before", "whereas");
    private static final double BASE_CONFIDENCE = 0.55;
    /** A trigger that is a noun ("acquisitions", "contract") carries less than a verb with a subject. */
    private static final double NOUN_TRIGGER_PENALTY = 0.05;

    private TriggerRoles() {
    }

    /** The sides of the sentence's countries (armed forces named after a country stand for it). */
    public static RoleReading read(SentenceFacts sentence, TransferTrigger trigger, Map<Integer, String> parsed,
                                   Optional<Entity> focus, LinkedDocument document) {
        Reading r = new Reading();
        List<SentenceFacts.Placed> countries = sentence.countriesWithStandIns(document, STAND_INS);
        assignCued(r, sentence, trigger, parsed, countries);
        r.recipientCued = !r.recipients.isEmpty();
        if (!r.recipients.isEmpty() || r.supplier != null) {
            r.confidence += 0.2;
        }
        assignLeftOver(r);
        if (r.recipients.isEmpty() && focus.isPresent() && mentionsAnaphor(sentence)
                && (r.supplier == null || !r.supplier.kbId().equals(focus.get().kbId()))) {
            r.addRecipient(focus.get(), "anaphor");
            r.confidence -= 0.1;
        }
        if (r.supplier == null && mentionsForeignMilitarySales(sentence)) {
            r.fms = true;
            r.supplierCued = true;
        }
        r.company = CompanyCues.supplierCompany(sentence, trigger, sentence.ofType(EntityType.COMPANY, false), r.recipients);
        if (r.supplier != null) {
            r.confidence += 0.1;
        }
        if (trigger.isNoun(sentence)) {
            r.confidence -= NOUN_TRIGGER_PENALTY;
        }
        return new RoleReading(r.recipients, r.supplier, r.fms, r.company, r.recipientCued, r.supplierCued,
                r.confidence, r.cues);
    }

    /** A reading being built. */
    private static final class Reading {
        final List<Entity> recipients = new ArrayList<>();
        final List<Entity> unassigned = new ArrayList<>();
        final Map<String, String> cues = new LinkedHashMap<>();
        Entity supplier;
        Entity company;
        boolean fms;
        boolean recipientCued;
        boolean supplierCued;
        double confidence = BASE_CONFIDENCE;

        void add(Side side, Entity country, String cue) {
            if (side == Side.RECIPIENT) {
                addRecipient(country, cue);
            } else if (supplier == null) {
                supplier = country;
                cues.putIfAbsent(country.kbId(), cue);
            }
        }

        void addRecipient(Entity country, String cue) {
            if (!isRecipient(country)) {
                recipients.add(country);
                cues.putIfAbsent(country.kbId(), cue);
            }
        }

        boolean isRecipient(Entity country) {
            return recipients.stream().anyMatch(r -> r.kbId().equals(country.kbId()));
        }
    }

    private static void assignCued(Reading r, SentenceFacts sentence, TransferTrigger trigger,
                                   Map<Integer, String> parsed, List<SentenceFacts.Placed> countries) {
        boolean passive = trigger.isPassive(sentence);
        List<SentenceFacts.Placed> companies = sentence.ofType(EntityType.COMPANY, false);
        boolean parsedSubject = countries.stream().map(c -> ParseCues.cueOf(parsed, c))
                .anyMatch(c -> c != null && !c.equals("supplier") && !c.equals("recipient"));
        SentenceFacts.Placed subject = null;
        SentenceFacts.Placed maker = null;
        Side previous = null;
        int previousEnd = -1;
        for (SentenceFacts.Placed country : countries) {
            if (BackgroundMentions.isDesign(sentence, country)) {
                // "built for the South Korean Navy based on the German HDW Type 209 design" (dev
                // g074): the country of a design the system descends from takes no side
                previous = null;
                previousEnd = country.end();
                continue;
            }
            String before = sentence.wordBefore(country);
            String cue = ParseCues.cueOf(parsed, country);
            Side side;
            String why;
            Side parsedSide = cue == null ? null : sideOfCue(cue, trigger);
            if (parsedSide != null) {
                side = parsedSide;
                why = "parse:" + cue;
                r.supplierCued |= side == Side.SUPPLIER && r.supplier == null;
            } else if (previous != null && sentence.continuesList(previousEnd, country.start())) {
                side = previous;
                why = "list";
            } else if (sentence.isPossessive(country) && ownsTrigger(sentence, country, trigger)) {
                side = trigger.actorSide();
                why = "possessive";
            } else if (before.equals("by") && GoverningWords.madeBy(sentence, country)) {
                // "with the aircraft manufactured by Brazil's Embraer" (g053), "built by the Finnish
                // company Patria" (g179): the maker supplies, whatever the voice of the trigger
                side = Side.SUPPLIER;
                why = "maker-by";
                r.supplierCued |= r.supplier == null;
            } else if (before.equals("by") && GoverningWords.agentOfAnotherWord(sentence, country)) {
                // "sales of Silkworm missiles, which have been used by Iran against U.S. shipping"
                // (dev g157), "an attempt by Jordan to modernize its air force" (g028): the user or
                // the one who tries is no party the trigger gives a side
                previous = null;
                previousEnd = country.end();
                continue;
            } else if (before.equals("by") && passive) {
                side = trigger.subject().orElse(Side.SUPPLIER);
                why = "passive-by";
            } else if (SUPPLIER_PREPOSITIONS.contains(before)) {
                side = Side.SUPPLIER;
                why = "prep:" + before;
                r.supplierCued |= r.supplier == null;
            } else if (before.equals("for") && GoverningWords.judgesParty(sentence, country)) {
                // "an important victory for Taiwan and a defeat for China", "a setback for France"
                // (dev g047), "a triumph for a lobbying campaign" (g063): who wins or loses by a deal
                // is no recipient of it
                previous = null;
                previousEnd = country.end();
                continue;
            } else if (RECIPIENT_PREPOSITIONS.contains(before)
                    || EXAMPLE_WORDS.contains(before) && trigger.subject().equals(Optional.of(Side.RECIPIENT))) {
                // "to Egypt"; "CH-4 operators including Egypt, Iraq and Jordan"
                side = Side.RECIPIENT;
                why = "prep:" + before;
            } else if (suppliedWith(sentence, country, trigger)) {
                side = Side.RECIPIENT;
                why = "object-with";
            } else if (CompanyCues.qualifiesCompany(sentence, country, companies)) {
                side = Side.SUPPLIER;
                why = "company-nationality";
                r.supplierCued |= r.supplier == null;
            } else if (CompanyCues.qualifiesCompanyNoun(sentence, country)) {
                // "the Swedish manufacturer": the seller's nationality, unless another is read
                side = null;
                why = null;
                if (maker == null) {
                    maker = country;
                }
            } else if (passive && country.start() >= trigger.end()
                    && trigger.subject().equals(Optional.of(Side.RECIPIENT))) {
                // "have been ordered by nine countries -- Turkey, India, Poland"
                side = Side.RECIPIENT;
                why = "passive-after";
            } else {
                side = null;
                why = null;
                if (country.end() <= trigger.start() && objectOfPreposition(sentence, country)) {
                    // "U.S. policy toward China, Bush decided to clear the sale": a country a
                    // preposition governs before the trigger is neither its subject nor a party
                    // left over; the system's origin fills the supplier left empty
                    previous = null;
                    previousEnd = country.end();
                    continue;
                } else if (country.end() <= trigger.start() && !parsedSubject) {
                    // the closest country before the trigger is its subject; for a noun ("entered
                    // an agreement for 48 Kaan") the party that enters a deal is the buyer
                    subject = country;
                } else {
                    r.unassigned.add(country.entity());
                }
            }
            if (side != null) {
                r.add(side, country.entity(), why);
            }
            previous = side;
            previousEnd = country.end();
        }
        if (subject != null) {
            Side side = trigger.subject().isEmpty() ? Side.RECIPIENT
                    : passive ? trigger.actorSide().opposite() : trigger.actorSide();
            // The subject of a verb says who acts: "The United States donated 12 Bastion".
            r.supplierCued |= side == Side.SUPPLIER && !trigger.isNoun(sentence) && r.supplier == null;
            r.add(side, subject.entity(), "position:before-trigger");
        }
        if (maker != null && r.supplier == null && !r.isRecipient(maker.entity())) {
            // not a cue: a deal naming no system needs both sides cued, and "U.S. firms lobby for
            // Dutch helicopter order" or "Malaysian firm wins U.S. jet service contract"
            // (Reuters-21578) are none
            r.add(Side.SUPPLIER, maker.entity(), "company-noun-nationality");
        }
    }

    /**
     * Whether a preposition governs the country ("U.S. policy toward China", "a deal with Russia"):
     * a prepositional object is no subject of the trigger.
     */
    static boolean objectOfPreposition(SentenceFacts sentence, SentenceFacts.Placed country) {
        int i = country.start() - 1;
        while (i >= 0 && sentence.isDeterminerOrAdjective(i)) {
            i--;
        }
        String pos = i < 0 ? null : sentence.tokens.get(i).pos();
        return ("IN".equals(pos) || "TO".equals(pos)) && !CONJUNCTIONS.contains(sentence.lemma(i));
    }

    /** How far after a supply verb its object may start ("provide the Philippines with"). */
    private static final int OBJECT_REACH = 1;
    /** How many words may stand between the object country and "with" ("Sri Lanka 's air force with"). */
    private static final int WITH_REACH = 4;

    /**
     * "provide Sri Lanka's air force with four Antonov An-32" (dev g166), "provide Vietnam with 20
     * K9 howitzers" (g079), "provided Ukraine with eight Zetros" (g102), "provide Poland with
     * ... air-defence capabilities" (g128): the object of a verb of supplying followed by "with"
     * is the recipient, also when it only owns the object (its armed force).
     */
    static boolean suppliedWith(SentenceFacts sentence, SentenceFacts.Placed country, TransferTrigger trigger) {
        if (!trigger.subject().equals(Optional.of(Side.SUPPLIER)) || trigger.isNoun(sentence)
                || country.start() < trigger.end() || country.start() - trigger.end() > OBJECT_REACH) {
            return false;
        }
        for (int i = country.end(); i < sentence.tokens.size() && i - country.end() <= WITH_REACH; i++) {
            String pos = String.valueOf(sentence.tokens.get(i).pos());
            if (sentence.lemma(i).equals("with")) {
                return true;
            }
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    /** A country no cue placed takes the side still empty. */
    private static void assignLeftOver(Reading r) {
        for (Entity e : r.unassigned) {
            if (r.recipients.isEmpty() && r.supplier != null && !e.kbId().equals(r.supplier.kbId())) {
                r.addRecipient(e, "left-over");
            } else if (r.supplier == null && !r.recipients.isEmpty() && !r.isRecipient(e)) {
                r.supplier = e;
                r.cues.putIfAbsent(e.kbId(), "left-over");
            }
        }
    }

    /** The side a parse cue gives, or null. */
    private static Side sideOfCue(String cue, TransferTrigger trigger) {
        return switch (cue) {
            case "subject", "agent", "possessor" -> trigger.actorSide();
            case "patient" -> trigger.subject().map(Side::opposite).orElse(null);
            case "supplier" -> Side.SUPPLIER;
            case "recipient" -> Side.RECIPIENT;
            default -> null;
        };
    }

    /** "Morocco's order": the possessive governs the trigger (adjectives may stand between). */
    private static boolean ownsTrigger(SentenceFacts sentence, SentenceFacts.Placed country, TransferTrigger trigger) {
        int i = country.end() + 1;
        while (i < trigger.start() && sentence.isDeterminerOrAdjective(i)) {
            i++;
        }
        return i == trigger.start();
    }

    static boolean mentionsForeignMilitarySales(SentenceFacts sentence) {
        for (int i = 0; i < sentence.tokens.size(); i++) {
            String w = sentence.tokens.get(i).text();
            if (w.equals("FMS") || w.equals("Foreign") && i + 2 < sentence.tokens.size()
                    && sentence.tokens.get(i + 1).text().equals("Military")
                    && sentence.tokens.get(i + 2).text().startsWith("Sale")) {
                return true;
            }
        }
        return false;
    }

    static boolean mentionsAnaphor(SentenceFacts sentence) {
        if (!sentence.tokens.isEmpty() && sentence.tokens.get(0).text().equals("It")) {
            return true;
        }
        for (int i = 1; i < sentence.tokens.size(); i++) {
            if (sentence.lemma(i - 1).equals("the") && ANAPHORS.contains(sentence.lemma(i))) {
                return true;
            }
        }
        return false;
    }
}
