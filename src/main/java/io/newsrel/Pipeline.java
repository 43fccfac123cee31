package io.newsrel;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.CoreNlpAnnotator;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.TextAnnotator;
import io.newsrel.config.ConfigException;
import io.newsrel.config.ConfigLoader;
import io.newsrel.config.PipelineConfig;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.EntityRecognizer;
import io.newsrel.entities.MentionFinder;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.relations.RelationExtractors;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.RelationExtractor;
import io.newsrel.relations.RelationMerger;
import io.newsrel.util.Loading;
import io.newsrel.util.OrderedParallelMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsrel extraction pipeline: annotate → entities → relations.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().build();          // loads CoreNLP once
 * ExtractionResult result = pipeline.process(NewsDocument.of("a1", text));
 * }</pre>
 *
 * <p>Build one and share it: it is immutable and thread-safe, and building it is the expensive
 * part (CoreNLP models load in the constructor).
 *
 * <p>Every document goes through the configured limits ({@code limits.maxDocumentChars},
 * {@code limits.documentTimeoutMs}) here, so the CLI, the Spark job, the benchmark and a server
 * built on this class refuse the same documents for the same reasons.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final PipelineConfig config;
    private final TextAnnotator annotator;
    private final EntityRecognizer entities;
    private final List<RelationExtractor> extractors;
    private final RelationMerger merger = new RelationMerger();
    /** Where the entity stage reads tags, lemmas or parses: chosen before any entity is known. */
    private final SentenceNeeds entityNeeds;
    /** Where the relation extractors and the output read them: chosen with the entities known. */
    private final SentenceNeeds relationNeeds;
    private final TimeBudget budget;

    private Pipeline(PipelineConfig config, TextAnnotator annotator, EntityRecognizer entities,
                     List<RelationExtractor> extractors) {
        this.config = config;
        this.annotator = annotator;
        this.entities = entities;
        this.extractors = List.copyOf(extractors);
        this.budget = new TimeBudget(config.limits().documentTimeoutMs());
        checkRequirements(stages());
        this.entityNeeds = entities.sentenceNeeds();
        SentenceNeeds afterEntities = config.output().tokens()
                ? SentenceNeeds.everywhere(EnumSet.of(Stage.Capability.POS, Stage.Capability.LEMMAS))
                : SentenceNeeds.none(); // tokens in the output carry their tags and lemmas
        for (RelationExtractor extractor : extractors) {
            afterEntities = afterEntities.union(extractor.sentenceNeeds());
        }
        this.relationNeeds = afterEntities;
    }

    public static Builder builder() {
        return new Builder();
    }

    public PipelineConfig config() {
        return config;
    }

    /**
     * This pipeline with other limits: the same loaded stages, so it costs nothing to build. For a
     * runner that applies stricter limits than the configuration's (and for tests).
     */
    public Pipeline withLimits(PipelineConfig.Limits limits) {
        PipelineConfig changed = new PipelineConfig(config.corenlp(), config.entities(), config.relations(), config.input(),
                config.output(), limits);
        return new Pipeline(changed, annotator, entities, extractors);
    }

    /** The annotator, to share with other pipelines built with the same CoreNLP settings ({@link Builder#annotator}). */
    public TextAnnotator annotator() {
        return annotator;
    }

    /** The stages in the order they run. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        stages.add(annotator);
        stages.add(entities);
        stages.addAll(extractors);
        return stages;
    }

    /**
     * Extracts entities and relations from one document. Thread-safe. With a time budget
     * ({@code limits.documentTimeoutMs} &gt; 0) the document runs on a thread of the pipeline's and
     * the caller waits at most that long.
     *
     * @throws LimitExceededException when the document has more than {@code limits.maxDocumentChars}
     *                                characters (it is then not processed) or is not done within
     *                                {@code limits.documentTimeoutMs}
     */
    public ExtractionResult process(NewsDocument document) {
        int maxChars = config.limits().maxDocumentChars();
        int length = document.text().length();
        if (length > maxChars) {
            throw new LimitExceededException("limits.maxDocumentChars",
                    "document has " + length + " characters, over limits.maxDocumentChars=" + maxChars);
        }
        return budget.run(document.id(), () -> extract(document));
    }

    private ExtractionResult extract(NewsDocument document) {
        LinkedDocument linked = link(document);
        AnnotatedText text = linked.text();
        List<Entity> found = linked.entities();
        List<RelationCandidate> candidates = new ArrayList<>();
        for (RelationExtractor extractor : extractors) {
            candidates.addAll(extractor.extract(linked));
        }
        return new ExtractionResult(document, text.sentences(), found, merger.merge(candidates));
    }

    /**
     * A document annotated and with its entities, as relation extractors read it: what trainers of
     * learned relation decisions learn from. Thread-safe.
     */
    public LinkedDocument link(NewsDocument document) {
        AnnotatedText text = annotator.annotate(document, entityNeeds);
        List<Entity> found = entities.recognize(text);
        return new LinkedDocument(annotator.complete(text, found, relationNeeds), found);
    }

    /**
     * Processes a stream of documents on {@code threads} threads and returns their outcomes in
     * input order, lazily: documents are read only as results are consumed, so memory stays flat.
     * A document that fails becomes a {@link DocumentOutcome.Failure}; the batch goes on.
     * Close the returned iterator when done.
     */
    public OrderedParallelMap<NewsDocument, DocumentOutcome> processAll(Iterator<NewsDocument> documents, int threads) {
        Function<NewsDocument, DocumentOutcome> safe = document ->
                processSafely(document, document.url() == null ? document.id() : document.url());
        return new OrderedParallelMap<>(documents, safe, threads, threads * 4);
    }

    /**
     * Processes one document as {@link #process} does and never throws: a failure, a document over
     * a limit included, becomes a {@link DocumentOutcome.Failure} naming {@code origin} (file and
     * line, URL) and the reason, so a batch can go on.
     */
    public DocumentOutcome processSafely(NewsDocument document, String origin) {
        try {
            return new DocumentOutcome.Success(process(document));
        } catch (LimitExceededException e) {
            return new DocumentOutcome.Failure(document.id(), origin, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("document {} failed: {}", document.id(), e.toString());
            return new DocumentOutcome.Failure(document.id(), origin, "processing failed: " + e);
        }
    }

    private static void checkRequirements(List<Stage> stages) {
        Set<Stage.Capability> available = EnumSet.noneOf(Stage.Capability.class);
        for (Stage stage : stages) {
            Set<Stage.Capability> missing = EnumSet.noneOf(Stage.Capability.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new ConfigException("stage '" + stage.name() + "' needs " + missing
                        + ", which no earlier stage provides (earlier stages provide " + available + ")");
            }
            available.addAll(stage.provides());
        }
    }

    /** Builds a {@link Pipeline} from the shipped defaults, a configuration file and single settings. */
    public static final class Builder {

        private final ConfigLoader loader = ConfigLoader.fromDefaults();
        private final List<RelationExtractor> extraExtractors = new ArrayList<>();
        private TextAnnotator annotator;

        private Builder() {
        }

        /** Merges a JSON configuration file over the defaults; unknown keys are an error. */
        public Builder configFile(Path file) {
            loader.mergeFile(file);
            return this;
        }

        /** Merges a configuration given as JSON text over the defaults, as {@link #configFile} does with a file. */
        public Builder configJson(String json, String name) {
            loader.mergeJson(json, name);
            return this;
        }

        /** Sets one setting by dotted key, e.g. {@code set("output.tokens", "true")}. */
        public Builder set(String key, String value) {
            loader.set(key, value);
            return this;
        }

        /** Sets one setting to a list, map or number. */
        public Builder set(String key, Object value) {
            loader.set(key, value);
            return this;
        }

        /** Adds a relation extractor of the caller's after the built-in ones. */
        public Builder addRelationExtractor(RelationExtractor extractor) {
            extraExtractors.add(extractor);
            return this;
        }

        /**
         * Uses an annotator already loaded, instead of loading CoreNLP again: pipelines that differ
         * only after annotation (one per cross-validation fold) share one. It must have been built
         * from the same {@code corenlp} settings as this pipeline's.
         *
         * @param shared the annotator to use
         * @return this builder
         */
        public Builder annotator(TextAnnotator shared) {
            this.annotator = shared;
            return this;
        }

        /**
         * The configuration the pipeline will have, checked without loading anything, so that a
         * bad setting is reported at once rather than after the seconds a build takes.
         *
         * @return the typed configuration
         * @throws ConfigException naming the key of a value of the wrong type or out of range
         */
        public PipelineConfig config() {
            return loader.build();
        }

        /**
         * Loads the models and builds the pipeline.
         *
         * @return the pipeline, ready to share between threads
         * @throws ConfigException when the configuration is invalid, or a file or model it names
         *     cannot be loaded (the error names the key)
         */
        public Pipeline build() {
            PipelineConfig config = loader.build();
            long started = System.nanoTime();
            Pipeline pipeline;
            try {
                // The gazetteers and models of the later stages load on a second thread while CoreNLP
                // loads on this one: about a second less before the first document.
                CompletableFuture<List<MentionFinder>> finders =
                        Loading.start("newsrel-loading-entities", () -> EntityFinders.create(config.entities()));
                TextAnnotator annotator = this.annotator != null ? this.annotator : new CoreNlpAnnotator(config.corenlp());
                List<RelationExtractor> extractors = new ArrayList<>(RelationExtractors.create(config));
                extractors.addAll(extraExtractors);
                pipeline = new Pipeline(config, annotator, new EntityRecognizer(Loading.join(finders)), extractors);
            } catch (ConfigException e) {
                throw e;
            } catch (RuntimeException e) {
                throw loader.blame(e).orElseThrow(() -> e);
            }
            LOG.info("pipeline ready in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    pipeline.stages().stream().map(Stage::name).toList());
            return pipeline;
        }
    }
}
