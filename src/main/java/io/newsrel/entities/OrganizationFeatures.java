package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the organisation classifier reads about an organisation span: one feature class for
 * training ({@code newsrel train organizations}) and for the pipeline, so the two cannot drift.
 * <ul>
 *   <li>the name: its words, head (last word) and first word, each also by the lexicon it belongs
 *       to (a head noun of armed forces, state bodies, media or associations, a company cue, a
 *       generic word), a legal form, an acronym, its length, a leading country word;</li>
 *   <li>the head-noun rules' verdict ({@link OrganizationClassifier});</li>
 *   <li>the words around it: two before and two after (lemmas), a describing noun before
 *       ("manufacturer", "shipbuilder", "company"), "-built"/"-made" after, "contract with",
 *       "by", "from" before, "of &lt;country&gt;" after;</li>
 *   <li>the gazetteers: whether the span, its first word or a word of it names a known company,
 *       whether it names a system;</li>
 *   <li>its sentence: a headline (most words capitalised), the first sentence, in quotes, a
 *       defence word.</li>
 * </ul>
 */
public final class OrganizationFeatures {

    private static final Set<String> ASSOCIATION_HEADS = Set.of("association", "confederation", "federation",
            "society", "chamber", "club", "foundation", "university", "college", "school", "bank", "fund",
            "forum", "conference", "exhibition", "agreement", "treaty", "party", "consortium", "alliance", "union");
    private static final Set<String> DESCRIBING = Set.of("company", "firm", "manufacturer", "maker", "contractor",
            "producer", "supplier", "shipbuilder", "shipyard", "conglomerate", "corporation", "startup", "subsidiary",
            "group", "giant", "builder", "vendor", "holding", "developer", "designer", "consortium", "venture");
    private static final Set<String> LEGAL = Set.of("ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.",
            "corporation", "co", "co.", "plc", "gmbh", "ag", "sa", "s.a.", "llc", "jsc", "pjsc", "pvt", "pvt.", "ab",
            "spa", "s.p.a.", "nv", "bv", "pty", "s.a.c.");
    private static final double HEADLINE_SHARE = 0.6;
    /** The describing nouns the rules have always read (a subset of {@link #DESCRIBING}). */
    private static final Set<String> RULE_DESCRIBING = Set.of("company", "firm", "manufacturer", "maker",
            "contractor", "producer", "supplier", "shipbuilder", "shipyard", "conglomerate", "corporation", "startup");

    private final CountryGazetteer countries;
    private final GazetteerMatcher gazetteer;
    private final Lexicon generic;
    private final Lexicon defenceWords;
    private final OrganizationClassifier rules;

    public OrganizationFeatures(CountryGazetteer countries, GazetteerMatcher gazetteer, Lexicon generic,
                                Lexicon defenceWords, OrganizationClassifier rules) {
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.generic = generic;
        this.defenceWords = defenceWords;
        this.rules = rules;
    }

    /** The features of the shipped lexicons over these gazetteers. */
    public static OrganizationFeatures shipped(CountryGazetteer countries, List<GazetteerEntry> entries) {
        return new OrganizationFeatures(countries, new GazetteerMatcher(entries),
                Lexicon.resource(OrganizationSpans.GENERIC_WORDS),
                Lexicon.resource(EntityFinders.DEFENCE_WORDS).union(Lexicon.resource(EntityFinders.CATEGORY_WORDS)),
                new OrganizationClassifier());
    }

    /**
     * The verdict of the rules alone, used when no model is: the head-noun rules
     * ({@link OrganizationClassifier}), and a name the rules leave unsorted is a company when the
     * word before it says so ("the Israeli company Aeronautics", "drone maker Baykar").
     */
    public EntityType ruleType(OrganizationSpans.Span span, AnnotatedText text) {
        EntityType type = rules.classify(span.text(text));
        int before = span.tokens().start() - 1;
        if (type == EntityType.ORGANIZATION && before >= 0
                && RULE_DESCRIBING.contains(lemma(text.sentences().get(span.sentence()).tokens().get(before)))) {
            return EntityType.COMPANY;
        }
        return type;
    }

    public String[] of(OrganizationSpans.Span span, AnnotatedText text) {
        Sentence sentence = text.sentences().get(span.sentence());
        List<Token> tokens = sentence.tokens();
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("rule=" + rules.classify(span.text(text)));
        nameFeatures(tokens, span, f);
        contextFeatures(tokens, span, f);
        gazetteerFeatures(tokens, span, f);
        sentenceFeatures(sentence, span, f);
        return f.toArray(String[]::new);
    }

    private void nameFeatures(List<Token> tokens, OrganizationSpans.Span span, List<String> f) {
        int start = span.tokens().start();
        int end = span.tokens().end();
        boolean allGeneric = true;
        for (int i = start; i < end; i++) {
            String w = lower(tokens.get(i));
            f.add("w=" + w);
            f.add("wclass=" + wordClass(tokens.get(i).text()));
            allGeneric &= generic.contains(w) || w.equals("of") || w.equals("and") || w.equals("&");
        }
        String head = lower(tokens.get(end - 1));
        String first = lower(tokens.get(start));
        f.add("head=" + head);
        f.add("headclass=" + wordClass(tokens.get(end - 1).text()));
        f.add("first=" + first);
        f.add("firstclass=" + wordClass(tokens.get(start).text()));
        f.add("len=" + Math.min(end - start, 4));
        f.add("generic=" + allGeneric);
        String surface = tokens.get(start).text();
        if (end - start == 1 && surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT))) {
            f.add("acronym");
        }
        if (countries.countryWord(tokens.get(start).text()).isPresent()) {
            f.add("countryfirst");
        }
    }

    private void contextFeatures(List<Token> tokens, OrganizationSpans.Span span, List<String> f) {
        int start = span.tokens().start();
        int end = span.tokens().end();
        String p1 = start > 0 ? lemma(tokens.get(start - 1)) : "<s>";
        String p2 = start > 1 ? lemma(tokens.get(start - 2)) : "<s>";
        String n1 = end < tokens.size() ? lemma(tokens.get(end)) : "</s>";
        String n2 = end + 1 < tokens.size() ? lemma(tokens.get(end + 1)) : "</s>";
        f.add("p1=" + p1);
        f.add("p2p1=" + p2 + "_" + p1);
        f.add("n1=" + n1);
        f.add("n1n2=" + n1 + "_" + n2);
        if (DESCRIBING.contains(p1) || DESCRIBING.contains(p2) && (p1.equals("of") || isAdjective(tokens, start - 1))) {
            f.add("described-before");
        }
        if (DESCRIBING.contains(n1) || n1.equals(",") && DESCRIBING.contains(n2)) {
            f.add("described-after");
        }
        if (n1.equals("-") && (n2.equals("build") || n2.equals("built") || n2.equals("make") || n2.equals("made"))) {
            f.add("built-by");
        }
        if (p1.equals("with") && p2.equals("contract") || p1.equals("by") || p1.equals("from")) {
            f.add("agent-before=" + p1);
        }
        if (n1.equals("of") && end + 1 < tokens.size() && countries.countryWord(tokens.get(end + 1).text()).isPresent()) {
            f.add("of-country");
        }
        if (start > 0 && countries.countryWord(tokens.get(start - 1).text()).isPresent()) {
            f.add("country-before");
        }
        if (p1.equals("'s") && start > 1 && countries.countryWord(tokens.get(start - 2).text()).isPresent()) {
            f.add("country-possessive-before");
        }
    }

    private void gazetteerFeatures(List<Token> tokens, OrganizationSpans.Span span, List<String> f) {
        for (GazetteerMatcher.Match m : gazetteer.find(tokens.subList(span.tokens().start(), span.tokens().end()))) {
            boolean whole = m.tokens().length() == span.tokens().length();
            f.add("gaz-" + m.entry().type() + (whole ? "-whole" : m.tokens().start() == 0 ? "-first" : "-inside"));
        }
    }

    private void sentenceFeatures(Sentence sentence, OrganizationSpans.Span span, List<String> f) {
        List<Token> tokens = sentence.tokens();
        int words = 0;
        int capitalised = 0;
        boolean defence = false;
        for (Token t : tokens) {
            String w = t.text();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
            defence |= defenceWords.matches(t);
        }
        if (words >= 3 && capitalised >= HEADLINE_SHARE * words) {
            f.add("headline");
        }
        if (sentence.index() == 0) {
            f.add("first-sentence");
        }
        if (defence) {
            f.add("defence-sentence");
        }
        int start = span.tokens().start();
        int end = span.tokens().end();
        if (start > 0 && end < tokens.size() && isQuote(tokens.get(start - 1)) && isQuote(tokens.get(end))) {
            f.add("quoted");
        }
    }

    /** The lexicon a word of a name belongs to: a head noun's kind, a legal form, a country word, generic. */
    private String wordClass(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        EntityType type = rules.classify(word);
        if (ASSOCIATION_HEADS.contains(word)) {
            return "association";
        }
        if (LEGAL.contains(word)) {
            return "legal";
        }
        if (type != EntityType.ORGANIZATION) {
            return type.name().toLowerCase(Locale.ROOT);
        }
        if (countries.countryWord(written).isPresent()) {
            return "country";
        }
        return generic.contains(word) ? "generic" : "other";
    }

    private static boolean isQuote(Token token) {
        String t = token.text();
        return t.equals("\"") || t.equals("``") || t.equals("''") || t.equals("\u201c") || t.equals("\u201d");
    }

    private static boolean isAdjective(List<Token> tokens, int i) {
        return i >= 0 && tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("JJ");
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Token token) {
        String l = token.lemma() != null ? token.lemma() : token.text();
        return l.toLowerCase(Locale.ROOT);
    }
}
