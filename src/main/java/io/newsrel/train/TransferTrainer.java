package io.newsrel.train;

import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.eval.DefnewsGold;
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
    public static final double DEFAULT_SIGMA = 1.0;

    private final double sigma;

    public TransferTrainer(double sigma) {
        this.sigma = sigma;
    }

    @Override
    public String name() {
        return "relations";
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
        return Map.of("relations.transferDecision", PipelineConfig.Relations.LEARNED,
                "relations.transferModelFile", file.toString());
    }

    /** Labels the candidates of every article and trains on them. */
    public Trained train(List<DefnewsGold.Article> gold, Pipeline pipeline) {
        ArmsTransferExtractor extractor = pipeline.stages().stream()
                .filter(ArmsTransferExtractor.class::isInstance).map(ArmsTransferExtractor.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the pipeline extracts no arms transfers"));
        List<TransferModel.Example> examples = new ArrayList<>();
        int goldTransfers = 0;
        int covered = 0;
        for (DefnewsGold.Article article : gold) {
            LinkedDocument linked = pipeline.link(article.document());
            List<LearnedTransfers.Featured> candidates = extractor.candidates(linked);
            TransferLabels labels = new TransferLabels(article);
            for (LearnedTransfers.Featured f : candidates) {
                boolean deal = labels.isDeal(f.candidate());
                for (Features context : ContextLabels.trainingContexts(f, deal)) {
                    examples.add(new TransferModel.Example(List.copyOf(context.names()), deal));
                }
            }
            goldTransfers += labels.goldCount();
            covered += labels.covered(candidates.stream().map(LearnedTransfers.Featured::candidate).toList());
        }
        int positives = (int) examples.stream().filter(TransferModel.Example::deal).count();
        Summary summary = new Summary(gold.size(), examples.size(), positives, goldTransfers, covered);
        LOG.info("transfer decision: {} candidates ({} deals) from {} articles; candidates cover {} of {} gold transfers ({})",
                examples.size(), positives, gold.size(), covered, goldTransfers,
                String.format("%.3f", summary.candidateRecall()));
        return new Trained(TransferModel.train(examples, sigma), summary);
    }
}
