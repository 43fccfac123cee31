package io.newsrel.train;

import io.newsrel.Pipeline;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.eval.DocumentExtractor;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsrel under k-fold cross-validation by document: the gold articles are split into k folds
 * ({@link DocumentFolds}); for each fold, every learned part is trained ({@link GoldTrainer}) on
 * the articles of the other folds, and the fold's articles are processed by a pipeline that uses
 * those models. No article is ever processed by a model that saw it. Documents that are not gold
 * articles (other evaluation sets) go to the base pipeline.
 */
public final class CrossValidatedExtractor implements DocumentExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(CrossValidatedExtractor.class);

    private final Pipeline base;
    private final Map<NewsDocument, Pipeline> byDocument;
    private final Map<String, Integer> foldOfArticle;

    private CrossValidatedExtractor(Pipeline base, Map<NewsDocument, Pipeline> byDocument,
                                    Map<String, Integer> foldOfArticle) {
        this.base = base;
        this.byDocument = byDocument;
        this.foldOfArticle = foldOfArticle;
    }

    /**
     * Trains every part for every fold and builds the fold pipelines.
     *
     * @param pipelines builds a pipeline from the base configuration and some settings; should share
     *                  one (caching) annotator, since every fold reads the same articles
     */
    public static CrossValidatedExtractor train(List<DefnewsGold.Article> gold, int k, long seed,
                                                List<GoldTrainer> trainers, PipelineFactory pipelines, Pipeline base)
            throws IOException {
        DocumentFolds<DefnewsGold.Article> folds = DocumentFolds.split(gold, a -> a.document().id(), k, seed);
        Map<NewsDocument, Pipeline> byDocument = new HashMap<>();
        Map<String, Integer> foldOfArticle = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("newsrel-cv");
        try {
            for (int f = 0; f < folds.size(); f++) {
                Pipeline pipeline = trainers.isEmpty() ? base
                        : foldPipeline(folds.training(f), trainers, pipelines, work.resolve("fold-" + (f + 1)));
                for (DefnewsGold.Article article : folds.test(f)) {
                    byDocument.put(article.document(), pipeline);
                    foldOfArticle.put(article.document().id(), f + 1);
                }
                LOG.info("fold {} of {}: {} articles to score, parts trained on {}", f + 1, k, folds.test(f).size(),
                        folds.training(f).size());
            }
        } finally {
            deleteTree(work);
        }
        return new CrossValidatedExtractor(base, byDocument, foldOfArticle);
    }

    private static Pipeline foldPipeline(List<DefnewsGold.Article> training, List<GoldTrainer> trainers,
                                         PipelineFactory pipelines, Path dir) throws IOException {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (GoldTrainer trainer : trainers) {
            Path partDir = Files.createDirectories(dir.resolve(trainer.name()));
            Map<String, Object> before = Map.copyOf(settings);
            settings.putAll(trainer.train(training, more -> {
                Map<String, Object> all = new LinkedHashMap<>(before);
                all.putAll(more);
                return pipelines.build(all);
            }, partDir));
        }
        return pipelines.build(settings);
    }

    /** Which fold (1..k) scored each gold article, by id. */
    public Map<String, Integer> foldOfArticle() {
        return Map.copyOf(foldOfArticle);
    }

    @Override
    public String name() {
        return "newsrel";
    }

    @Override
    public ExtractionResult process(NewsDocument document) {
        return byDocument.getOrDefault(document, base).process(document);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
