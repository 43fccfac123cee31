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
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's {@code ner} annotator, as {@code StanfordCoreNLP} builds it from the same properties,
 * except that SUTime reads only the tokens around a {@link TemporalCues temporal cue}. SUTime's rules
 * are tried at every token of what they are given and took more than half of the pipeline's time;
 * in a sentence without a month, a unit of time, a year or the like they find nothing.
 *
 * <p>A sentence without a cue is read by the name models (CoreNLP's 3- and 4-class CRFs; all three
 * without {@code timeGatedModels}) and the numeric rules without SUTime. A sentence with a cue is read
 * whole by the three CRF models and the numeric rules without SUTime, and the {@link CueWindows windows}
 * around its cues are read again, on copies of their tokens, by SUTime with the numeric rules and the
 * model that labels dates (the MUC 7-class CRF; all three without {@code timeGatedModels});
 * {@link TimeWindowLabels} joins the two readings with CoreNLP's precedence.
 *
 * <p>The combiners share the CRF models the stock one loaded (read from CoreNLP 4.5's private
 * {@code ClassifierCombiner.baseClassifiers} field), because loading them twice would cost seconds
 * and hundreds of megabytes. {@code TimeGatedNerAnnotatorTest} compares the output with the stock one.
 *
 * <p>Unlike the stock annotator, a document's output does not depend on the documents annotated
 * before it or beside it: each document has a SUTime instance of its own, cleared of the tense
 * hints an earlier document left ({@link SutimeInstances}). Those instances use SUTime's default
 * options, so {@code sutime.*} properties are not supported here.
 */
final class TimeGatedNerAnnotator extends NERCombinerAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(TimeGatedNerAnnotator.class);

    private final NERCombinerAnnotator withoutTime;
    /** Every CRF model and the numeric rules, without SUTime: a sentence with a cue, read whole. */
    private final NERCombinerAnnotator withoutSutime;
    private final int maxSentenceLength;
    private final SutimeInstances sutime;
    /** The SUTime instance lent to the document this thread is annotating. */
    private final ThreadLocal<SutimeInstances.Instance> lent = new ThreadLocal<>();
    /** Sentences of the document this thread is annotating that went through SUTime, for the debug log. */
    private final ThreadLocal<int[]> timed = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * @param timeModels whether CRF models that label dates and times run only on the windows SUTime reads
     */
    TimeGatedNerAnnotator(Properties properties, boolean timeModels, int maxSentenceLength) throws IOException {
        // The stock combiner loads the CRF models; SUTime is loaded by the windows' combiners below.
        super(sutimeOff(properties));
        this.maxSentenceLength = maxSentenceLength;
        if (properties.stringPropertyNames().stream().anyMatch(k -> k.startsWith("sutime."))) {
            LOG.warn("sutime.* properties are not supported by the time-gated NER; set corenlp.timeGatedNer=false "
                    + "to use them");
        }
        NERClassifierCombiner stock = field(NERCombinerAnnotator.class, "ner", this, NERClassifierCombiner.class);
        @SuppressWarnings("unchecked")
        List<AbstractSequenceClassifier<CoreLabel>> models =
                field(ClassifierCombiner.class, "baseClassifiers", stock, List.class);
        @SuppressWarnings("unchecked")
        AbstractSequenceClassifier<CoreLabel>[] shared = models.toArray(new AbstractSequenceClassifier[0]);
        boolean numeric = stock.appliesNumericClassifiers();
        AbstractSequenceClassifier<CoreLabel>[] named = timeModels ? withoutTimeModels(shared) : shared;
        AbstractSequenceClassifier<CoreLabel>[] timed = timeModels ? timeModelsOf(shared) : shared;
        NERClassifierCombiner numericWithoutTime = new NERClassifierCombiner(numeric, false, named);
        this.withoutTime = new NERCombinerAnnotator(numericWithoutTime, false, 1, 0, maxSentenceLength, false, false);
        NERClassifierCombiner allWithoutSutime = new NERClassifierCombiner(numeric, false, shared);
        this.withoutSutime = new NERCombinerAnnotator(allWithoutSutime, false, 1, 0, maxSentenceLength, false, false);
        Supplier<SutimeInstances.Instance> factory = () -> {
            try {
                NERClassifierCombiner withTime = new NERClassifierCombiner(numeric, true, timed);
                NERCombinerAnnotator annotator = new NERCombinerAnnotator(withTime, false, 1, 0, maxSentenceLength, false, false);
                return SutimeInstances.Instance.of(sutimeRules(withTime), annotator::doOneSentence);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build another SUTime instance", e);
            }
        };
        this.sutime = new SutimeInstances(factory.get(), factory);
    }

    private static Properties sutimeOff(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.setProperty("ner.useSUTime", "false");
        return copy;
    }

    /** The models that label dates or times (the MUC 7-class model in CoreNLP's default); all when none does. */
    @SuppressWarnings("unchecked")
    private static AbstractSequenceClassifier<CoreLabel>[] timeModelsOf(AbstractSequenceClassifier<CoreLabel>[] models) {
        List<AbstractSequenceClassifier<CoreLabel>> kept = new java.util.ArrayList<>();
        for (AbstractSequenceClassifier<CoreLabel> model : models) {
            if (model.labels().contains("DATE") || model.labels().contains("TIME")) {
                kept.add(model);
            }
        }
        return kept.isEmpty() ? models : kept.toArray(new AbstractSequenceClassifier[0]);
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

    /** SUTime's rule variables inside a combiner: combiner.nsc.timexExtractor.expressionExtractor.env. */
    private static Env sutimeRules(NERClassifierCombiner combiner) {
        Object numbers = field(NERClassifierCombiner.class, "nsc", combiner, NumberSequenceClassifier.class);
        Object timex = field(NumberSequenceClassifier.class, "timexExtractor", numbers, TimeExpressionExtractorImpl.class);
        return field(TimeExpressionExtractorImpl.class, "expressionExtractor", timex, CoreMapExpressionExtractor.class)
                .getEnv();
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
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CueWindows.Window> windows = tokens.size() > maxSentenceLength ? List.of()
                : CueWindows.around(words(tokens), CueWindows.RADIUS);
        if (windows.isEmpty()) {
            withoutTime.doOneSentence(annotation, sentence);
            return;
        }
        SutimeInstances.Instance instance = lent.get();
        if (instance == null) {
            throw new IllegalStateException("a sentence reached the NER outside annotate(Annotation)");
        }
        timed.get()[0]++;
        // The windows are read on copies made before the whole sentence is labelled, so that no label
        // of the whole sentence's pass reaches SUTime's.
        List<List<CoreLabel>> read = new java.util.ArrayList<>(windows.size());
        Integer sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int firstToken = sentenceStart == null ? 0 : sentenceStart;
        for (CueWindows.Window window : windows) {
            List<CoreLabel> copies = new java.util.ArrayList<>(window.size());
            for (int i = window.start(); i < window.end(); i++) {
                copies.add(new CoreLabel(tokens.get(i)));
            }
            instance.annotateSentence().accept(annotation, windowSentence(sentence, copies, firstToken + window.start()));
            read.add(copies);
        }
        withoutSutime.doOneSentence(annotation, sentence);
        for (int w = 0; w < windows.size(); w++) {
            List<CoreLabel> copies = read.get(w);
            for (int i = 0; i < copies.size(); i++) {
                TimeWindowLabels.merge(copies.get(i), tokens.get(windows.get(w).start() + i));
            }
        }
    }

    private static List<String> words(List<CoreLabel> tokens) {
        List<String> words = new java.util.ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            words.add(token.word());
        }
        return words;
    }

    /**
     * A sentence of the window's tokens, as SUTime needs it: its text as written (SUTime reads numbers
     * in it by the tokens' character offsets), and token offsets in the document (the numbers it finds
     * are placed by them).
     */
    private static CoreMap windowSentence(CoreMap whole, List<CoreLabel> tokens, int firstToken) {
        CoreMap sentence = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        String text = whole.get(CoreAnnotations.TextAnnotation.class);
        Integer wholeBegin = whole.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (text != null && wholeBegin != null && begin >= wholeBegin && end - wholeBegin <= text.length()) {
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin - wholeBegin, end - wholeBegin));
        }
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        return sentence;
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
