package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.RunSummary;
import io.newsrel.config.ConfigException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel extract}: the batch run over files and folders. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and relations from news files and writes JSON.",
                "Inputs: .txt files (one document each, id = file name), .jsonl files (one JSON object per line),",
                "or folders holding them (walked recursively). Writes DIR/documents.jsonl, DIR/errors.jsonl,",
                "DIR/facts.jsonl, DIR/facts.csv and DIR/summary.json; with --report also DIR/report/index.html."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to read (default: corpus).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads sharing one pipeline (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "JSON configuration merged over the defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "One setting by dotted key, e.g. --set output.tokens=true (repeatable).")
    Map<String, String> settings = Map.of();

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr.")
    boolean quiet;

    @Option(names = "--report", description = "Also write DIR/report/index.html, the review page (see newsrel report).")
    boolean report;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads, null);
        }
        for (Path input : inputs) {
            if (!input.toFile().exists()) {
                throw new UsageException("input not found: " + input, null);
            }
        }
        StderrProgress progress = new StderrProgress(quiet);
        progress.message("loading pipeline ...");
        long started = System.nanoTime();
        Pipeline pipeline;
        try {
            Pipeline.Builder builder = Pipeline.builder();
            if (config != null) {
                builder.configFile(config);
            }
            settings.forEach(builder::set);
            pipeline = builder.build();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        progress.message(String.format("pipeline loaded in %.1f s; reading %s", loadSeconds, inputs));
        RunSummary summary;
        try {
            summary = new ExtractJob(pipeline, threads, progress).run(inputs, output, loadSeconds);
        } catch (NoSuchFileException e) {
            throw new UsageException("input not found: " + e.getFile(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RuntimeException("I/O error: " + e, e);
        }
        progress.done(summary, output);
        int reportCode = report ? ReportCommand.write(output, output.resolve("report"), quiet) : NewsrelCli.OK;
        return summary.failed() > 0 ? NewsrelCli.RECORDS_FAILED : reportCode;
    }
}
