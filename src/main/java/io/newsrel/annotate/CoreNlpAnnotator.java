package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.CharSpan;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenization, sentence splitting, tagging and NER by Stanford CoreNLP.
 *
 * <p>One {@link StanfordCoreNLP} is built per annotator and shared by all threads: CoreNLP's
 * standard annotators are thread-safe once loaded (its server shares one pipeline the same way),
 * and loading is the expensive part.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    /** Used when CoreNLP gives no probability for a label (rule-based labels such as dates). */
    private static final double DEFAULT_NER_CONFIDENCE = 0.8;

    private final StanfordCoreNLP corenlp;
    /** newsrel's own "ner" step after {@link #corenlp}, or null when CoreNLP runs its stock one. */
    private final Annotator timeGatedNer;
    private final Set<Capability> provides;

    public CoreNlpAnnotator(PipelineConfig.CoreNlp settings) {
        this(properties(settings), settings.timeGatedNer(), settings.maxSentenceTokens());
    }

    /**
     * An annotator with exactly these CoreNLP properties and none of newsrel's settings; the
     * evaluation uses it to run raw CoreNLP as the baseline.
     */
    public CoreNlpAnnotator(Properties properties) {
        this(properties, false, Integer.MAX_VALUE);
    }

    private CoreNlpAnnotator(Properties properties, boolean timeGated, int maxSentenceLength) {
        long started = System.nanoTime();
        String annotators = properties.getProperty("annotators");
        List<String> names = List.of(annotators.split("\\s*,\\s*"));
        // Read before CoreNLP builds: it rewrites "annotators" (ssplit is folded into tokenize).
        this.provides = capabilities(names);
        // The gated NER replaces the stock one when it comes last, so nothing after it misses it.
        boolean gate = timeGated && names.get(names.size() - 1).equals("ner");
        Properties base = properties;
        if (gate) {
            base = new Properties();
            base.putAll(properties);
            base.setProperty("annotators", String.join(",", names.subList(0, names.size() - 1)));
        }
        this.corenlp = new StanfordCoreNLP(base);
        try {
            this.timeGatedNer = gate ? new TimeGatedNerAnnotator(properties, maxSentenceLength) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
        }
        LOG.info("CoreNLP {} loaded in {} ms{}", annotators, (System.nanoTime() - started) / 1_000_000,
                gate ? " (SUTime on sentences with a temporal cue only)" : "");
    }

    static Properties properties(PipelineConfig.CoreNlp settings) {
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", settings.annotators()));
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        // News texts put one paragraph per line; a line without final punctuation (a headline,
        // a caption) must not be glued to the next paragraph.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrainedNer()));
        String maxLength = Integer.toString(settings.maxSentenceTokens());
        props.setProperty("pos.maxlen", maxLength);
        props.setProperty("ner.maxlen", maxLength);
        props.setProperty("parse.maxlen", maxLength);
        settings.properties().forEach(props::setProperty);
        return props;
    }

    private static Set<Capability> capabilities(List<String> annotators) {
        Set<Capability> caps = EnumSet.noneOf(Capability.class);
        for (String annotator : annotators) {
            switch (annotator) {
                case "tokenize" -> caps.add(Capability.TOKENS);
                case "ssplit" -> caps.add(Capability.SENTENCES);
                case "pos" -> caps.add(Capability.POS);
                case "lemma" -> caps.add(Capability.LEMMAS);
                case "ner" -> {
                    caps.add(Capability.NER);
                    caps.add(Capability.DATES);
                }
                default -> {
                    // other annotators add nothing newsrel reads
                }
            }
        }
        return caps;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of();
    }

    @Override
    public Set<Capability> provides() {
        return provides;
    }

    @Override
    public AnnotatedText annotate(NewsDocument document) {
        Annotation annotation = new Annotation(document.text());
        // SUTime resolves "last year", "Tuesday" against this date.
        document.publicationDate().ifPresent(date ->
                annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        corenlp.annotate(annotation);
        if (timeGatedNer != null) {
            timeGatedNer.annotate(annotation);
        }

        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        List<NerSpan> spans = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new AnnotatedText(document, List.of(), List.of());
        }
        for (CoreMap coreSentence : coreSentences) {
            int index = sentences.size();
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                int start = label.beginPosition();
                int end = label.endPosition();
                tokens.add(new Token(tokens.size(), text.substring(start, end), start, end,
                        label.tag(), label.lemma()));
            }
            sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
            List<CoreMap> mentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap mention : mentions) {
                    spans.add(nerSpan(index, mention));
                }
            }
        }
        return new AnnotatedText(document, sentences, spans);
    }

    private static NerSpan nerSpan(int sentence, CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel first = tokens.get(0);
        CoreLabel last = tokens.get(tokens.size() - 1);
        // CoreLabel.index() counts from 1 within the sentence.
        TokenSpan tokenSpan = new TokenSpan(first.index() - 1, last.index());
        CharSpan chars = new CharSpan(first.beginPosition(), last.endPosition());
        String label = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new NerSpan(sentence, tokenSpan, chars, label, normalized, confidence(mention, label));
    }

    private static double confidence(CoreMap mention, String label) {
        Map<String, Double> probs = mention.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        if (probs == null) {
            return DEFAULT_NER_CONFIDENCE;
        }
        Double p = probs.get(label);
        return p == null || p < 0 || p > 1 ? DEFAULT_NER_CONFIDENCE : p;
    }
}
