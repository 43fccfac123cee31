package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.annotate.CachingAnnotator;
import io.newsrel.annotate.TextAnnotator;
import io.newsrel.config.ConfigException;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.eval.BaselineExtractor;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.eval.DocumentExtractor;
import io.newsrel.eval.EvalRunner;
import io.newsrel.eval.Floors;
import io.newsrel.eval.ReportTables;
import io.newsrel.output.Json;
import io.newsrel.train.CrossValidatedExtractor;
import io.newsrel.train.GoldTrainer;
import io.newsrel.train.LearnedParts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsrel eval}: scores newsrel, side by side with raw CoreNLP, on gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Scores newsrel and raw CoreNLP on gold data.",
        description = {"Prints Markdown tables of both, side by side. Modes: defnews (document-level",
                "entities and relations, docs/extraction-spec.md), re3d (spans), conll",
                "(CoNLL-2003 testa). With --floors, exits 1 when any newsrel score falls under",
                "its floor (the CI quality gate).", ""})
final class EvalCommand implements Callable<Integer> {

    /** How far under a measured score --raise-floors puts its floor. */
    private static final double FLOOR_MARGIN = 0.005;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the gold data (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = {"-m", "--mode"}, paramLabel = "MODE", split = ",",
            description = "defnews, re3d, conll, or several separated by commas (default: all).")
    List<EvalRunner.Mode> modes = List.of(EvalRunner.Mode.values());

    @Option(names = "--no-baseline", description = "Score newsrel only, without raw CoreNLP beside it.")
    boolean noBaseline;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the full report as JSON.")
    Path report;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Write newsrel's missed and spurious items per defnews document as JSON.")
    Path misses;

    @Option(names = "--floors", paramLabel = "FILE", description = "Fail (exit 1) when a score is under these floors.")
    Path floors;

    @Option(names = "--raise-floors", description = "With --floors: raise each floor to just under the measured score "
            + "(never lowers one) and rewrite the file.")
    boolean raiseFloors;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Pipeline configuration merged over the defaults.")
    Path config;

    @Option(names = "--cv", paramLabel = "K",
            description = {"Score defnews by K-fold cross-validation by document: the learned parts are trained per fold",
                    "on the other folds' gold articles, so no article is scored by a model that saw it (default: off)."})
    int folds;

    @Option(names = "--cv-seed", paramLabel = "N", description = "Seed of the split into folds (default: ${DEFAULT-VALUE}).")
    long foldSeed = 1;

    @Option(names = "--gold-labelstudio", paramLabel = "FILE",
            description = "Score against a reviewed Label Studio export (JSON tasks) instead of --data.")
    Path goldLabelStudio;

    @Option(names = "--gold-brat", paramLabel = "DIR",
            description = "Score against a reviewed brat folder (.txt/.ann) instead of --data.")
    Path goldBrat;

    @Option(names = "--gold-reviewed", paramLabel = "REVIEW.json",
            description = {"Score against the review file saved by the report's page (accept,",
                    "reject, correct) instead of --data; needs --predicted, the run reviewed."})
    Path goldReviewed;

    @Option(names = "--predicted", paramLabel = "DIR",
            description = "With --gold-*: score this extract output folder (documents.jsonl) instead of running the pipeline on the gold texts.")
    Path predicted;

    @Override
    public Integer call() throws IOException {
        if (goldLabelStudio != null || goldBrat != null || goldReviewed != null) {
            return new ReviewEval(spec, goldLabelStudio, goldBrat, goldReviewed, predicted, config, threads).run(report);
        }
        if (!Files.isDirectory(data)) {
            throw new UsageException("gold data folder not found: " + data, null);
        }
        if (floors != null && !Files.isRegularFile(floors)) {
            throw new UsageException("floors file not found: " + floors, null);
        }
        if (folds == 1 || folds < 0) {
            throw new UsageException("--cv needs at least 2 folds, got " + folds, null);
        }
        Pipeline pipeline = pipeline(Map.of(), null);
        CountryGazetteer countries = CountryGazetteer.load(
                pipeline.config().entities().countryGazetteers().stream().map(Path::of).toList());
        List<DocumentExtractor> systems = new ArrayList<>();
        CrossValidatedExtractor crossValidated = null;
        if (folds > 0 && modes.contains(EvalRunner.Mode.DEFNEWS)) {
            CachingAnnotator shared = new CachingAnnotator(pipeline.annotator());
            crossValidated = CrossValidatedExtractor.train(
                    DefnewsGold.read(EvalRunner.goldPath(data, EvalRunner.Mode.DEFNEWS)), folds, foldSeed,
                    LearnedParts.usedBy(pipeline.config()), settings -> pipeline(settings, shared), pipeline);
            systems.add(crossValidated);
        } else {
            systems.add(DocumentExtractor.of(pipeline));
        }
        if (!noBaseline) {
            systems.add(new BaselineExtractor(countries));
        }
        EvalRunner.EvalReport result = new EvalRunner(systems, countries, threads).run(data, modes);

        PrintWriter out = spec.commandLine().getOut();
        if (crossValidated != null) {
            out.println("defnews-dev scored by " + folds + "-fold cross-validation by document (seed " + foldSeed
                    + "); learned parts trained per fold: " + LearnedParts.usedBy(pipeline.config()).stream().map(GoldTrainer::name).toList()
                    + "\n");
        }
        out.print(ReportTables.render(result));
        out.flush();
        if (report != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("data", data.toString());
            json.put("systems", result.systems);
            json.put("defnews", result.defnews);
            json.put("re3d", result.re3d);
            json.put("re3dTypeMapping", result.re3dTypeMapping());
            json.put("conll", result.conll);
            json.put("seconds", result.seconds);
            if (crossValidated != null) {
                json.put("crossValidation", Map.of("folds", folds, "seed", foldSeed,
                        "parts", LearnedParts.usedBy(pipeline.config()).stream().map(GoldTrainer::name).toList(),
                        "foldOfArticle", new java.util.TreeMap<>(crossValidated.foldOfArticle())));
            }
            Map<String, Object> metrics = new LinkedHashMap<>();
            result.systems.forEach(s -> metrics.put(s, result.metrics(s)));
            json.put("metrics", metrics);
            write(report, json);
        }
        if (misses != null && result.defnews.containsKey("newsrel")) {
            write(misses, result.defnews.get("newsrel").documents());
        }
        if (floors != null) {
            if (raiseFloors) {
                Floors.read(floors).raisedTo(result.metrics("newsrel"), FLOOR_MARGIN).write(floors);
            }
            List<String> violations = Floors.read(floors).violations(result.metrics("newsrel"));
            PrintWriter err = spec.commandLine().getErr();
            if (!violations.isEmpty()) {
                err.println("newsrel: quality gate FAILED:");
                violations.forEach(v -> err.println("  " + v));
                err.flush();
                return NewsrelCli.RECORDS_FAILED;
            }
            err.println("newsrel: quality gate passed (" + Floors.read(floors).minimums().size() + " floors)");
            err.flush();
        }
        return NewsrelCli.OK;
    }

    /** A pipeline from the defaults, the -c file and {@code settings}, on a shared annotator when given. */
    private Pipeline pipeline(Map<String, Object> settings, TextAnnotator annotator) {
        try {
            Pipeline.Builder builder = Pipeline.builder();
            if (config != null) {
                builder.configFile(config);
            }
            settings.forEach(builder::set);
            if (annotator != null) {
                builder.annotator(annotator);
            }
            return PipelineLoading.load(builder);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static void write(Path file, Object value) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.pretty(value) + "\n");
    }
}
