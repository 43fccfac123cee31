package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.Entity;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.util.Loading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenization, sentence splitting, tagging, lemmas, NER and dependency parses by Stanford CoreNLP.
 *
 * <p>With {@code corenlp.onlyWhereNeeded} (the default), CoreNLP tokenizes and splits the whole
 * document, the tagger runs on the sentences NER reads tags on (those with a number, an amount or
 * a time word, or a name before a word in lower case: {@link NumericCues}, {@link TemporalCues},
 * {@link NameSequenceCues}), NER on every sentence, and tags, lemmas
 * and parses go only where the configured stages ask for them ({@link SentenceNeeds}). Each sentence
 * gets exactly what the stock steps give it ({@code TimeGatedNerAnnotatorTest}). Without the setting,
 * and for raw CoreNLP (the evaluation's baseline), CoreNLP runs its steps on every sentence.
 *
 * <p>One {@link StanfordCoreNLP} is built per annotator and shared by all threads: CoreNLP's
 * standard annotators are thread-safe once loaded (its server shares one pipeline the same way),
 * and loading is the expensive part.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    /** The steps the on-demand mode knows how to run, in their order. */
    private static final List<String> ON_DEMAND_STEPS = List.of("tokenize", "ssplit", "pos", "lemma", "ner");

    private final StanfordCoreNLP corenlp;
    /** newsrel's own "ner" step after {@link #corenlp}, or null when CoreNLP runs its stock one or none. */
    private final Annotator ner;
    /** Tags and lemmas sentence by sentence, or null when {@link #corenlp} tags every sentence (or none). */
    private final SentenceTagger tagger;
    /** Whether NER reads tags (and lemmas) on every sentence: SUTime everywhere, or the fine-grained pass. */
    private final boolean nerReadsTagsEverywhere;
    /** Whether NER reads tags on sentences with a number (its numeric classifiers run). */
    private final boolean nerReadsNumberTags;
    /** Whether NER reads tags on sentences with a time word (SUTime runs). */
    private final boolean nerReadsTimeTags;
    private final SentenceParser parser;
    private final Set<Capability> provides;

    public CoreNlpAnnotator(PipelineConfig.CoreNlp settings) {
        this(properties(settings), settings.timeGatedNer(), settings.timeGatedModels(), settings.onlyWhereNeeded(),
                settings.maxSentenceTokens());
    }

    /**
     * An annotator with exactly these CoreNLP properties and none of newsrel's settings; the
     * evaluation uses it to run raw CoreNLP as the baseline.
     */
    public CoreNlpAnnotator(Properties properties) {
        this(properties, false, false, false, Integer.MAX_VALUE);
    }

    private CoreNlpAnnotator(Properties properties, boolean timeGated, boolean timeGatedModels, boolean onDemand,
                             int maxSentenceLength) {
        long started = System.nanoTime();
        String annotators = properties.getProperty("annotators");
        List<String> names = List.of(annotators.split("\\s*,\\s*"));
        if (onDemand && !inOrder(names)) {
            throw new IllegalArgumentException("corenlp.onlyWhereNeeded runs the annotators " + ON_DEMAND_STEPS
                    + " (some of them, in that order), not " + names + "; set corenlp.onlyWhereNeeded=false");
        }
        // Read before CoreNLP builds: it rewrites "annotators" (ssplit is folded into tokenize).
        this.provides = capabilities(names);
        this.parser = names.contains("pos") ? new SentenceParser(maxSentenceLength) : null;
        boolean nerLast = names.get(names.size() - 1).equals("ner");
        List<String> byCoreNlp = onDemand ? names.stream().filter(n -> n.equals("tokenize") || n.equals("ssplit")).toList()
                : timeGated && nerLast ? names.subList(0, names.size() - 1) : names;
        Properties base = new Properties();
        base.putAll(properties);
        base.setProperty("annotators", String.join(",", byCoreNlp));
        // The tagger's model loads on a thread of its own while CoreNLP loads its NER models here (all
        // but the first of them on one more thread: CrfModelLoading).
        CompletableFuture<SentenceTagger> tagging = onDemand && names.contains("pos")
                ? Loading.start("newsrel-loading-tagger", () -> new SentenceTagger(properties)) : null;
        this.corenlp = new StanfordCoreNLP(base);
        // CoreNLP's defaults: numeric classifiers, SUTime and the fine-grained pass are on unless turned off.
        this.nerReadsNumberTags = !"false".equals(properties.getProperty("ner.applyNumericClassifiers"));
        this.nerReadsTimeTags = nerReadsNumberTags && !"false".equals(properties.getProperty("ner.useSUTime"));
        this.nerReadsTagsEverywhere = nerReadsTimeTags && !timeGated
                || !"false".equals(properties.getProperty("ner.applyFineGrained"));
        this.ner = nerStep(properties, nerLast && (timeGated || onDemand), timeGated, timeGatedModels, maxSentenceLength);
        this.tagger = tagging == null ? null : Loading.join(tagging);
        if (names.contains("ner")) {
            HugeMethods.adviseIfInterpreted();
        }
        LOG.info("CoreNLP {} loaded in {} ms{}{}", annotators, (System.nanoTime() - started) / 1_000_000,
                timeGated && nerLast ? " (SUTime on sentences with a temporal cue only)" : "",
                onDemand ? " (tags, lemmas and parses on the sentences that need them)" : "");
    }

    private static Annotator nerStep(Properties properties, boolean ours, boolean timeGated, boolean timeGatedModels,
                                     int maxSentenceLength) {
        if (!ours) {
            return null;
        }
        try {
            return timeGated ? new TimeGatedNerAnnotator(properties, timeGatedModels, maxSentenceLength)
                    : new NERCombinerAnnotator(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
        }
    }

    private static boolean inOrder(List<String> names) {
        int last = -1;
        for (String name : names) {
            int at = ON_DEMAND_STEPS.indexOf(name);
            if (at <= last) {
                return false;
            }
            last = at;
        }
        return true;
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
                case "pos" -> {
                    caps.add(Capability.POS);
                    caps.add(Capability.PARSE); // the parser reads the tags
                }
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
        return annotate(document, SentenceNeeds.everywhere(EnumSet.of(Capability.POS, Capability.LEMMAS)));
    }

    @Override
    public AnnotatedText annotate(NewsDocument document, SentenceNeeds needs) {
        Annotation annotation = new Annotation(document.text());
        // SUTime resolves "last year", "Tuesday" against this date.
        document.publicationDate().ifPresent(date ->
                annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        corenlp.annotate(annotation);
        if (ner != null) {
            if (tagger != null) {
                int tagged = tagWhereNerReadsTags(annotation);
                LOG.debug("{}: {} sentences tagged for NER", document.id(), tagged);
            }
            ner.annotate(annotation);
        }
        return complete(CoreLabels.toText(document, annotation), null, needs);
    }

    /**
     * Tags (and, for the fine-grained pass, lemmatizes) the sentences NER reads tags on.
     *
     * @return how many sentences were tagged
     */
    private int tagWhereNerReadsTags(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return 0;
        }
        int tagged = 0;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (nerReadsTagsEverywhere || nerReadsTimeTags && TemporalCues.any(tokens)
                    || nerReadsNumberTags && NumericCues.any(tokens) || NameSequenceCues.any(tokens)) {
                tagger.tag(tokens);
                tagged++;
                if (nerReadsTagsEverywhere && provides.contains(Capability.LEMMAS)) {
                    tokens.forEach(t -> t.setLemma(SentenceTagger.lemma(t.word(), t.tag())));
                }
            }
        }
        return tagged;
    }

    @Override
    public AnnotatedText complete(AnnotatedText text, List<Entity> entities, SentenceNeeds needs) {
        if (needs.capabilities().isEmpty() || text.sentences().isEmpty()) {
            return text;
        }
        SentenceNeeds.Selected selected = needs.select(new SentenceContext(text, entities));
        Map<Integer, Sentence> completed = new HashMap<>();
        int tagged = 0;
        int lemmatized = 0;
        if (tagger != null) {
            BitSet tagOrLemmatize = (BitSet) selected.pos().clone();
            tagOrLemmatize.or(selected.lemmas());
            boolean lemmas = provides.contains(Capability.LEMMAS);
            for (int s = tagOrLemmatize.nextSetBit(0); s >= 0; s = tagOrLemmatize.nextSetBit(s + 1)) {
                boolean tag = !text.has(Capability.POS, s);
                boolean lemmatize = lemmas && selected.lemmas().get(s) && !text.has(Capability.LEMMAS, s);
                tagged += tag ? 1 : 0;
                lemmatized += lemmatize ? 1 : 0;
                if (tag || lemmatize) {
                    Sentence sentence = text.sentences().get(s);
                    completed.put(s, new Sentence(s, sentence.start(), sentence.end(),
                            tagger.complete(sentence.tokens(), tag, lemmatize)));
                }
            }
        }
        Map<Integer, SemanticGraph> parses = new HashMap<>();
        if (parser != null) {
            BitSet parse = selected.parse();
            for (int s = parse.nextSetBit(0); s >= 0; s = parse.nextSetBit(s + 1)) {
                if (!text.has(Capability.PARSE, s)) {
                    SemanticGraph graph = parser.parse(completed.getOrDefault(s, text.sentences().get(s)));
                    if (graph != null) {
                        parses.put(s, graph);
                    }
                }
            }
        }
        // Per document, so that a run's counts can be summed from a debug log (README, Speed and memory).
        LOG.debug("{}: {} of {} sentences tagged, {} lemmatized, {} parsed {}", text.document().id(), tagged,
                text.sentences().size(), lemmatized, parses.size(), entities == null ? "before entities" : "after entities");
        return text.with(completed, parses);
    }
}
