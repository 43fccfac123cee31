package io.newsrel.train;

import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.relations.DefenceGated;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationExtractors;
import io.newsrel.relations.transfer.ArmsTransferExtractor;
import io.newsrel.relations.transfer.Features;
import io.newsrel.relations.transfer.LearnedTransfers;
import io.newsrel.relations.transfer.TransferModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the learned decision on arms transfers ({@code newsrel train relations}): the pipeline
 * (with the entity parts trained before it) reads each gold article, every candidate deal it
 * allows is labelled by whether the gold states it ({@link TransferLabels}), and a logistic
 * regression learns from their features.
 */
public final class TransferTrainer implements GoldTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(TransferTrainer.class);
    public static final String MODEL_FILE = "arms-transfer.model.gz";
    /** The prior's standard deviation, chosen by cross-validation on the dev articles (README). */
    public static final double DEFAULT_SIGMA = 0.3;

    private final double sigma;

    public TransferTrainer(double sigma) {
        this.sigma = sigma;
    }

    @Override
    public String name() {
        return "relations";
    }

    /** Trained per fold only for a pipeline whose transfer decision uses the learned model. */
    @Override
    public boolean usedBy(PipelineConfig config) {
        return config.relations().usesTransferModel();
    }

    /** What a training run saw: candidates, gold transfers and how many of them some candidate covers. */
    public record Summary(int articles, int candidates, int positives, int goldTransfers, int goldCovered) {
        public double candidateRecall() {
            return goldTransfers == 0 ? 1 : (double) goldCovered / goldTransfers;
        }
    }

    /** The trained model and what the training saw. */
    public record Trained(TransferModel model, Summary summary) {
    }

    @Override
    public Map<String, Object> train(List<DefnewsGold.Article> gold, PipelineFactory pipelines, Path dir) throws IOException {
        Trained trained = train(gold, pipelines.build(Map.of("relations.transferDecision", PipelineConfig.Relations.RULES)));
        Path file = dir.resolve(MODEL_FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            trained.model().write(out);
        }
        // The decision (learned or combined) stays the pipeline's own; only the model is the fold's.
        return Map.of("relations.transferModelFile", file.toString());
    }

    /** The candidates of one gold article, each labelled, with the features of each context it is read in. */
    public record LabelledArticle(String id, List<Labelled> candidates, int goldTransfers, int goldCovered) {
    }

    /** One candidate deal: whether the gold states it, and its features per context. */
    public record Labelled(boolean deal, List<Features> contexts) {
    }

    /** Labels the candidates of every article and trains on them. */
    public Trained train(List<DefnewsGold.Article> gold, Pipeline pipeline) {
        List<LabelledArticle> labelled = label(gold, pipeline);
        Summary summary = summary(labelled);
        LOG.info("transfer decision: {} candidates ({} deals) from {} articles; candidates cover {} of {} gold transfers ({})",
                summary.candidates(), summary.positives(), gold.size(), summary.goldCovered(), summary.goldTransfers(),
                String.format("%.3f", summary.candidateRecall()));
        return new Trained(fit(labelled), summary);
    }

    /** Reads every article with the pipeline and labels its candidate deals against the gold. */
    public static List<LabelledArticle> label(List<DefnewsGold.Article> gold, Pipeline pipeline) {
        ArmsTransferExtractor extractor = transferExtractor(pipeline);
        List<LabelledArticle> labelled = new ArrayList<>();
        for (DefnewsGold.Article article : gold) {
            List<LearnedTransfers.Featured> candidates = extractor.candidates(pipeline.link(article.document()));
            TransferLabels labels = new TransferLabels(article);
            List<Labelled> items = candidates.stream()
                    .map(f -> new Labelled(labels.isDeal(f.candidate()), f.contexts())).toList();
            labelled.add(new LabelledArticle(article.document().id(), items, labels.goldCount(),
                    labels.covered(candidates.stream().map(LearnedTransfers.Featured::candidate).toList())));
        }
        return labelled;
    }

    /** Trains the model on every context of every labelled candidate. */
    public TransferModel fit(List<LabelledArticle> articles) {
        List<TransferModel.Example> examples = new ArrayList<>();
        for (LabelledArticle article : articles) {
            for (Labelled candidate : article.candidates()) {
                for (Features context : candidate.contexts()) {
                    examples.add(new TransferModel.Example(List.copyOf(context.names()), candidate.deal()));
                }
            }
        }
        return TransferModel.train(examples, sigma);
    }

    public static Summary summary(List<LabelledArticle> articles) {
        int candidates = 0;
        int positives = 0;
        int gold = 0;
        int covered = 0;
        for (LabelledArticle article : articles) {
            candidates += article.candidates().size();
            positives += (int) article.candidates().stream().filter(Labelled::deal).count();
            gold += article.goldTransfers();
            covered += article.goldCovered();
        }
        return new Summary(articles.size(), candidates, positives, gold, covered);
    }

    static ArmsTransferExtractor transferExtractor(Pipeline pipeline) {
        return pipeline.stages().stream()
                .map(stage -> stage instanceof DefenceGated gated ? gated.extractor() : stage)
                .filter(ArmsTransferExtractor.class::isInstance).map(ArmsTransferExtractor.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the pipeline extracts no arms transfers"));
    }
}
