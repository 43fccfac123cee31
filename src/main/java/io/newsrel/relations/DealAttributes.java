package io.newsrel.relations;

import io.newsrel.entities.Lexicon;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import java.util.Locale;
import java.util.Optional;

/** The attributes of a deal read from its sentence: quantity, value, year or date. */
public final class DealAttributes {

    private DealAttributes() {
    }

    /** The words naming the kind of system when no system is named: "air defense systems". */
    public static String categoryPhrase(SentenceFacts sentence, Lexicon categories) {
        for (int i = 0; i < sentence.tokens.size(); i++) {
            if (categories.matches(sentence.tokens.get(i))) {
                int start = i;
                while (start > 0 && (sentence.isDeterminerOrAdjective(start - 1)
                        || "NN".equals(sentence.tokens.get(start - 1).pos())) && !"DT".equals(sentence.tokens.get(start - 1).pos())) {
                    start--;
                }
                StringBuilder phrase = new StringBuilder();
                for (int k = start; k <= i; k++) {
                    phrase.append(k > start ? " " : "").append(sentence.tokens.get(k).text());
                }
                return phrase.toString().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * Whether a date mention gives a deal's year: it writes the year out ("in 2022", "April 2024";
     * not "Tuesday", which only the publication date resolves), is not the start of a span
     * ("since 2001") and is not a page's leading "date 2022-03-11" marker. A "year" before
     * {@value #FIRST_DEAL_YEAR} is the number of a designation the date tagger read as one ("three
     * Class 209 Type 1400 MOD submarines", dev g147), no year of the news.
     */
    public static boolean statesYear(SentenceFacts sentence, SentenceFacts.Placed date) {
        if (!date.entity().name().matches("\\d{4}.*")
                || Integer.parseInt(date.entity().name().substring(0, 4)) < FIRST_DEAL_YEAR) {
            return false;
        }
        boolean written = false;
        for (int i = date.start(); i < date.end(); i++) {
            written |= sentence.tokens.get(i).text().matches(".*\\d{4}.*");
        }
        boolean since = date.start() > 0 && sentence.lemma(date.start() - 1).equals("since");
        // pages put a " date 2022-03-11 " marker before the text: the publication, not a deal
        boolean pageMarker = date.start() == 1 && sentence.lemma(0).equals("date");
        return written && !since && !pageMarker;
    }

    /** The first year a deal of the news may be dated (arms deals of the modern era). */
    static final int FIRST_DEAL_YEAR = 1900;

    /** Verbs of a deal's steps: a year after one ("signed in 2011") dates the deal. */
    private static final java.util.Set<String> DEAL_STEP_VERBS = java.util.Set.of("sign", "order", "ink", "contract",
            "award", "select", "approve", "buy", "purchase", "acquire", "agree", "conclude");
    /** Nouns a year may qualify that name the deal itself ("a 2022 contract"). */
    private static final java.util.Set<String> DEAL_NOUNS = java.util.Set.of("contract", "deal", "agreement", "order");
    /** How far back the verb governing a date is looked for. */
    private static final int VERB_REACH = 10;

    /**
     * Whether a date dates a step of a deal: the nearest verb before it is one of signing, ordering
     * or buying ("signed in 2011", "ordered in March 2022") or it qualifies the contract ("a 2022
     * contract"). A neighbour sentence's year that dates something else ("arrived in 2012",
     * "decommissioned in 2015", "performed during the 2021 show") is another event's.
     */
    public static boolean datesDealStep(SentenceFacts sentence, SentenceFacts.Placed date) {
        if (date.end() < sentence.tokens.size() && DEAL_NOUNS.contains(sentence.lemma(date.end()))) {
            return true;
        }
        for (int i = date.start() - 1; i >= Math.max(0, date.start() - VERB_REACH); i--) {
            if (String.valueOf(sentence.tokens.get(i).pos()).startsWith("VB")) {
                return DEAL_STEP_VERBS.contains(sentence.lemma(i));
            }
        }
        return false;
    }

    /**
     * Whether a country outside a deal's buyer and supplier stands shortly before a date: the date is
     * that country's deal's ("Norway ordered five such aircraft in 2017", next to Canada's P-8A order,
     * dev g108; "when Peru bought seventeen surplus MiG-29s from Belarus in 1996", a Russian deal's
     * lead, g165; "Qatar, which has bought 36 of the planes, and Egypt which ordered 24 in 2015", g135).
     */
    static boolean outsiderDates(SentenceFacts sentence, SentenceFacts.Placed date, Attributes.Builder deal) {
        java.util.Set<String> parties = new java.util.HashSet<>();
        deal.get(Attribute.RECIPIENT_COUNTRY).ifPresent(parties::add);
        deal.get(Attribute.SUPPLIER_COUNTRY).ifPresent(parties::add);
        return !parties.isEmpty() && sentence.mentions.stream().anyMatch(m -> m.type() == EntityType.COUNTRY
                && m.entity().kbId() != null && !parties.contains(m.entity().kbId())
                && m.end() <= date.start() && m.start() >= date.start() - VERB_REACH);
    }

    /** Words of a sentence that states a deal between two countries ("Morocco signed deals with the US in 2020"). */
    private static final int LEAD_SENTENCES = 3;
    private static final java.util.Set<String> DEAL_SENTENCE_WORDS =
            java.util.Set.of("sign", "order", "buy", "purchase", "contract", "deal", "agreement", "approve", "award");

    /**
     * With no year in or next to the evidence, the year of a headline or lead sentence (the first
     * {@value #LEAD_SENTENCES}, where news states its deal; later ones recall older treaties and
     * purchases) that names both countries and a deal ("Morocco signed new deals with US in 2020", then "It also
     * purchased 24 Apache helicopters"), marked {@code yearFrom}. The first such sentence wins.
     */
    public static void addYearOfDealSentence(LinkedDocument document, Attributes.Builder attrs, String recipient,
                                      String supplier) {
        if (attrs.has(Attribute.YEAR) || recipient == null || supplier == null) {
            return;
        }
        for (int s = 0; s < Math.min(LEAD_SENTENCES, document.sentences().size()); s++) {
            SentenceFacts facts = document.facts(s);
            java.util.Set<String> countries = new java.util.HashSet<>();
            facts.ofType(EntityType.COUNTRY, true).forEach(m -> countries.add(m.entity().kbId()));
            boolean deal = false;
            for (int i = 0; i < facts.tokens.size() && !deal; i++) {
                deal = DEAL_SENTENCE_WORDS.contains(facts.lemma(i));
            }
            if (!deal || !countries.contains(recipient) || !countries.contains(supplier)) {
                continue;
            }
            for (SentenceFacts.Placed m : facts.mentions) {
                if (m.type() == EntityType.DATE && statesYear(facts, m) && !outsiderDates(facts, m, attrs)) {
                    attrs.put(Attribute.YEAR, Integer.parseInt(m.entity().name().substring(0, 4)));
                    attrs.put(Attribute.YEAR_FROM, "deal sentence");
                    return;
                }
            }
        }
    }

    /**
     * Value from the sentence's money (when {@code withValue}: only deals have one); year from its first date with a year, else from the sentence
     * before or after it (for a deal, only when it dates a step of the deal, {@link #datesDealStep}; marked {@code yearFrom}); with no date near, the publication date is
     * recorded as {@code documentDate}, never as the deal's year.
     */
    public static void addValueAndDate(SentenceFacts sentence, LinkedDocument document, Attributes.Builder attrs,
                                boolean withValue) {
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (withValue && !attrs.has(Attribute.VALUE)) {
                DealPricing.money(m).ifPresent(value -> attrs.put(Attribute.VALUE, value));
            }
            if (m.type() == EntityType.DATE && !attrs.has(Attribute.YEAR) && statesYear(sentence, m)
                    && !(withValue && outsiderDates(sentence, m, attrs))) {
                attrs.put(Attribute.YEAR, Integer.parseInt(m.entity().name().substring(0, 4)));
                if (m.entity().name().length() > 4) {
                    attrs.put(Attribute.DATE, m.entity().name());
                }
            }
        }
        for (int near : new int[] {sentence.index - 1, sentence.index + 1}) {
            if (withValue && !attrs.has(Attribute.VALUE) && near >= 0 && near < document.sentences().size()) {
                // "Nigeria bought 12 Super Tucanos. The deal is worth nearly $500 million."
                DealPricing.price(document.facts(near)).ifPresent(value -> attrs.put(Attribute.VALUE, value)
                        .put(Attribute.VALUE_FROM, "adjacent sentence"));
            }
            if (!attrs.has(Attribute.YEAR) && near >= 0 && near < document.sentences().size()) {
                SentenceFacts neighbour = document.facts(near);
                for (SentenceFacts.Placed m : neighbour.mentions) {
                    if (m.type() == EntityType.DATE && !attrs.has(Attribute.YEAR) && statesYear(neighbour, m)
                            && (!withValue || datesDealStep(neighbour, m) && !outsiderDates(neighbour, m, attrs))) {
                        attrs.put(Attribute.YEAR, Integer.parseInt(m.entity().name().substring(0, 4)));
                        attrs.put(Attribute.YEAR_FROM, "adjacent sentence");
                    }
                }
            }
        }
        if (!attrs.has(Attribute.YEAR)) {
            document.text().document().publicationDate().ifPresent(d -> attrs.put(Attribute.DOCUMENT_DATE, d.toString()));
        }
    }
}
