package io.newsrel.eval;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.CoreNlpAnnotator;
import io.newsrel.annotate.NerSpan;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityGrouper;
import io.newsrel.entities.MentionCandidate;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw CoreNLP as the evaluation baseline: {@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's
 * default properties, its labels mapped to newsrel's types as plainly as possible: ORGANIZATION
 * counts as COMPANY, COUNTRY and NATIONALITY are linked to ISO3 codes through newsrel's country
 * gazetteer (without that the baseline could not score on countries at all), CITY and
 * STATE_OR_PROVINCE are LOCATION. No relations.
 */
public final class BaselineExtractor implements DocumentExtractor {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final CoreNlpAnnotator annotator;
    private final CountryGazetteer countries;
    private final EntityGrouper grouper = new EntityGrouper();

    public BaselineExtractor(CountryGazetteer countries) {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        this.annotator = new CoreNlpAnnotator(props);
        this.countries = countries;
    }

    @Override
    public String name() {
        return "CoreNLP";
    }

    @Override
    public ExtractionResult process(NewsDocument document) {
        AnnotatedText text = annotator.annotate(document);
        List<MentionCandidate> candidates = new ArrayList<>();
        for (NerSpan span : text.nerSpans()) {
            candidate(span, span.chars().of(document.text())).ifPresent(candidates::add);
        }
        return new ExtractionResult(document, text.sentences(), grouper.group(candidates, document.text()), List.of());
    }

    private Optional<MentionCandidate> candidate(NerSpan span, String surface) {
        EntityType type;
        String kbId = null;
        String name = surface;
        switch (span.label()) {
            case "PERSON" -> type = EntityType.PERSON;
            case "ORGANIZATION" -> type = EntityType.COMPANY;
            case "COUNTRY", "NATIONALITY" -> {
                Optional<CountryGazetteer.Country> country = countries.lookup(surface);
                if (country.isPresent()) {
                    type = EntityType.COUNTRY;
                    kbId = country.get().iso3();
                    name = country.get().name();
                } else {
                    type = span.label().equals("COUNTRY") ? EntityType.LOCATION : EntityType.MISC;
                }
            }
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> type = EntityType.LOCATION;
            case "MISC", "RELIGION", "IDEOLOGY" -> type = EntityType.MISC;
            case "DATE" -> type = EntityType.DATE;
            case "MONEY" -> type = EntityType.MONEY;
            case "NUMBER" -> type = EntityType.QUANTITY;
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new MentionCandidate(span.sentence(), span.chars(), type, name, kbId, Map.of(),
                span.confidence(), "corenlp"));
    }
}
