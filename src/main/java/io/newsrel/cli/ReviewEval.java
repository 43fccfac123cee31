package io.newsrel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import io.newsrel.review.ReviewedGold;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
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
    private final Path goldReviewed;
    private final Path predicted;
    private final Path config;
    private final int threads;

    ReviewEval(CommandSpec spec, Path goldLabelStudio, Path goldBrat, Path goldReviewed, Path predicted, Path config,
               int threads) {
        this.spec = spec;
        this.goldLabelStudio = goldLabelStudio;
        this.goldBrat = goldBrat;
        this.goldReviewed = goldReviewed;
        this.predicted = predicted;
        this.config = config;
        this.threads = threads;
    }

    int run(Path report) throws IOException {
        if (Stream.of(goldLabelStudio, goldBrat, goldReviewed).filter(Objects::nonNull).count() > 1) {
            throw new UsageException("give one of --gold-labelstudio, --gold-brat and --gold-reviewed", null);
        }
        if (goldReviewed != null && predicted == null) {
            throw new UsageException("--gold-reviewed needs --predicted DIR, the output folder the page reviewed", null);
        }
        Path gold = goldLabelStudio != null ? goldLabelStudio : goldBrat != null ? goldBrat : goldReviewed;
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
        ReviewScorer scorer = new ReviewScorer();
        if (goldReviewed != null) {
            ReviewedGold.Pairs pairs = readReviewed(skip);
            for (int i = 0; i < pairs.gold().size(); i++) {
                scorer.add(pairs.gold().get(i), pairs.predicted().get(i));
            }
            return finish(scorer.result(), report, bad[0], err);
        }
        Pipeline pipeline = predicted == null ? pipeline() : null;
        CountryGazetteer countries = CountryGazetteer.load(pipeline == null ? List.of()
                : pipeline.config().entities().countryGazetteers().stream().map(Path::of).toList());
        Function<String, String> countryCode = text -> countries.lookup(text).map(CountryGazetteer.Country::iso3).orElse(null);
        List<ExtractionResult> goldDocs = goldLabelStudio != null
                ? new LabelStudioReader(countryCode).read(gold, skip)
                : new BratReader(countryCode).read(gold, skip);
        if (pipeline == null) {
            scoreAgainstOutput(goldDocs, scorer, skip, err);
        } else {
            scoreWithPipeline(goldDocs, pipeline, scorer, skip);
        }
        return finish(scorer.result(), report, bad[0], err);
    }

    private ReviewedGold.Pairs readReviewed(DocumentsFile.BadLine skip) throws IOException {
        try {
            return ReviewedGold.read(goldReviewed, predicted, skip);
        } catch (JsonProcessingException e) {
            throw new UsageException("cannot read " + goldReviewed + ": " + e.getOriginalMessage(), e);
        } catch (ReviewedGold.NotAReviewFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private int finish(ReviewScorer.Result result, Path report, int bad, PrintWriter err) throws IOException {
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
        return bad > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
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
