package io.newsrel.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's {@code ner} annotator, exactly as {@code StanfordCoreNLP} builds it from the same
 * properties, except that SUTime runs only on sentences with a {@link TemporalCues temporal cue}.
 * SUTime's rules are tried at every token of every sentence and took more than half of the
 * pipeline's time; in a sentence without a month, a unit of time, a year or the like they find
 * nothing. Other sentences get the same statistical models and numeric rules without SUTime.
 *
 * <p>The second combiner shares the first one's CRF models (read from CoreNLP 4.5's private
 * {@code ClassifierCombiner.baseClassifiers} field), because loading them twice would cost seconds
 * and hundreds of megabytes. {@code TimeGatedNerAnnotatorTest} checks the output is the stock one.
 */
final class TimeGatedNerAnnotator extends NERCombinerAnnotator {

    private final NERCombinerAnnotator withoutTime;

    TimeGatedNerAnnotator(Properties properties, int maxSentenceLength) throws IOException {
        super(properties);
        NERClassifierCombiner stock = field(NERCombinerAnnotator.class, "ner", this, NERClassifierCombiner.class);
        @SuppressWarnings("unchecked")
        List<AbstractSequenceClassifier<CoreLabel>> models =
                field(ClassifierCombiner.class, "baseClassifiers", stock, List.class);
        @SuppressWarnings("unchecked")
        AbstractSequenceClassifier<CoreLabel>[] shared = models.toArray(new AbstractSequenceClassifier[0]);
        NERClassifierCombiner numericWithoutTime = new NERClassifierCombiner(stock.appliesNumericClassifiers(), false, shared);
        this.withoutTime = new NERCombinerAnnotator(numericWithoutTime, false, 1, 0, maxSentenceLength, false, false);
    }

    @Override
    public void doOneSentence(Annotation annotation, CoreMap sentence) {
        if (TemporalCues.any(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
            super.doOneSentence(annotation, sentence);
        } else {
            withoutTime.doOneSentence(annotation, sentence);
        }
    }

    private static <T> T field(Class<?> owner, String name, Object target, Class<T> type) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(target));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name
                    + " is not as in CoreNLP 4.5.10; set corenlp.timeGatedNer=false", e);
        }
    }
}
