package io.newsrel.cli;

import io.newsrel.DocumentOutcome;
import io.newsrel.Pipeline;
import io.newsrel.config.ConfigException;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.eval.ReportTables;
import io.newsrel.eval.ReviewScorer;
import io.newsrel.model.ExtractionResult;
import io.newsrel.output.DocumentsFile;
import io.newsrel.output.Json;
import io.newsrel.review.BratReader;
import io.newsrel.review.LabelStudioReader;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsrel eval --gold-labelstudio FILE | --gold-brat DIR [--predicted DIR]}: scores newsrel
 * against documents analysts reviewed. The predictions are an extract output folder's
 * documents.jsonl (matched by document id, else by identical text) or, without --predicted, the
 * pipeline run on the gold texts.
 */
final class ReviewEval {

    private final CommandSpec spec;
    private final Path goldLabelStudio;
    private final Path goldBrat;
    private final Path predicted;
    private final Path config;
    private final int threads;

    ReviewEval(CommandSpec spec, Path goldLabelStudio, Path goldBrat, Path predicted, Path config, int threads) {
        this.spec = spec;
        this.goldLabelStudio = goldLabelStudio;
        this.goldBrat = goldBrat;
        this.predicted = predicted;
        this.config = config;
        this.threads = threads;
    }

    int run(Path report) throws IOException {
        if (goldLabelStudio != null && goldBrat != null) {
            throw new UsageException("give one of --gold-labelstudio and --gold-brat", null);
        }
        Path gold = goldLabelStudio != null ? goldLabelStudio : goldBrat;
        if (!Files.exists(gold)) {
            throw new UsageException("gold not found: " + gold, null);
        }
        if (predicted != null && DocumentsFile.filesIn(predicted).isEmpty()) {
            throw new UsageException("no documents in " + predicted + " (expected " + DocumentsFile.LAYOUTS + ")", null);
        }
        PrintWriter err = spec.commandLine().getErr();
        int[] bad = {0};
        DocumentsFile.BadLine skip = (where, why) -> {
            bad[0]++;
            err.println("newsrel: skipped " + where + ": " + why);
        };
        Pipeline pipeline = predicted == null ? pipeline() : null;
        CountryGazetteer countries = CountryGazetteer.load(pipeline == null ? List.of()
                : pipeline.config().entities().countryGazetteers().stream().map(Path::of).toList());
        Function<String, String> countryCode = text -> countries.lookup(text).map(CountryGazetteer.Country::iso3).orElse(null);
        List<ExtractionResult> goldDocs = goldLabelStudio != null
                ? new LabelStudioReader(countryCode).read(gold, skip)
                : new BratReader(countryCode).read(gold, skip);
        ReviewScorer scorer = new ReviewScorer();
        if (pipeline == null) {
            scoreAgainstOutput(goldDocs, scorer, skip, err);
        } else {
            scoreWithPipeline(goldDocs, pipeline, scorer, skip);
        }
        ReviewScorer.Result result = scorer.result();
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReportTables.render(result));
        out.flush();
        err.flush();
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, Json.pretty(result) + "\n");
        }
        return bad[0] > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
    }

    private Pipeline pipeline() {
        try {
            Pipeline.Builder builder = Pipeline.builder();
            if (config != null) {
                builder.configFile(config);
            }
            return PipelineLoading.load(builder);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private void scoreAgainstOutput(List<ExtractionResult> goldDocs, ReviewScorer scorer, DocumentsFile.BadLine skip,
                                    PrintWriter err) throws IOException {
        Map<String, ExtractionResult> byId = new HashMap<>();
        Map<String, ExtractionResult> byText = new HashMap<>();
        try (DocumentsFile.Reader docs = DocumentsFile.openFolder(predicted, skip)) {
            docs.forEachRemaining(d -> {
                byId.put(d.document().id(), d);
                byText.putIfAbsent(d.document().text(), d);
            });
        }
        for (ExtractionResult g : goldDocs) {
            ExtractionResult p = byId.get(g.document().id());
            if (p == null || !p.document().text().equals(g.document().text())) {
                p = byText.get(g.document().text());
            }
            if (p == null) {
                skip.skipped(g.document().id(), "no document with this id or text in " + predicted);
            } else {
                scorer.add(g, p);
            }
        }
        err.flush();
    }

    private void scoreWithPipeline(List<ExtractionResult> goldDocs, Pipeline pipeline, ReviewScorer scorer,
                                   DocumentsFile.BadLine skip) {
        try (OrderedParallelMap<ExtractionResult, DocumentOutcome> outcomes = new OrderedParallelMap<>(
                goldDocs.iterator(), g -> pipeline.processSafely(g.document(), g.document().id()), threads, threads * 2)) {
            for (ExtractionResult g : goldDocs) {
                DocumentOutcome outcome = outcomes.next();
                if (outcome instanceof DocumentOutcome.Success s) {
                    scorer.add(g, s.result());
                } else if (outcome instanceof DocumentOutcome.Failure f) {
                    skip.skipped(f.documentId(), f.reason());
                }
            }
        }
    }
}
