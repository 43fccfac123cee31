package io.newsrel.train;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.CoreNlpAnnotator;
import io.newsrel.config.PipelineConfig;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.entities.GazetteerEntry;
import io.newsrel.entities.Lexicon;
import io.newsrel.entities.MentionCandidate;
import io.newsrel.entities.ModelMentionFinder;
import io.newsrel.entities.OverlapPolicy;
import io.newsrel.entities.PatternMentionFinder;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsrel train systems}: reads news corpora, labels their sentences with the systems
 * gazetteer, measures generalisation on a held-out split (when asked) and trains the final
 * recognizer on every sentence.
 */
public final class SystemModelTraining {

    private static final Logger LOG = LoggerFactory.getLogger(SystemModelTraining.class);
    /** Tokens must be the pipeline's; tagging and lemmas serve the pattern rules compared against. */
    private static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma");
    /** Spans the model is less sure of are not proposed when scoring, as in the pipeline's default. */
    private static final double MIN_CONFIDENCE = 0.5;

    /** What one {@code --corpus} path held. */
    public record CorpusStats(String path, int documents, int leftOut, int unreadable, int sentences, int systemMentions,
                              int distinctSystems) {
    }

    /** The generalisation measurement. */
    public record Holdout(double fraction, long seed, int heldOutSystems, int trainingSentences, int scoredSentences,
                          List<RecognizerScores> scores) {
    }

    /** The trained model and what the card says about it. */
    public record Result(TokenNameFinderModel model, List<CorpusStats> corpora, int trainingSentences,
                         int systemMentions, int distinctSystems, Holdout holdout) {
    }

    private final SystemModelTrainer.Settings settings;
    private final DefenceDocumentFilter filter;
    private final int threads;

    public SystemModelTraining(SystemModelTrainer.Settings settings, DefenceDocumentFilter filter, int threads) {
        this.settings = settings;
        this.filter = filter;
        this.threads = threads;
    }

    /**
     * @param corpora  files or folders of .txt, .jsonl and Reuters .sgm files
     * @param holdout  share of systems (and documents) held out to measure generalisation; 0 skips it
     * @param seed     seed of the held-out choice
     */
    public Result run(List<Path> corpora, double holdout, long seed) throws IOException {
        List<GazetteerEntry> entries = EntityGazetteers.load(List.of(), List.of(), CountryGazetteer.load(List.of()));
        SystemLabeler labeler = new SystemLabeler(EntityFinders.gazetteerFinder(entries));
        PipelineConfig.CoreNlp defaults = PipelineConfig.defaults().corenlp();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(new PipelineConfig.CoreNlp(ANNOTATORS, false, false,
                defaults.maxSentenceTokens(), defaults.properties()));

        List<GeneralisationEvaluation.LabeledDocument> documents = new ArrayList<>();
        List<CorpusStats> stats = new ArrayList<>();
        for (Path corpus : corpora) {
            ReadCorpus read = read(corpus, annotator, labeler);
            documents.addAll(read.documents());
            stats.add(stats(corpus.toString(), read.documents(), read.unreadable(), read.leftOut()));
        }
        List<LabeledSentence> all = documents.stream().flatMap(d -> d.sentences().stream()).toList();
        CorpusStats total = stats("all", documents, 0, 0);

        Holdout measured = holdout > 0 ? measure(documents, entries, holdout, seed) : null;
        LOG.info("training the final model on {} sentences", all.size());
        TokenNameFinderModel model = SystemModelTrainer.train(all, settings);
        return new Result(model, stats, all.size(), total.systemMentions(), total.distinctSystems(), measured);
    }

    private Holdout measure(List<GeneralisationEvaluation.LabeledDocument> documents, List<GazetteerEntry> entries,
                            double fraction, long seed) {
        HoldoutSplit split = HoldoutSplit.of(entries, fraction, seed);
        List<LabeledSentence> training = documents.stream().flatMap(d -> d.sentences().stream())
                .filter(split::isTraining).toList();
        long scored = documents.stream().flatMap(d -> d.sentences().stream())
                .filter(s -> !split.isTraining(s)).count();
        LOG.info("held out {} systems; training on {} sentences, scoring {}", split.heldOut().size(), training.size(), scored);
        ModelMentionFinder model = new ModelMentionFinder(SystemModelTrainer.train(training, settings), MIN_CONFIDENCE);
        PatternMentionFinder pattern = new PatternMentionFinder(Lexicon.resource(EntityFinders.CATEGORY_WORDS));
        OverlapPolicy patternFirst = new OverlapPolicy(List.of(pattern.name(), model.name()));
        Function<AnnotatedText, List<MentionCandidate>> both = text -> {
            List<MentionCandidate> candidates = new ArrayList<>(pattern.find(text));
            candidates.addAll(model.find(text));
            return patternFirst.resolve(candidates);
        };
        List<RecognizerScores> scores = List.of(
                GeneralisationEvaluation.score("pattern rules", documents, split, pattern::find),
                GeneralisationEvaluation.score("model", documents, split, model::find),
                GeneralisationEvaluation.score("pattern rules + model", documents, split, both));
        return new Holdout(fraction, seed, split.heldOut().size(), training.size(), (int) scored, scores);
    }

    /** The labelled documents of one corpus path, and how many records were not used. */
    private record ReadCorpus(List<GeneralisationEvaluation.LabeledDocument> documents, int unreadable, int leftOut) {
    }

    private ReadCorpus read(Path corpus, CoreNlpAnnotator annotator, SystemLabeler labeler) throws IOException {
        InputResolver resolver = InputResolver.standard(PipelineConfig.defaults().input());
        int[] unreadable = {0};
        int[] leftOut = {0};
        Iterator<InputItem> items = resolver.records(resolver.files(List.of(corpus)));
        Iterator<InputItem.Document> docs = new Iterator<>() {
            private InputItem.Document next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    InputItem item = items.next();
                    if (item instanceof InputItem.Document d) {
                        if (filter.keep(d.document())) {
                            next = d;
                        } else {
                            leftOut[0]++;
                        }
                    } else if (item instanceof InputItem.Unreadable u) {
                        unreadable[0]++;
                        LOG.warn("skipping {}: {}", u.origin(), u.reason());
                    }
                }
                return next != null;
            }

            @Override
            public InputItem.Document next() {
                InputItem.Document d = next;
                next = null;
                return d;
            }
        };
        List<GeneralisationEvaluation.LabeledDocument> out = new ArrayList<>();
        try (OrderedParallelMap<InputItem.Document, GeneralisationEvaluation.LabeledDocument> map =
                     new OrderedParallelMap<>(docs, d -> annotate(d, annotator, labeler), threads, threads * 8)) {
            while (map.hasNext()) {
                GeneralisationEvaluation.LabeledDocument doc = map.next();
                if (doc != null) {
                    out.add(doc);
                }
            }
        }
        LOG.info("{}: {} documents annotated, {} without a defence word left out", corpus, out.size(), leftOut[0]);
        return new ReadCorpus(out, unreadable[0], leftOut[0]);
    }

    private GeneralisationEvaluation.LabeledDocument annotate(InputItem.Document item, CoreNlpAnnotator annotator,
                                                              SystemLabeler labeler) {
        try {
            AnnotatedText text = annotator.annotate(item.document());
            return new GeneralisationEvaluation.LabeledDocument(text, labeler.label(text));
        } catch (RuntimeException e) {
            LOG.warn("skipping {}: annotation failed: {}", item.origin(), e.toString());
            return null;
        }
    }

    private static CorpusStats stats(String path, List<GeneralisationEvaluation.LabeledDocument> documents, int unreadable,
                                     int leftOut) {
        List<LabeledSentence> sentences = documents.stream().flatMap(d -> d.sentences().stream()).toList();
        List<String> mentions = sentences.stream().flatMap(s -> s.systems().stream())
                .map(LabeledSentence.SystemLabel::entry).toList();
        return new CorpusStats(path, documents.size(), leftOut, unreadable, sentences.size(), mentions.size(),
                (int) mentions.stream().distinct().count());
    }
}
