package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ExtractOptions;
import io.newsrel.batch.RunPlan;
import io.newsrel.batch.RunStateException;
import io.newsrel.batch.RunSummary;
import io.newsrel.config.ConfigException;
import io.newsrel.config.PipelineConfig;
import io.newsrel.sipri.RegisterComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel extract}: the batch run over files and folders. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and relations from news files and writes JSON.",
                "Inputs: .txt (one document each, id = file name), .jsonl (one JSON object per line), .html,",
                ".warc / .warc.gz (HTML responses), Reuters-21578 .sgm, each possibly .gz, .bz2 or .zst, or",
                "folders holding them (walked recursively). Writes DIR/documents.jsonl, DIR/errors.jsonl,",
                "DIR/facts.jsonl, DIR/facts.csv and DIR/summary.json. With --report also DIR/report/index.html.",
                "A killed run continues with --resume."})
final class ExtractCommand implements Callable<Integer> {

    /**
     * How the command gets its pipeline: built from the options. Tests that run the command many
     * times in one JVM hand in the JVM's one pipeline instead of loading CoreNLP each time.
     */
    static Function<Pipeline.Builder, Pipeline> pipelines = Pipeline.Builder::build;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or folders to read (default: corpus); - reads standard input.")
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

    @Option(names = "--sipri", paramLabel = "REGISTER",
            description = "Also look each arms transfer up in this SIPRI trade register (CSV) into DIR/"
                    + RegisterComparison.FILE + " (see newsrel facts compare-sipri); the report shows it.")
    Path sipri;

    @Option(names = "--resume", description = "Continue the interrupted run in the output folder (a new run if there is none).")
    boolean resume;

    @Option(names = "--overwrite", description = "Start over even if the output folder holds an interrupted run.")
    boolean overwrite;

    @Option(names = "--shard-size", paramLabel = "N",
            description = "Write documents-00000.jsonl, documents-00001.jsonl, ... of N documents each (default: one documents.jsonl).")
    int shardSize;

    @Option(names = "--gzip", description = "Gzip the documents files (documents.jsonl.gz).")
    boolean gzip;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", hidden = true,
            description = "How often the run commits its output (default: ${DEFAULT-VALUE}).")
    double checkpointSeconds = 2;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads, null);
        }
        if (shardSize < 0) {
            throw new UsageException("--shard-size must be 0 or more, got " + shardSize, null);
        }
        if (resume && overwrite) {
            throw new UsageException("--resume and --overwrite exclude each other", null);
        }
        if (!(checkpointSeconds > 0)) {
            throw new UsageException("--checkpoint-seconds must be positive, got " + checkpointSeconds, null);
        }
        for (Path input : inputs) {
            if (!input.toString().equals("-") && !input.toFile().exists()) {
                throw new UsageException("input not found: " + input, null);
            }
        }
        if (sipri != null && !sipri.toFile().isFile()) {
            throw new UsageException("SIPRI register not found: " + sipri, null);
        }
        ExtractOptions.Start start = resume ? ExtractOptions.Start.RESUME
                : overwrite ? ExtractOptions.Start.OVERWRITE : ExtractOptions.Start.NEW;
        ExtractOptions options = new ExtractOptions(threads, shardSize, gzip, start, checkpointSeconds);
        StderrProgress progress = new StderrProgress(quiet, StderrProgress.onTerminal());
        Pipeline.Builder builder = Pipeline.builder();
        PipelineConfig pipelineConfig;
        try {
            if (config != null) {
                builder.configFile(config);
            }
            settings.forEach(builder::set);
            pipelineConfig = builder.config();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
        RunSummary summary;
        try (RunPlan plan = ExtractJob.plan(inputs, output, pipelineConfig, options)) {
            if (plan.finished()) {
                summary = plan.finishedSummary();
                progress.message("nothing to do: " + output + " holds this run, finished (" + summary.documents()
                        + " documents, " + summary.failed() + " errors)");
                return summary.failed() > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
            }
            progress.message(plan.resumes() ? "continuing the run in " + output + " after " + plan.recordsDone()
                    + " records; loading pipeline ..." : "loading pipeline ...");
            long started = System.nanoTime();
            Pipeline pipeline;
            try {
                pipeline = pipelines.apply(builder);
            } catch (ConfigException e) {
                throw new UsageException(e.getMessage(), e);
            }
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            progress.message(String.format("pipeline loaded in %.1f s; reading %s", loadSeconds, inputs));
            summary = new ExtractJob(pipeline, options, progress).run(plan, loadSeconds);
        } catch (RunStateException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UsageException("input not found: " + e.getFile(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RuntimeException("I/O error: " + e, e);
        }
        progress.done(summary, output);
        if (sipri != null) {
            compareWithRegister();
        }
        int reportCode = report ? ReportCommand.write(output, output.resolve("report"), quiet) : NewsrelCli.OK;
        return summary.failed() > 0 ? NewsrelCli.RECORDS_FAILED : reportCode;
    }

    private void compareWithRegister() {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        PrintWriter totals = quiet ? new PrintWriter(Writer.nullWriter()) : err;
        try {
            FactsCommand.compareInto(sipri, output, totals, err);
        } catch (IOException e) {
            throw new RuntimeException("I/O error comparing with " + sipri + ": " + e, e);
        }
    }
}
