package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.NerSpan;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names and demonyms that NER leaves out: parts of hyphenated compounds
 * ("Israel-Morocco", "Anglo-Swedish", "US-brokered"; nested mentions when the compound lies inside
 * a name NER found), and capitalised country words NER did not tag at all. A country word that
 * is only part of a longer name ("Korea Aerospace Industries", "Israeli Defense Forces") does not
 * make the document name that country, so words inside NER spans are skipped unless compound.
 */
public final class CountryWordFinder implements MentionFinder {

    public static final String SOURCE = "country-words";
    private static final double CONFIDENCE = 0.75;
    private static final Pattern PART = Pattern.compile("[\\p{L}.]+");

    private final CountryGazetteer countries;

    public CountryWordFinder(CountryGazetteer countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.NER);
    }

    @Override
    public List<MentionCandidate> find(AnnotatedText text) {
        List<MentionCandidate> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (Words word : Words.of(sentence.tokens(), text.text())) {
                Optional<NerSpan> covering = text.nerSpanCovering(sentence.index(), word.span());
                String label = covering.map(NerSpan::label).orElse("");
                if (label.equals("PERSON")) {
                    continue;
                }
                if (!word.isCompound()) {
                    if (covering.isEmpty()) {
                        countries.countryWord(word.text()).ifPresent(c -> found.add(candidate(sentence.index(), word.span(), c, false)));
                    }
                    continue;
                }
                // A compound inside a name ("Israel-Morocco Joint Military Committee") names its
                // countries as nested mentions; a compound NER took for a place stands alone.
                boolean nested = covering.isPresent() && !NerMentionFinder.PLACE_LABELS.contains(label);
                Matcher part = PART.matcher(word.text());
                while (part.find()) {
                    CharSpan span = new CharSpan(word.span().start() + part.start(), word.span().start() + part.end());
                    countries.countryWord(part.group()).ifPresent(c -> found.add(candidate(sentence.index(), span, c, nested)));
                }
            }
        }
        return found;
    }

    private static MentionCandidate candidate(int sentence, CharSpan span, CountryGazetteer.Country country, boolean nested) {
        return new MentionCandidate(sentence, span, EntityType.COUNTRY, country.name(), country.iso3(), Map.of(),
                CONFIDENCE, SOURCE, nested);
    }

}
