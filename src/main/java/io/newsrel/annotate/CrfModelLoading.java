package io.newsrel.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.util.PropertiesUtils;
import io.newsrel.util.Loading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * CoreNLP's NER models after the first, loaded on a thread of their own while
 * {@code NERCombinerAnnotator} loads the first. CoreNLP loads them one after another: the 3-class
 * model in about 2.3 s, beside the tagger's and the entity stage's loading, then the MUC and CoNLL
 * models in 0.4-0.5 s each, by when the other loaders are done and the second core is idle.
 *
 * <p>The models are read as {@code NERCombinerAnnotator(Properties)} reads them (the same list from
 * {@code ner.model}, the same properties passed down to each model) and are added behind the first
 * in the same order, so the combiner holds what CoreNLP would have loaded.
 */
final class CrfModelLoading {

    private final Properties firstOnly;
    private final CompletableFuture<List<AbstractSequenceClassifier<CoreLabel>>> rest;

    private CrfModelLoading(Properties firstOnly, CompletableFuture<List<AbstractSequenceClassifier<CoreLabel>>> rest) {
        this.firstOnly = firstOnly;
        this.rest = rest;
    }

    /** Starts loading every model of {@code ner.model} but the first; with fewer than two, loads nothing. */
    static CrfModelLoading start(Properties properties) {
        List<String> paths = modelPaths(properties);
        if (paths.size() < 2) {
            return new CrfModelLoading(properties, CompletableFuture.completedFuture(List.of()));
        }
        Properties passedDown = passedDown(properties);
        List<String> later = List.copyOf(paths.subList(1, paths.size()));
        Properties firstOnly = new Properties();
        firstOnly.putAll(properties);
        firstOnly.setProperty("ner.model", paths.get(0));
        return new CrfModelLoading(firstOnly,
                Loading.start("newsrel-loading-ner-models", () -> load(passedDown, later)));
    }

    /** The properties for {@code NERCombinerAnnotator}: {@code ner.model} names the first model only. */
    Properties firstOnly() {
        return firstOnly;
    }

    /** Adds the models loaded here behind those of a combiner ({@code ClassifierCombiner.baseClassifiers}). */
    void addRestTo(List<AbstractSequenceClassifier<CoreLabel>> baseClassifiers) {
        baseClassifiers.addAll(Loading.join(rest));
    }

    /** {@code ner.model} as {@code NERCombinerAnnotator(Properties)} splits it (paths not trimmed). */
    static List<String> modelPaths(Properties properties) {
        if (PropertiesUtils.getBool(properties, "ner.rulesOnly", false)) {
            return List.of();
        }
        String names = properties.getProperty("ner.model", DefaultPaths.DEFAULT_NER_THREECLASS_MODEL + ','
                + DefaultPaths.DEFAULT_NER_MUC_MODEL + ',' + DefaultPaths.DEFAULT_NER_CONLL_MODEL).trim();
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(","));
    }

    /** The properties {@code NERCombinerAnnotator(Properties)} hands to each model it loads. */
    private static Properties passedDown(Properties properties) {
        Properties passed = PropertiesUtils.extractSelectedProperties(properties,
                NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
        boolean sutime = PropertiesUtils.getBool(properties, NumberSequenceClassifier.USE_SUTIME_PROPERTY,
                NumberSequenceClassifier.USE_SUTIME_DEFAULT)
                && !PropertiesUtils.getBool(properties, "ner.statisticalOnly", false);
        if (sutime) {
            PropertiesUtils.overWriteProperties(passed, PropertiesUtils.extractPrefixedProperties(properties,
                    NumberSequenceClassifier.SUTIME_PROPERTY + '.', true));
        }
        return passed;
    }

    private static List<AbstractSequenceClassifier<CoreLabel>> load(Properties passedDown, List<String> paths) {
        List<AbstractSequenceClassifier<CoreLabel>> loaded = new ArrayList<>();
        for (String path : paths) {
            try {
                loaded.add(ClassifierCombiner.loadClassifierFromPath(passedDown, path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load CoreNLP's NER model " + path, e);
            }
        }
        return loaded;
    }
}
