package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.train.CandidateCrossValidation;
import io.newsrel.train.TransferModelCard;
import io.newsrel.train.TransferTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsrel train relations --gold FILE... -o FILE}: the learned arms-transfer decision. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        header = "Trains the learned decision on arms transfers.",
        description = {"Reads the gold articles with the pipeline, labels every candidate deal",
                "against the gold, trains a logistic regression on them, cross-validates",
                "it by document, and writes the model with its card (FILE with .md).", ""})
final class TrainRelationsCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = {"Model to write (default:", "${DEFAULT-VALUE})."})
    Path out = Path.of("models/relations/arms-transfer.model.gz");

    @Option(names = "--sigma", description = "Standard deviation of the Gaussian prior (default: ${DEFAULT-VALUE}).")
    double sigma = TransferTrainer.DEFAULT_SIGMA;

    @Override
    public Integer call() throws IOException {
        training.check(out);
        List<DefnewsGold.Article> articles = training.articles();
        Pipeline pipeline = PipelineLoading.load(
                training.builder().set("relations.transferDecision", PipelineConfig.Relations.RULES));
        TransferTrainer trainer = new TransferTrainer(sigma);
        List<TransferTrainer.LabelledArticle> labelled = TransferTrainer.label(articles, pipeline);
        TransferTrainer.Summary summary = TransferTrainer.summary(labelled);
        CandidateCrossValidation.Result cv = training.folds == 0 ? null
                : CandidateCrossValidation.run(trainer, labelled, training.folds, training.seed,
                        pipeline.config().relations().transferMinConfidence());
        var model = trainer.fit(labelled);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        long bytes = Files.size(out);
        Path card = out.resolveSibling(out.getFileName().toString().replaceFirst("(\\.model)?\\.gz$", ".md"));
        Files.writeString(card, TransferModelCard.markdown(training.gold.stream().map(p -> p.getFileName().toString()).toList(),
                summary, sigma, cv, model, out.getFileName().toString(), bytes, LocalDate.now(), commandLine()),
                StandardCharsets.UTF_8);
        System.err.printf("newsrel: model %s (%,d bytes), card %s%n", out, bytes, card);
        System.out.printf(Locale.ROOT, "candidate recall %.3f (%d of %d gold transfers)%n", summary.candidateRecall(),
                summary.goldCovered(), summary.goldTransfers());
        if (cv != null) {
            System.out.printf(Locale.ROOT, "%d-fold cross-validated, candidate level: learned P %.3f R %.3f F1 %.3f; rules P %.3f R %.3f F1 %.3f%n",
                    cv.folds(), cv.learned().precision(), cv.learned().recall(), cv.learned().f1(),
                    cv.rules().precision(), cv.rules().recall(), cv.rules().f1());
        }
        return NewsrelCli.OK;
    }

    private String commandLine() {
        StringBuilder cmd = new StringBuilder("newsrel train relations --gold");
        training.gold.forEach(g -> cmd.append(' ').append(g.getFileName()));
        cmd.append(" -o ").append(out).append(" --sigma ").append(sigma).append(" --cv ").append(training.folds);
        return cmd.toString();
    }
}
