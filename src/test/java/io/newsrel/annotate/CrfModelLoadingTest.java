package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The models past the first load beside CoreNLP's own loading of the first; which models those are
 * must be what {@code NERCombinerAnnotator} reads from the same properties. (That the combiner then
 * labels as CoreNLP's does is {@link TimeGatedNerAnnotatorTest}'s.)
 */
class CrfModelLoadingTest {

    private static Properties withModels(String models) {
        Properties properties = new Properties();
        properties.setProperty("ner.model", models);
        return properties;
    }

    @Test
    void withoutNerModelTheModelsAreCoreNlpsThreeDefaultsInItsOrder() {
        assertEquals(List.of(DefaultPaths.DEFAULT_NER_THREECLASS_MODEL, DefaultPaths.DEFAULT_NER_MUC_MODEL,
                DefaultPaths.DEFAULT_NER_CONLL_MODEL), CrfModelLoading.modelPaths(new Properties()));
    }

    @Test
    void rulesOnlyOrAnEmptyListMeansNoModels() {
        Properties rulesOnly = withModels("a.ser.gz,b.ser.gz");
        rulesOnly.setProperty("ner.rulesOnly", "true");
        assertEquals(List.of(), CrfModelLoading.modelPaths(rulesOnly));
        assertEquals(List.of(), CrfModelLoading.modelPaths(withModels("  ")));
    }

    @Test
    void aSingleModelIsLeftToCoreNlp() {
        Properties one = withModels("only.ser.gz");
        CrfModelLoading loading = CrfModelLoading.start(one);
        assertSame(one, loading.firstOnly());
        List<AbstractSequenceClassifier<CoreLabel>> models = new ArrayList<>();
        loading.addRestTo(models);
        assertEquals(List.of(), models);
    }

    @Test
    void coreNlpLoadsTheFirstAndAFailedLaterModelIsBlamedByItsPath() {
        Properties properties = withModels("first.ser.gz,missing/second.ser.gz");
        properties.setProperty("ner.applyFineGrained", "false");
        CrfModelLoading loading = CrfModelLoading.start(properties);
        assertEquals("first.ser.gz", loading.firstOnly().getProperty("ner.model"));
        assertEquals("false", loading.firstOnly().getProperty("ner.applyFineGrained"), "the other properties kept");
        assertEquals("first.ser.gz,missing/second.ser.gz", properties.getProperty("ner.model"), "the caller's untouched");
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> loading.addRestTo(new ArrayList<>()));
        assertTrue(failure.getMessage().contains("missing/second.ser.gz"), failure.getMessage());
    }
}
