package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.NerSpan;
import io.newsrel.annotate.SentenceContext;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the spans CoreNLP's NER labelled into typed candidates: places are linked to countries
 * through the {@link CountryGazetteer}; organisations are repaired ({@link OrganizationSpans}) and
 * sorted into companies, armed forces, state bodies and others ({@link OrganizationTyper}); dates,
 * money and numbers keep CoreNLP's normalised value; a pronoun is no person.
 */
public final class NerMentionFinder implements MentionFinder {

    public static final String SOURCE = "ner";
    private static final double METONYMY_CONFIDENCE = 0.7;
    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVX]{1,4}");

    /** NER labels of places; shared with {@link CountryWordFinder}. */
    static final Set<String> PLACE_LABELS =
            Set.of("COUNTRY", "NATIONALITY", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    private final CountryGazetteer countries;
    private final OrganizationSpans organizationSpans;
    private final OrganizationTyper organizations;
    private final OrganizationShortNames shortNames;

    public NerMentionFinder(CountryGazetteer countries, OrganizationSpans organizationSpans,
                            OrganizationTyper organizations, OrganizationShortNames shortNames) {
        this.countries = countries;
        this.organizationSpans = organizationSpans;
        this.organizations = organizations;
        this.shortNames = shortNames;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.NER, Capability.DATES, Capability.POS);
    }

    /**
     * Tags where a MISC span may be a demonym (plural or not) and after a capital (a verb makes it
     * its government); lemmas where a word before an organisation may describe it as a company.
     */
    @Override
    public SentenceNeeds sentenceNeeds() {
        SentenceSelector tags = document -> {
            BitSet selected = new BitSet(document.size());
            for (NerSpan span : document.text().nerSpans()) {
                if (readsTags(span, document.text()) || span.label().equals("ORGANIZATION")) {
                    selected.set(span.sentence());
                }
            }
            return selected;
        };
        return SentenceNeeds.of(Set.of(Capability.POS), tags);
    }

    private boolean readsTags(NerSpan span, AnnotatedText text) {
        if (span.label().equals("MISC")) {
            List<Token> tokens = tokensOf(span, text);
            return countries.lookup(span.chars().of(text.text())).isPresent()
                    || isDemonym(tokens.get(span.tokens().start()));
        }
        return PLACE_LABELS.contains(span.label()) && countries.lookup(span.chars().of(text.text()))
                .filter(c -> c.kind() == CountryGazetteer.Kind.CAPITAL).isPresent();
    }


    @Override
    public List<MentionCandidate> find(AnnotatedText text) {
        List<MentionCandidate> candidates = new ArrayList<>();
        for (NerSpan span : text.nerSpans()) {
            if (span.label().equals("ORGANIZATION")) {
                continue;
            }
            for (NerSpan part : splitLeadingDemonym(span, text)) {
                candidate(part, part.chars().of(text.text()), text).ifPresent(candidates::add);
            }
        }
        for (OrganizationSpans.Span span : organizationSpans.find(text)) {
            candidates.addAll(organization(span, text));
        }
        return candidates;
    }

    private Optional<MentionCandidate> candidate(NerSpan span, String surface, AnnotatedText text) {
        String label = span.label();
        if (PLACE_LABELS.contains(label)) {
            return place(span, surface, label, text);
        }
        if (label.equals("MISC") && countries.lookup(surface).isPresent() && !namesPeople(span, text)) {
            // The CRF models label demonyms ("Israeli") MISC; CoreNLP's fine-grained rules, which
            // would relabel them NATIONALITY, are off because the gazetteer knows them better.
            return place(span, surface, "NATIONALITY", text);
        }
        if (label.equals("PERSON") && countries.lookup(surface).filter(c -> c.kind() == CountryGazetteer.Kind.NAME
                || c.kind() == CountryGazetteer.Kind.ALIAS).isPresent()) {
            // CoreNLP's CRF takes country names it never saw ("Türkiye", Turkey's official name
            // since 2022) for a person: a span that is a country's whole name or alias is the country
            return place(span, surface, "COUNTRY", text);
        }
        return switch (label) {
            // a pronoun NER tags PERSON ("he") stays a person mention: re3d's gold marks them too
            case "PERSON" -> Optional.of(simple(span, EntityType.PERSON, surface, Map.of()));
            case "MISC" -> Optional.of(simple(span, EntityType.MISC, surface, Map.of()));
            case "DATE" -> Optional.of(valued(span, EntityType.DATE, surface, true));
            case "MONEY" -> Optional.of(money(span, text, MoneyValue.rand(surface)
                    .or(() -> span.normalized() == null ? Optional.empty() : WrittenCurrency.readMoney(tokensOf(span, text),
                            span.tokens().start(), span.tokens().end(), span.normalized()))));
            case "NUMBER" -> {
                if (ROMAN_NUMERAL.matcher(surface.strip()).matches()) {
                    // "Block II", "FMSO II Case": a roman numeral is part of a name, not a count
                    yield Optional.empty();
                }
                // a number CoreNLP does not see as money may be in a currency it does not know
                Optional<MoneyValue> written = MoneyValue.rand(surface).or(() -> WrittenCurrency.read(tokensOf(span, text),
                        span.tokens().start(), span.tokens().end(), span.normalized()));
                yield Optional.of(written.isPresent() ? money(span, text, written)
                        : valued(span, EntityType.QUANTITY, surface, false));
            }
            default -> Optional.empty();
        };
    }

    private Optional<MentionCandidate> place(NerSpan span, String surface, String label, AnnotatedText text) {
        Optional<CountryGazetteer.Country> country = countries.lookup(surface);
        if (country.isPresent() && (country.get().kind() != CountryGazetteer.Kind.CAPITAL
                || actsAsGovernment(span, text))) {
            CountryGazetteer.Country c = country.get();
            double confidence = c.kind() == CountryGazetteer.Kind.CAPITAL ? METONYMY_CONFIDENCE : span.confidence();
            return Optional.of(new MentionCandidate(span.sentence(), span.chars(), EntityType.COUNTRY, c.name(),
                    c.iso3(), Map.of(), confidence, SOURCE));
        }
        if (country.isEmpty() && (surface.indexOf('-') > 0 || surface.indexOf('/') > 0)) {
            // "Israel-Morocco" is two countries, not a place: CountryWordFinder reads its parts.
            return Optional.empty();
        }
        Map<String, String> attrs = country.map(c -> Map.of("capitalOf", c.iso3())).orElse(Map.of());
        EntityType type = label.equals("NATIONALITY") ? EntityType.MISC : EntityType.LOCATION;
        return Optional.of(simple(span, type, surface, attrs));
    }

    /**
     * "Nigerian Super Tucano" comes out of the CRF models as one MISC span; its first word names a
     * country all the same, so the span is split in two: the demonym and the rest.
     */
    private List<NerSpan> splitLeadingDemonym(NerSpan span, AnnotatedText text) {
        if (!span.label().equals("MISC") || span.tokens().length() < 2) {
            return List.of(span);
        }
        List<Token> tokens = tokensOf(span, text);
        int s = span.tokens().start();
        Token first = tokens.get(s);
        if (!isDemonym(first) || isPlural(first) || tokens.get(s + 1).text().equals("-")) {
            return List.of(span);
        }
        NerSpan demonym = part(span, s, s + 1, tokens);
        return List.of(new NerSpan(demonym.sentence(), demonym.tokens(), demonym.chars(), demonym.label(), null,
                demonym.confidence()), part(span, s + 1, span.tokens().end(), tokens));
    }

    /** A plural noun ("Iraqis", "Britons") names a people, not the country's adjective. */
    private static boolean namesPeople(NerSpan span, AnnotatedText text) {
        return isPlural(tokensOf(span, text).get(span.tokens().end() - 1));
    }

    private static boolean isPlural(Token token) {
        return "NNS".equals(token.pos()) || "NNPS".equals(token.pos());
    }

    private boolean isDemonym(Token token) {
        return countries.lookup(token.text()).filter(c -> c.kind() == CountryGazetteer.Kind.DEMONYM).isPresent();
    }

    private static List<Token> tokensOf(NerSpan span, AnnotatedText text) {
        return text.sentences().get(span.sentence()).tokens();
    }

    /** The span cut to its tokens [from, to), with its label, value and confidence. */
    private static NerSpan part(NerSpan span, int from, int to, List<Token> tokens) {
        int end = to == span.tokens().end() ? span.chars().end() : tokens.get(to - 1).end();
        return new NerSpan(span.sentence(), new TokenSpan(from, to), new CharSpan(tokens.get(from).start(), end),
                span.label(), span.normalized(), span.confidence());
    }

    /**
     * Whether a capital stands for its government: followed by a verb or a possessive ("Rabat
     * seeks", "Tehran said", "Beijing's position"), not a place ("a visit to Rabat").
     */
    private static boolean actsAsGovernment(NerSpan span, AnnotatedText text) {
        List<Token> tokens = tokensOf(span, text);
        if (span.tokens().end() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(span.tokens().end());
        String pos = next.pos() == null ? "" : next.pos();
        return pos.startsWith("VB") || pos.equals("MD") || pos.equals("POS");
    }

    /**
     * An amount's mention, widened over the currency and scale words written apart from the number
     * ({@link WrittenCurrency#extent}) so that they are part of it and no entities of their own.
     */
    private static MentionCandidate money(NerSpan span, AnnotatedText text, Optional<MoneyValue> value) {
        List<Token> tokens = tokensOf(span, text);
        TokenSpan wide = WrittenCurrency.extent(tokens, span.tokens().start(), span.tokens().end());
        CharSpan chars = new CharSpan(Math.min(span.chars().start(), tokens.get(wide.start()).start()),
                Math.max(span.chars().end(), tokens.get(wide.end() - 1).end()));
        return money(new NerSpan(span.sentence(), wide, chars, span.label(), span.normalized(), span.confidence()),
                chars.of(text.text()), value);
    }

    private static MentionCandidate money(NerSpan span, String surface, Optional<MoneyValue> value) {
        Map<String, String> attrs = new java.util.HashMap<>();
        if (span.normalized() != null) {
            attrs.put("value", span.normalized());
        }
        value.ifPresent(m -> {
            attrs.put("amount", m.amountText());
            attrs.put("currency", m.currency());
        });
        return new MentionCandidate(span.sentence(), span.chars(), EntityType.MONEY, surface.strip(), null, attrs,
                span.confidence(), SOURCE);
    }

    /**
     * An organisation span as a country, else as a typed organisation; an armed force or state body
     * also brings the country its name holds ("Nigerian Air Force" → NGA), as its attribute and as
     * a nested COUNTRY mention.
     */
    private List<MentionCandidate> organization(OrganizationSpans.Span span, AnnotatedText text) {
        String surface = span.text(text);
        Optional<CountryGazetteer.Country> country = countries.lookup(surface);
        if (country.isPresent() && country.get().kind() != CountryGazetteer.Kind.DEMONYM
                && country.get().kind() != CountryGazetteer.Kind.CAPITAL) {
            CountryGazetteer.Country c = country.get();
            return List.of(new MentionCandidate(span.sentence(), span.chars(), EntityType.COUNTRY, c.name(), c.iso3(),
                    Map.of(), span.confidence(), SOURCE));
        }
        EntityType type = organizations.type(span, text);
        Optional<MentionCandidate> inName = type == EntityType.MILITARY || type == EntityType.GOVERNMENT
                ? countryInName(span, text) : Optional.empty();
        String name = shortNames.fullName(surface).orElse(surface.strip());
        MentionCandidate organization = new MentionCandidate(span.sentence(), span.chars(), type, name, null,
                inName.map(c -> Map.of("country", c.kbId())).orElse(Map.of()), span.confidence(), SOURCE);
        return inName.map(c -> List.of(organization, c)).orElse(List.of(organization));
    }

    /**
     * The country word in an armed force's or state body's name, as a nested COUNTRY mention: the
     * gold data counts "the Royal Australian Navy", "the U.S. State Department" or "France Navy" as
     * naming their country (SPEC-gold.md: by name or demonym), unlike a company's name. Two-word
     * names first ("Royal New Zealand Air Force").
     */
    private Optional<MentionCandidate> countryInName(OrganizationSpans.Span span, AnnotatedText text) {
        List<Token> tokens = text.sentences().get(span.sentence()).tokens();
        for (int width = 2; width >= 1; width--) {
            for (int i = span.tokens().start(); i + width <= span.tokens().end(); i++) {
                CharSpan chars = new CharSpan(tokens.get(i).start(), tokens.get(i + width - 1).end());
                Optional<CountryGazetteer.Country> c = countries.countryWord(chars.of(text.text()));
                if (c.isPresent()) {
                    return Optional.of(new MentionCandidate(span.sentence(), chars, EntityType.COUNTRY, c.get().name(),
                            c.get().iso3(), Map.of(), span.confidence(), SOURCE, true));
                }
            }
        }
        return Optional.empty();
    }

    private static MentionCandidate valued(NerSpan span, EntityType type, String surface, boolean nameIsValue) {
        String value = span.normalized();
        if (value == null || value.isBlank()) {
            return simple(span, type, surface, Map.of());
        }
        return new MentionCandidate(span.sentence(), span.chars(), type, nameIsValue ? value : surface, null,
                Map.of("value", value), span.confidence(), SOURCE);
    }

    private static MentionCandidate simple(NerSpan span, EntityType type, String surface, Map<String, String> attrs) {
        return new MentionCandidate(span.sentence(), span.chars(), type, surface.strip(), null, attrs,
                span.confidence(), SOURCE);
    }
}
