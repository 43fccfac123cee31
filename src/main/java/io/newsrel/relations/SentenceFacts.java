package io.newsrel.relations;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One sentence as the relation rules read it: its tokens and its entity mentions with the token
 * positions they occupy.
 */
public final class SentenceFacts {

    /** A mention placed on tokens [start, end). */
    public record Placed(Entity entity, int start, int end, boolean nested) {
        public EntityType type() {
            return entity.type();
        }
    }

    public final int index;
    public final List<Token> tokens;
    public final List<Placed> mentions;

    SentenceFacts(LinkedDocument document, int index) {
        this.index = index;
        this.tokens = document.sentences().get(index).tokens();
        List<Placed> placed = new ArrayList<>();
        for (LinkedDocument.EntityMention m : document.mentions(index)) {
            int start = document.tokenAt(index, m.mention().start());
            int end = document.tokenEnd(index, m.mention().end());
            if (start >= 0 && end > start) {
                placed.add(new Placed(m.entity(), start, end, m.mention().nested()));
            }
        }
        this.mentions = List.copyOf(placed);
    }

    /**
     * The preposition after which a capital city is the party goods go to, standing for its state
     * ("pledged to Kyiv", "deliver an air-defence system to Warsaw"), not a place. "From" and "by"
     * are left out: "purchase the missiles from Beijing" names the seller of one deal of a
     * sentence that may state others, and would outweigh the origin of their systems.
     */
    private static final String CAPITAL_PARTY_PREPOSITION = "to";

    /**
     * The sentence's countries, and mentions of the given kinds of body named after a country
     * (attr {@code country}: "the Kenya Defense Force", "Azerbaijan Defense Industry Ministry")
     * standing for that country, in text order; nested mentions left out. With LOCATION among the
     * kinds, a capital city after "to" stands for its state (attr {@code capitalOf}).
     */
    public List<Placed> countriesWithStandIns(LinkedDocument document, java.util.Set<EntityType> bodies) {
        List<Placed> list = new ArrayList<>();
        for (Placed m : mentions) {
            if (m.nested()) {
                continue;
            }
            if (m.type() == EntityType.COUNTRY) {
                list.add(m);
            } else if (bodies.contains(m.type()) && m.entity().attrs().containsKey("country")) {
                document.countryEntity(m.entity().attrs().get("country"))
                        .ifPresent(c -> list.add(new Placed(c, m.start(), m.end(), false)));
            } else if (bodies.contains(EntityType.LOCATION) && m.type() == EntityType.LOCATION
                    && m.entity().attrs().containsKey("capitalOf")
                    && m.start() > 0 && CAPITAL_PARTY_PREPOSITION.equals(lemma(m.start() - 1))) {
                document.countryEntity(m.entity().attrs().get("capitalOf"))
                        .ifPresent(c -> list.add(new Placed(c, m.start(), m.end(), false)));
            }
        }
        return list;
    }

    /** Nouns naming a company, which a country word before them qualifies. */
    private static final java.util.Set<String> COMPANY_NOUNS = java.util.Set.of("company", "firm", "shipbuilder",
            "manufacturer", "maker", "contractor", "corporation", "producer", "developer", "group", "shipyard",
            "supplier", "start-up", "startup");
    /** How many words a qualifier may stand before its company noun ("Indian defence technology firm"). */
    private static final int QUALIFIER_REACH = 3;

    /**
     * Whether a country mention qualifies a company, naming its nationality rather than a party or
     * a place: a company noun follows it closely ("French company CYGR", "South Korean shipbuilder")
     * or a company's name does, possessive or not ("France's Airbus", "Israeli Aeronautics").
     */
    public boolean qualifiesCompany(Placed country) {
        int end = Math.min(tokens.size(), country.end() + QUALIFIER_REACH);
        for (int i = country.end(); i < end; i++) {
            if (COMPANY_NOUNS.contains(lemma(i))) {
                return true;
            }
        }
        for (Placed company : ofType(EntityType.COMPANY, false)) {
            if (company.start() >= country.end() && company.start() <= country.end() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is a noun naming a company ("firm", "manufacturer", "shipyard"). */
    public boolean isCompanyNoun(int i) {
        return COMPANY_NOUNS.contains(lemma(i));
    }

    public List<Placed> ofType(EntityType type, boolean withNested) {
        return mentions.stream().filter(m -> m.type() == type && (withNested || !m.nested())).toList();
    }

    public String lemma(int i) {
        Token token = tokens.get(i);
        return (token.lemma() != null ? token.lemma() : token.text()).toLowerCase(Locale.ROOT);
    }

    public boolean isDeterminerOrAdjective(int i) {
        String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP$");
    }

    /** The word before a mention, skipping determiners and adjectives ("from the United States"). */
    public String wordBefore(Placed m) {
        int i = m.start() - 1;
        while (i >= 0 && isDeterminerOrAdjective(i)) {
            i--;
        }
        return i < 0 ? "" : lemma(i);
    }

    /**
     * Whether the mention ends a dateline ("GABORONE, Botswana — The United States ..."): a dash
     * follows it within the sentence's first words. It says where the story was filed, not what
     * happened there.
     */
    public boolean isDateline(Placed m) {
        return m.end() < tokens.size() && m.end() <= DATELINE_REACH && tokens.get(m.end()).text().matches("[—–-]+");
    }

    /** How many words a dateline may take before its dash. */
    private static final int DATELINE_REACH = 6;

    /** Whether the mention is followed by a possessive ("Morocco's order"). */
    public boolean isPossessive(Placed m) {
        return m.end() < tokens.size() && tokens.get(m.end()).text().matches("['\u2019]s?");
    }

    /** "Turkey, India and Poland": only commas, "and" or "the" between two mentions. */
    public boolean continuesList(int previousEnd, int start) {
        if (start <= previousEnd) {
            return false;
        }
        for (int i = previousEnd; i < start; i++) {
            String w = tokens.get(i).text();
            if (!(w.equals(",") || w.equals("and") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    /** The first index at or after {@code from} whose lemma is one of {@code words}. */
    public OptionalInt find(int from, List<String> words) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (words.contains(lemma(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
