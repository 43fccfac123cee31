package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.NerSpan;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the spans CoreNLP's NER labelled into typed candidates: places are linked to countries
 * through the {@link CountryGazetteer}, organisations are sorted by {@link OrganizationClassifier},
 * dates, money and numbers keep CoreNLP's normalised value.
 */
public final class NerMentionFinder implements MentionFinder {

    public static final String SOURCE = "ner";

    private static final Set<String> PLACE_LABELS =
            Set.of("COUNTRY", "NATIONALITY", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    private final CountryGazetteer countries;
    private final OrganizationClassifier organizations;

    public NerMentionFinder(CountryGazetteer countries, OrganizationClassifier organizations) {
        this.countries = countries;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.SENTENCES, Capability.NER);
    }

    @Override
    public List<MentionCandidate> find(AnnotatedText text) {
        List<MentionCandidate> candidates = new ArrayList<>();
        for (NerSpan span : text.nerSpans()) {
            candidate(span, span.chars().of(text.text())).ifPresent(candidates::add);
        }
        return candidates;
    }

    private Optional<MentionCandidate> candidate(NerSpan span, String surface) {
        String label = span.label();
        if (PLACE_LABELS.contains(label)) {
            return Optional.of(place(span, surface, label));
        }
        return switch (label) {
            case "PERSON" -> Optional.of(simple(span, EntityType.PERSON, surface, Map.of()));
            case "ORGANIZATION" -> Optional.of(organization(span, surface));
            case "MISC" -> Optional.of(simple(span, EntityType.MISC, surface, Map.of()));
            case "DATE" -> Optional.of(valued(span, EntityType.DATE, surface, true));
            case "MONEY" -> Optional.of(valued(span, EntityType.MONEY, surface, false));
            case "NUMBER" -> Optional.of(valued(span, EntityType.QUANTITY, surface, false));
            default -> Optional.empty();
        };
    }

    private MentionCandidate place(NerSpan span, String surface, String label) {
        Optional<CountryGazetteer.Country> country = countries.lookup(surface);
        if (country.isPresent() && country.get().kind() != CountryGazetteer.Kind.CAPITAL) {
            CountryGazetteer.Country c = country.get();
            return new MentionCandidate(span.sentence(), span.chars(), EntityType.COUNTRY, c.name(), c.iso3(),
                    Map.of(), span.confidence(), SOURCE);
        }
        Map<String, String> attrs = country.map(c -> Map.of("capitalOf", c.iso3())).orElse(Map.of());
        EntityType type = label.equals("NATIONALITY") ? EntityType.MISC : EntityType.LOCATION;
        return simple(span, type, surface, attrs);
    }

    private MentionCandidate organization(NerSpan span, String surface) {
        Optional<CountryGazetteer.Country> country = countries.lookup(surface);
        if (country.isPresent() && country.get().kind() != CountryGazetteer.Kind.DEMONYM
                && country.get().kind() != CountryGazetteer.Kind.CAPITAL) {
            CountryGazetteer.Country c = country.get();
            return new MentionCandidate(span.sentence(), span.chars(), EntityType.COUNTRY, c.name(), c.iso3(),
                    Map.of(), span.confidence(), SOURCE);
        }
        return simple(span, organizations.classify(surface), surface, Map.of());
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
