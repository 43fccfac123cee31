package io.newsrel.relations;

import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * COOPERATION_AGREEMENT: two or more countries sign or adopt a defence or security cooperation
 * agreement, plan or MoU. A sentence qualifies with a phrase from
 * {@code models/relations/cooperation-triggers.tsv} and, for the bare words "agreement", "accord"
 * and "pact", a defence word nearby; its parties are the countries it names (countries inside
 * compounds such as "Israel-Morocco" count), or the document's two countries when it says "the
 * two countries".
 */
public final class CooperationExtractor implements RelationExtractor {

    static final String RULE = "cooperation.trigger_parties";
    /** Triggers that name any kind of agreement, so need a defence word and no trade around them. */
    private static final Set<String> BARE = Set.of("agreement", "accord", "pact", "plan");
    /** The kind of memoranda, which also prepare purchases (g110, g154). */
    private static final String MEMORANDUM = "MoU";
    /**
     * Words that make a bare agreement a defence one. "Cooperation" alone is not among them: "a new
     * era in Franco-American cooperation" is an AIDS research agreement (reuters-11487), trade and
     * science pacts cooperate too.
     */
    private static final Set<String> DEFENCE = Set.of("defence", "defense", "military", "security", "strategic", "arms");
    /**
     * Words after which a defence word names an official, not the agreement: "U.S. defense officials
     * said Congress could approve the plan" (reuters-19979), "Defence Secretary", "Defence Minister".
     */
    private static final Set<String> TITLES = Set.of("official", "officer", "secretary", "minister", "ministry",
            "department", "spokesman", "spokeswoman", "source", "chief");

    private final PhraseLexicon triggers;
    private final SentenceNeeds needs;

    public CooperationExtractor(PhraseLexicon triggers) {
        this.triggers = triggers;
        // A trigger and two parties: countries, or "the two countries"; a year may stand next to it.
        SentenceSelector parties = SentenceSelector.withEntity(Set.of(EntityType.COUNTRY))
                .or(SentenceSelector.withWordOrLemmaIn(List.of("two")));
        this.needs = SentenceNeeds.of(requires(), triggers.sentencesWithAPhrase().and(parties).withNeighbours(1));
    }

    @Override
    public SentenceNeeds sentenceNeeds() {
        return needs;
    }

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.ENTITIES, Capability.LEMMAS, Capability.POS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = document.facts(s);
            int index = s;
            Optional<PhraseLexicon.Found> trigger = triggers.find(sentence.tokens).stream()
                    .filter(f -> accepted(document, index, f))
                    .findFirst();
            if (trigger.isEmpty()) {
                continue;
            }
            List<SentenceFacts.Placed> countries = sentence.ofType(EntityType.COUNTRY, true).stream()
                    .filter(c -> !sentence.qualifiesCompany(c)).toList();
            List<List<SentenceFacts.Placed>> pairs = CooperationCues.bilaterals(sentence, trigger.get(), countries);
            if (!pairs.isEmpty()) {
                for (List<SentenceFacts.Placed> pair : pairs) {
                    Map<String, Entity> parties = new TreeMap<>();
                    pair.forEach(c -> parties.put(c.entity().kbId(), c.entity()));
                    add(document, s, sentence, trigger.get(), parties, 0.7, found);
                }
                continue;
            }
            Map<String, Entity> parties = new TreeMap<>();
            for (SentenceFacts.Placed country : countries) {
                parties.put(country.entity().kbId(), country.entity());
            }
            double confidence = 0.7;
            if (parties.isEmpty() && saysTwoCountries(sentence)) {
                document.entities().stream().filter(e -> e.type() == EntityType.COUNTRY)
                        .sorted((a, b) -> b.mentions().size() - a.mentions().size()).limit(2)
                        .forEach(e -> parties.put(e.kbId(), e));
                confidence = 0.5;
            } else if (parties.size() == 1 && saysTwoCountries(sentence)) {
                // "his Tajik counterpart ... between the two countries": the named party's partner
                CooperationCues.otherParty(document, s, parties.keySet().iterator().next())
                        .ifPresent(e -> parties.put(e.kbId(), e));
                confidence = 0.5;
            } else if (parties.size() == 1 && !BARE.contains(trigger.get().phrase().text())
                    && CooperationCues.isSigning(sentence)) {
                CooperationCues.otherParty(document, s, parties.keySet().iterator().next())
                        .ifPresent(e -> parties.put(e.kbId(), e));
                confidence = 0.5;
            }
            if (parties.size() >= 2) {
                add(document, s, sentence, trigger.get(), parties, confidence, found);
            }
        }
        return found;
    }

    private static void add(LinkedDocument document, int s, SentenceFacts sentence, PhraseLexicon.Found trigger,
                            Map<String, Entity> parties, double confidence, List<RelationCandidate> found) {
        Arguments args = Arguments.builder()
                .set(Role.PARTIES, parties.values().stream().map(Entity::id).toList()).build();
        Attributes.Builder attrs = Attributes.builder()
                .put(Attribute.KIND, trigger.phrase().column(0))
                .put(Attribute.PARTY_COUNTRIES, List.copyOf(parties.keySet()));
        DealAttributes.addValueAndDate(sentence, document, attrs, false);
        found.add(new RelationCandidate(RelationType.COOPERATION_AGREEMENT, String.join("+", parties.keySet()),
                args, attrs.build(), confidence, List.of(document.evidence(s)), RULE));
    }

    /**
     * Whether a trigger names a defence cooperation here: a bare word must pass
     * {@link #bareAgreement}, a bare "plan" must also be signed ("signed ... a plan for joint
     * U.S.-Ukrainian military activities"), and a memorandum must not prepare a purchase.
     */
    private static boolean accepted(LinkedDocument document, int s, PhraseLexicon.Found trigger) {
        SentenceFacts sentence = document.facts(s);
        String text = trigger.phrase().text();
        if (BARE.contains(text)) {
            return bareAgreement(document, s, trigger) && (!text.equals("plan") || CooperationCues.isSigning(sentence));
        }
        return !trigger.phrase().column(0).equals(MEMORANDUM) || !CooperationCues.isProcurement(sentence);
    }

    /**
     * A bare "agreement", "accord", "pact" or "plan" is a defence cooperation only as a noun ("according
     * to" is not an accord), with a defence word near, and away from sentences that buy or sell:
     * "this landmark agreement between the UK and Poland" next to "this £1.9bn deal" is the
     * deal (g128; the contract of g176 likewise).
     */
    private static boolean bareAgreement(LinkedDocument document, int s, PhraseLexicon.Found trigger) {
        SentenceFacts sentence = document.facts(s);
        String tag = sentence.tokens.get(trigger.end() - 1).pos();
        if (tag == null || !tag.startsWith("NN") || !defenceNear(sentence)) {
            return false;
        }
        for (int near = Math.max(0, s - 1); near <= Math.min(document.sentences().size() - 1, s + 1); near++) {
            if (CooperationCues.isProcurement(document.facts(near))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence holds a defence word that speaks of the agreement, not of who talks about
     * it: one before a title ({@link #TITLES}) does not count.
     */
    static boolean defenceNear(SentenceFacts sentence) {
        for (int i = 0; i < sentence.tokens.size(); i++) {
            if (DEFENCE.contains(sentence.lemma(i).toLowerCase(java.util.Locale.ROOT))
                    && !(i + 1 < sentence.tokens.size() && TITLES.contains(sentence.lemma(i + 1).toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysTwoCountries(SentenceFacts sentence) {
        for (int i = 2; i < sentence.tokens.size(); i++) {
            if (sentence.lemma(i - 2).equals("the") && sentence.lemma(i - 1).equals("two")
                    && sentence.lemma(i).startsWith("countr")) {
                return true;
            }
        }
        return false;
    }
}
