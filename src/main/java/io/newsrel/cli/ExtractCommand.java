package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ExtractOptions;
import io.newsrel.batch.RunPlan;
import io.newsrel.batch.RunStateException;
import io.newsrel.batch.RunSummary;
import io.newsrel.config.PipelineConfig;
import io.newsrel.sipri.RegisterComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel extract}: the batch run over files and folders. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extracts entities and relations from news files and writes JSON.",
        description = {
                "Reads .txt (one document each), .jsonl (one JSON object per line), .html,",
                ".warc and Reuters-21578 .sgm files, each possibly compressed (.gz, .bz2,",
                ".zst), folders holding them, and standard input (-).",
                "",
                "Writes DIR/documents.jsonl, errors.jsonl, facts.jsonl, facts.csv and",
                "summary.json. With -o - the documents go to standard output, one JSON line",
                "each, and errors, progress and the summary to standard error.",
                "",
                "A killed run goes on with --resume.",
                ""})
final class ExtractCommand implements Callable<Integer> {

    /** The output name that means standard output. */
    static final String STDOUT = "-";

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or folders to read (default: corpus); - reads standard input.")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = {"Output folder (default: ${DEFAULT-VALUE}); - for standard output."})
    String output = "output";

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads sharing one pipeline (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "JSON configuration merged over the defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"One setting by its dotted key (repeatable), for example:", "--set output.tokens=true"})
    Map<String, String> settings = Map.of();

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
    boolean quiet;

    @Option(names = "--report", description = "Also write DIR/report/index.html, the review page (see newsrel report).")
    boolean report;

    @Option(names = "--sipri", paramLabel = "CSV",
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
        checkOptions();
        ExtractOptions.Start start = resume ? ExtractOptions.Start.RESUME
                : overwrite ? ExtractOptions.Start.OVERWRITE : ExtractOptions.Start.NEW;
        ExtractOptions options = new ExtractOptions(threads, shardSize, gzip, start, checkpointSeconds);
        StderrProgress progress = new StderrProgress(quiet, StderrProgress.onTerminal());
        Pipeline.Builder builder = Pipeline.builder();
        if (config != null) {
            builder.configFile(config);
        }
        settings.forEach(builder::set);
        PipelineConfig pipelineConfig = builder.config(); // a bad setting is reported before anything loads
        try {
            if (output.equals(STDOUT)) {
                return toStandardOutput(builder, options, progress);
            }
            Path outputDir = Path.of(output);
            RunSummary summary;
            try (RunPlan plan = ExtractJob.plan(inputs, outputDir, pipelineConfig, options)) {
                if (plan.finished()) {
                    summary = plan.finishedSummary();
                    progress.message("nothing to do: " + outputDir + " holds this run, finished (" + summary.documents()
                            + " documents, " + summary.failed() + " errors)");
                    return summary.failed() > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
                }
                progress.message(plan.resumes() ? "continuing the run in " + outputDir + " after " + plan.recordsDone()
                        + " records; loading pipeline ..." : "loading pipeline ...");
                long started = System.nanoTime();
                Pipeline pipeline = PipelineLoading.load(builder);
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                progress.message(String.format("pipeline loaded in %.1f s; reading %s", loadSeconds, inputs));
                summary = new ExtractJob(pipeline, options, progress).run(plan, loadSeconds);
            }
            progress.done(summary, outputDir);
            if (sipri != null) {
                compareWithRegister(outputDir);
            }
            int reportCode = report ? ReportCommand.write(outputDir, outputDir.resolve("report"), quiet) : NewsrelCli.OK;
            return summary.failed() > 0 ? NewsrelCli.RECORDS_FAILED : reportCode;
        } catch (RunStateException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UsageException("input not found: " + e.getFile(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RuntimeException("I/O error: " + e.getMessage(), e);
        }
    }

    /** {@code -o -}: documents to standard output, each failure and the summary to standard error. */
    private int toStandardOutput(Pipeline.Builder builder, ExtractOptions options, StderrProgress progress)
            throws IOException {
        progress.message("loading pipeline ...");
        long started = System.nanoTime();
        Pipeline pipeline = PipelineLoading.load(builder);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        progress.message(String.format("pipeline loaded in %.1f s; reading %s", loadSeconds, inputs));
        RunSummary summary = new ExtractJob(pipeline, options, progress).stream(inputs, System.out, progress::failure,
                loadSeconds);
        progress.doneStreaming(summary);
        return summary.failed() > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
    }

    /** Option errors, found before anything loads. */
    private void checkOptions() {
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
        if (output.equals(STDOUT)) {
            List<String> folderOnly = new ArrayList<>();
            if (resume) {
                folderOnly.add("--resume");
            }
            if (overwrite) {
                folderOnly.add("--overwrite");
            }
            if (shardSize > 0) {
                folderOnly.add("--shard-size");
            }
            if (gzip) {
                folderOnly.add("--gzip (pipe through gzip instead)");
            }
            if (report) {
                folderOnly.add("--report");
            }
            if (sipri != null) {
                folderOnly.add("--sipri");
            }
            if (!folderOnly.isEmpty()) {
                throw new UsageException("-o - writes documents to standard output; " + String.join(", ", folderOnly)
                        + " need an output folder", null);
            }
        }
        for (Path input : inputs) {
            if (!input.toString().equals("-") && !input.toFile().exists()) {
                throw new UsageException("input not found: " + input, null);
            }
        }
        if (sipri != null && !sipri.toFile().isFile()) {
            throw new UsageException("SIPRI register not found: " + sipri, null);
        }
    }

    private void compareWithRegister(Path outputDir) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        PrintWriter totals = quiet ? new PrintWriter(Writer.nullWriter()) : err;
        try {
            FactsCommand.compareInto(sipri, outputDir, totals, err);
        } catch (IOException e) {
            throw new RuntimeException("I/O error comparing with " + sipri + ": " + e, e);
        }
    }
}
