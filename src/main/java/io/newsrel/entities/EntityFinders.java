package io.newsrel.entities;

import io.newsrel.config.PipelineConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the mention finders of the entity stage from the configuration, most trusted first,
 * which is the order the {@link OverlapPolicy} ranks them in:
 * <ol>
 *   <li>gazetteer: companies and systems by name;</li>
 *   <li>pattern: unseen system designations (when enabled);</li>
 *   <li>ner: CoreNLP's NER spans, linked and classified (organisations by the learned classifier
 *       when enabled, else by rules);</li>
 *   <li>model: the learned system recognizer (when enabled), after NER: it learned from
 *       gazetteer labels, not gold, and outranking NER cost CoNLL organisations and MISC names;</li>
 *   <li>country-words: country words in compounds and words NER did not tag.</li>
 * </ol>
 */
public final class EntityFinders {

    private static final Logger LOG = LoggerFactory.getLogger(EntityFinders.class);
    public static final String CATEGORY_WORDS = "/models/lexicons/system-category-words.txt";
    public static final String DEFENCE_WORDS = "/models/lexicons/defence-context-words.txt";

    private EntityFinders() {
    }

    public static List<MentionFinder> create(PipelineConfig.Entities settings) {
        long started = System.nanoTime();
        CountryGazetteer countries = CountryGazetteer.load(paths(settings.countryGazetteers()));
        List<GazetteerEntry> entries = EntityGazetteers.load(paths(settings.companyGazetteers()),
                paths(settings.systemGazetteers()), countries);
        Lexicon categories = Lexicon.resource(CATEGORY_WORDS);
        List<MentionFinder> finders = new ArrayList<>();
        finders.add(gazetteerFinder(entries, countries));
        if (settings.patterns()) {
            finders.add(new PatternMentionFinder(categories));
        }
        OrganizationReader reader = new OrganizationReader(OrganizationSpans.shipped(countries),
                OrganizationFeatures.shipped(countries, entries));
        OrganizationTyper organizations = settings.organizationModel()
                ? OrganizationTyper.learned(reader.features(), OrganizationModel.load(settings.organizationModelFile()))
                : OrganizationTyper.rules(reader.features());
        finders.add(new NerMentionFinder(countries, reader.spans(), organizations, OrganizationShortNames.shipped()));
        if (settings.systemModel()) {
            finders.add(new ModelMentionFinder(ModelMentionFinder.load(settings.systemModelFile()),
                    settings.systemModelMinConfidence()));
        }
        finders.add(new CountryWordFinder(countries));
        LOG.info("gazetteers loaded in {} ms: {} country forms, {} companies and systems",
                (System.nanoTime() - started) / 1_000_000, countries.size(), entries.size());
        return finders;
    }

    /** How organisation spans are found and what the classifier reads about them. */
    public record OrganizationReader(OrganizationSpans spans, OrganizationFeatures features) {
    }

    /**
     * The organisation spans and features of a pipeline with these settings: the trainer of the
     * organisation classifier reads the gold articles through them, as the pipeline will.
     */
    public static OrganizationReader organizationReader(PipelineConfig.Entities settings) {
        CountryGazetteer countries = CountryGazetteer.load(paths(settings.countryGazetteers()));
        List<GazetteerEntry> entries = EntityGazetteers.load(paths(settings.companyGazetteers()),
                paths(settings.systemGazetteers()), countries);
        return new OrganizationReader(OrganizationSpans.shipped(countries), OrganizationFeatures.shipped(countries, entries));
    }

    /** The gazetteer finder over these entries, with the shipped defence words as context. */
    public static GazetteerMentionFinder gazetteerFinder(List<GazetteerEntry> entries) {
        Lexicon defenceWords = Lexicon.resource(DEFENCE_WORDS).union(Lexicon.resource(CATEGORY_WORDS));
        return new GazetteerMentionFinder(new GazetteerMatcher(entries), defenceWords);
    }

    /** The same, knowing the country words that may stand before a system ("French Heron"). */
    public static GazetteerMentionFinder gazetteerFinder(List<GazetteerEntry> entries, CountryGazetteer countries) {
        Lexicon defenceWords = Lexicon.resource(DEFENCE_WORDS).union(Lexicon.resource(CATEGORY_WORDS));
        return new GazetteerMentionFinder(new GazetteerMatcher(entries), defenceWords,
                word -> countries.countryWord(word).isPresent());
    }

    private static List<Path> paths(List<String> files) {
        return files.stream().map(Path::of).toList();
    }
}
