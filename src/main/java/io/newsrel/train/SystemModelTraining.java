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
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Token;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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
    public record Result(TokenNameFinderModel model, List<CorpusStats> corpora, int sentencesRead, int trainingSentences,
                         int systemMentions, int distinctSystems, int replacementNames, Holdout holdout) {
    }

    private final SystemModelTrainer.Settings settings;
    private final DataSettings data;
    private final DefenceDocumentFilter filter;
    private final int threads;

    public SystemModelTraining(SystemModelTrainer.Settings settings, DataSettings data, DefenceDocumentFilter filter,
                               int threads) {
        this.settings = settings;
        this.data = data;
        this.filter = filter;
        this.threads = threads;
    }

    /**
     * How the training set is made from the labelled sentences.
     *
     * @param replacementCopies copies of each labelled sentence with other gazetteer names in (see {@link MentionReplacement})
     * @param otherSentences    share of sentences without a label or a defence word that are kept (see {@link NegativeSentenceSample})
     */
    public record DataSettings(int replacementCopies, double otherSentences) {
        public DataSettings {
            if (replacementCopies < 0) {
                throw new IllegalArgumentException("replacement copies must not be negative: " + replacementCopies);
            }
            if (otherSentences < 0 || otherSentences > 1) {
                throw new IllegalArgumentException("share of other sentences must lie in [0, 1]: " + otherSentences);
            }
        }
    }

    /** The labelled corpora, read once. */
    record Corpora(List<GeneralisationEvaluation.LabeledDocument> documents, List<CorpusStats> stats,
                   List<GazetteerEntry> entries, CoreNlpAnnotator annotator) {
        List<LabeledSentence> sentences() {
            return documents.stream().flatMap(d -> d.sentences().stream()).toList();
        }
    }

    /**
     * @param corpora  files or folders of .txt, .jsonl and Reuters .sgm files
     * @param holdout  share of systems (and documents) held out to measure generalisation; 0 skips it
     * @param seed     seed of the held-out choice and of the training-set sampling
     */
    public Result run(List<Path> corpora, double holdout, long seed) throws IOException {
        Corpora read = read(corpora);
        List<LabeledSentence> all = read.sentences();
        CorpusStats total = stats("all", read.documents(), 0, 0);

        Holdout measured = holdout > 0 ? measure(read, holdout, seed) : null;
        ReplacementNames names = replacementNames(read.entries(), read.annotator());
        List<LabeledSentence> training = trainingSet(all, names, s -> false, seed);
        LOG.info("training the final model on {} sentences ({} read)", training.size(), all.size());
        TokenNameFinderModel model = SystemModelTrainer.train(training, settings);
        return new Result(model, read.stats(), all.size(), training.size(), total.systemMentions(),
                total.distinctSystems(), names.size(), measured);
    }

    Corpora read(List<Path> corpora) throws IOException {
        List<GazetteerEntry> entries = EntityGazetteers.load(List.of(), List.of(), CountryGazetteer.load(List.of()));
        SystemLabeler labeler = new SystemLabeler(EntityFinders.gazetteerFinder(entries));
        PipelineConfig.CoreNlp defaults = PipelineConfig.defaults().corenlp();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(new PipelineConfig.CoreNlp(ANNOTATORS, false, false, false, false,
                defaults.maxSentenceTokens(), defaults.properties()));
        List<GeneralisationEvaluation.LabeledDocument> documents = new ArrayList<>();
        List<CorpusStats> stats = new ArrayList<>();
        for (Path corpus : corpora) {
            ReadCorpus read = read(corpus, annotator, labeler);
            documents.addAll(read.documents());
            stats.add(stats(corpus.toString(), read.documents(), read.unreadable(), read.leftOut()));
        }
        return new Corpora(documents, stats, entries, annotator);
    }

    /**
     * The sentences trained on: a sample of {@code sentences} ({@link NegativeSentenceSample}) and
     * their mention-replacement copies, less the copies {@code rejected} refuses.
     */
    List<LabeledSentence> trainingSet(List<LabeledSentence> sentences, ReplacementNames names,
                                      Predicate<LabeledSentence> rejected, long seed) {
        List<LabeledSentence> kept = new NegativeSentenceSample(filter, data.otherSentences(), seed).of(sentences);
        MentionReplacement.Copies copies = new MentionReplacement(names, data.replacementCopies(), seed)
                .augment(kept, rejected);
        LOG.info("training set: {} of {} sentences kept, {} replacement copies ({} dropped: they name a held-out system)",
                kept.size(), sentences.size(), copies.sentences().size(), copies.rejected());
        List<LabeledSentence> training = new ArrayList<>(kept);
        training.addAll(copies.sentences());
        return training;
    }

    /** Every surface form of the entries' systems, tokenized by the pipeline's tokenizer. */
    static ReplacementNames replacementNames(List<GazetteerEntry> entries, CoreNlpAnnotator annotator) {
        return ReplacementNames.of(entries, surface -> annotator.annotate(NewsDocument.of("name", surface)).sentences()
                .stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList());
    }

    /**
     * Trains on the training side of a held-out split and scores the model, the pattern rules and
     * both on the held-out side.
     */
    Holdout measure(Corpora corpora, double fraction, long seed) {
        List<GeneralisationEvaluation.LabeledDocument> documents = corpora.documents();
        List<LabeledSentence> sentences = corpora.sentences();
        HoldoutSplit split = HoldoutSplit.of(corpora.entries(), fraction, seed);
        // Replacement names come from the entries that stay in training: no held-out name is ever trained on.
        ReplacementNames names = replacementNames(split.trainingEntries(corpora.entries()), corpora.annotator());
        List<LabeledSentence> training = trainingSet(sentences.stream().filter(split::isTraining).toList(),
                names, split::namesHeldOut, seed);
        long scored = sentences.stream().filter(s -> !split.isTraining(s)).count();
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
        InputResolver resolver = InputResolver.standard(PipelineConfig.defaults());
        int[] unreadable = {0};
        int[] leftOut = {0};
        Iterator<InputItem> items = resolver.records(resolver.entries(List.of(corpus)));
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
