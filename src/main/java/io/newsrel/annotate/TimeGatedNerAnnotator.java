package io.newsrel.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>Unlike the stock annotator, a document's output does not depend on the documents annotated
 * before it or beside it: each document has a SUTime instance of its own, cleared of the tense
 * hints an earlier document left ({@link SutimeInstances}). Those extra instances use SUTime's
 * default options, so {@code sutime.*} properties are not supported here.
 */
final class TimeGatedNerAnnotator extends NERCombinerAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(TimeGatedNerAnnotator.class);

    private final NERCombinerAnnotator withoutTime;
    private final SutimeInstances sutime;
    /** The SUTime instance lent to the document this thread is annotating. */
    private final ThreadLocal<SutimeInstances.Instance> lent = new ThreadLocal<>();
    /** Sentences of the document this thread is annotating that went through SUTime, for the debug log. */
    private final ThreadLocal<int[]> timed = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * @param timeModels whether CRF models that label dates and times run only where SUTime does
     */
    TimeGatedNerAnnotator(Properties properties, boolean timeModels, int maxSentenceLength) throws IOException {
        this(CrfModelLoading.start(properties), properties, timeModels, maxSentenceLength);
    }

    private TimeGatedNerAnnotator(CrfModelLoading crfModels, Properties properties, boolean timeModels,
                                  int maxSentenceLength) throws IOException {
        super(crfModels.firstOnly());
        if (properties.stringPropertyNames().stream().anyMatch(k -> k.startsWith("sutime."))) {
            LOG.warn("sutime.* properties apply to the first SUTime instance only; set corenlp.timeGatedNer=false "
                    + "to use them");
        }
        NERClassifierCombiner stock =
                CoreNlpFields.read(NERCombinerAnnotator.class, "ner", this, NERClassifierCombiner.class);
        @SuppressWarnings("unchecked")
        List<AbstractSequenceClassifier<CoreLabel>> models =
                CoreNlpFields.read(ClassifierCombiner.class, "baseClassifiers", stock, List.class);
        crfModels.addRestTo(models);
        @SuppressWarnings("unchecked")
        AbstractSequenceClassifier<CoreLabel>[] shared = models.toArray(new AbstractSequenceClassifier[0]);
        boolean numeric = stock.appliesNumericClassifiers();
        NERClassifierCombiner numericWithoutTime = new NERClassifierCombiner(numeric, false,
                timeModels ? withoutTimeModels(shared) : shared);
        this.withoutTime = new NERCombinerAnnotator(numericWithoutTime, false, 1, 0, maxSentenceLength, false, false);
        SutimeInstances.Instance loaded = SutimeInstances.Instance.of(sutimeRules(stock), super::doOneSentence);
        this.sutime = new SutimeInstances(loaded, () -> {
            try {
                NERClassifierCombiner withTime = new NERClassifierCombiner(numeric, true, shared);
                NERCombinerAnnotator annotator = new NERCombinerAnnotator(withTime, false, 1, 0, maxSentenceLength, false, false);
                return SutimeInstances.Instance.of(sutimeRules(withTime), annotator::doOneSentence);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build another SUTime instance", e);
            }
        });
    }

    /**
     * The models that label neither dates nor times. In CoreNLP's default combination a later
     * model only adds labels the earlier ones lack, so the MUC 7-class model adds DATE, TIME, MONEY
     * and PERCENT; without a temporal cue there is no date or time to find, and money and
     * percentages are the numeric rules' as well. Leaving it out there saves a third of the CRF
     * work; {@code newsrel eval} scores stayed the same (README, NER models).
     */
    @SuppressWarnings("unchecked")
    private static AbstractSequenceClassifier<CoreLabel>[] withoutTimeModels(AbstractSequenceClassifier<CoreLabel>[] models) {
        List<AbstractSequenceClassifier<CoreLabel>> kept = new java.util.ArrayList<>();
        for (AbstractSequenceClassifier<CoreLabel> model : models) {
            if (!model.labels().contains("DATE") && !model.labels().contains("TIME")) {
                kept.add(model);
            }
        }
        return kept.isEmpty() ? models : kept.toArray(new AbstractSequenceClassifier[0]);
    }

    /**
     * SUTime's rule variables inside a combiner (combiner.nsc.timexExtractor.expressionExtractor.env),
     * its rules made to skip the sentences they cannot match ({@link SutimeRuleFilter}).
     */
    private static Env sutimeRules(NERClassifierCombiner combiner) {
        Object numbers =
                CoreNlpFields.read(NERClassifierCombiner.class, "nsc", combiner, NumberSequenceClassifier.class);
        Object timex = CoreNlpFields.read(NumberSequenceClassifier.class, "timexExtractor", numbers,
                TimeExpressionExtractorImpl.class);
        CoreMapExpressionExtractor<?> rules =
                CoreNlpFields.read(TimeExpressionExtractorImpl.class, "expressionExtractor", timex,
                        CoreMapExpressionExtractor.class);
        int filtered = SutimeRuleFilter.install(rules);
        LOG.debug("{} SUTime rules skip the sentences they cannot match", filtered);
        return rules.getEnv();
    }

    @Override
    public void annotate(Annotation annotation) {
        SutimeInstances.Instance instance = sutime.borrow();
        lent.set(instance);
        timed.get()[0] = 0;
        try {
            super.annotate(annotation);
            LOG.debug("{} sentences through SUTime", timed.get()[0]);
        } finally {
            lent.remove();
            sutime.giveBack(instance);
        }
    }

    @Override
    public void doOneSentence(Annotation annotation, CoreMap sentence) {
        if (TemporalCues.any(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
            SutimeInstances.Instance instance = lent.get();
            if (instance == null) {
                throw new IllegalStateException("a sentence reached the NER outside annotate(Annotation)");
            }
            timed.get()[0]++;
            instance.annotateSentence().accept(annotation, sentence);
        } else {
            withoutTime.doOneSentence(annotation, sentence);
        }
    }
}
