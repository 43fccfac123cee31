package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.output.Json;
import io.newsrel.train.AttributeCrossValidation;
import io.newsrel.train.AttributeModelCard;
import io.newsrel.relations.attributes.ValueCandidate;
import io.newsrel.train.AttributeTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsrel train attributes --gold FILE... -o FILE}: the learned decision on deal year, value and quantity. */
@Command(name = "attributes", mixinStandardHelpOptions = true,
        header = "Trains the learned decision on deal attributes (year, value, quantity).",
        description = {"Reads the gold articles with the pipeline, labels every candidate year,",
                "amount and count near each transfer it finds against the gold, trains a",
                "logistic regression, cross-validates it by document, and writes the",
                "model with its card (FILE with .md).", ""})
final class TrainAttributesCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = {"Model to write (default:", "${DEFAULT-VALUE})."})
    Path out = Path.of("models/relations/deal-attributes.model.gz");

    @Option(names = "--sigma", description = "Standard deviation of the Gaussian prior (default: ${DEFAULT-VALUE}).")
    double sigma = AttributeTrainer.DEFAULT_SIGMA;

    @Option(names = "--examples", paramLabel = "FILE", description = {"Also write the labelled deals and their",
            "candidate values as JSON, to review."})
    Path examples;

    @Override
    public Integer call() throws IOException {
        training.check(out);
        List<DefnewsGold.Article> articles = training.articles();
        Pipeline pipeline = PipelineLoading.load(
                training.builder().set("relations.attributeDecision", PipelineConfig.Relations.RULES));
        AttributeTrainer trainer = new AttributeTrainer(sigma);
        List<AttributeTrainer.LabelledDeal> deals = AttributeTrainer.label(articles, pipeline);
        AttributeCrossValidation.Result cv = training.folds == 0 ? null
                : AttributeCrossValidation.run(trainer, deals, training.folds, training.seed,
                        pipeline.config().relations().attributeMinConfidence());
        if (examples != null) {
            Files.writeString(examples, Json.pretty(describe(deals, cv == null ? Map.of() : cv.heldOut())) + "\n",
                    StandardCharsets.UTF_8);
        }
        var model = trainer.fit(deals);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        long bytes = Files.size(out);
        Path card = out.resolveSibling(out.getFileName().toString().replaceFirst("(\\.model)?\\.gz$", ".md"));
        Files.writeString(card, AttributeModelCard.markdown(training.gold.stream().map(p -> p.getFileName().toString()).toList(),
                deals, sigma, cv, model, out.getFileName().toString(), bytes, LocalDate.now(), commandLine()),
                StandardCharsets.UTF_8);
        System.err.printf("newsrel: model %s (%,d bytes), card %s%n", out, bytes, card);
        if (cv != null) {
            System.out.println(cv.folds() + "-fold cross-validated on found deals: " + AttributeCrossValidation.summary(cv));
        }
        return NewsrelCli.OK;
    }

    private static List<Map<String, Object>> describe(List<AttributeTrainer.LabelledDeal> deals,
                                                      Map<ValueCandidate, Double> heldOut) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (AttributeTrainer.LabelledDeal deal : deals) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("article", deal.article());
            json.put("key", deal.key());
            json.put("gold", Map.of("year", deal.gold().year(), "quantity", deal.gold().quantity(),
                    "value", deal.gold().value().stream().map(v -> v.amount() + " " + v.currency()).toList(),
                    "status", deal.gold().status()));
            json.put("rules", deal.rules().asMap());
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (int i = 0; i < deal.candidates().size(); i++) {
                var c = deal.candidates().get(i);
                Map<String, Object> candidate = new LinkedHashMap<>();
                candidate.put("kind", c.kind().name());
                candidate.put("value", String.valueOf(c.value()));
                candidate.put("sentence", c.sentence());
                candidate.put("gold", deal.labels().get(i));
                if (heldOut.containsKey(c)) {
                    candidate.put("heldOutProbability", heldOut.get(c));
                }
                candidate.put("features", c.features());
                candidates.add(candidate);
            }
            json.put("candidates", candidates);
            list.add(json);
        }
        return list;
    }

    private String commandLine() {
        StringBuilder cmd = new StringBuilder("newsrel train attributes --gold");
        training.gold.forEach(g -> cmd.append(' ').append(g.getFileName()));
        cmd.append(" -o ").append(out).append(" --sigma ").append(sigma).append(" --cv ").append(training.folds);
        return cmd.toString();
    }
}
