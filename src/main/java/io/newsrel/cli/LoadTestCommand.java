package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.model.NewsDocument;
import io.newsrel.server.LoadReport;
import io.newsrel.server.LoadTest;
import io.newsrel.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel loadtest}: the server under concurrent clients on loopback, against extract on the same documents. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        header = "Load-tests newsrel serve on 127.0.0.1, bounded in time.",
        description = {"Runs newsrel extract on the documents (warm-up, and the expected",
                "answers), then a server with the same pipeline and threads under",
                "concurrent clients, then extract again. Prints throughput, latency",
                "percentiles, 503s and errors as Markdown; exit code 1 if any answer",
                "was wrong, failed or repeated.", ""})
final class LoadTestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = {"Documents to send (default:", "../shared/data/defnews-dev.jsonl when present,", "else corpus)."})
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 32;

    @Option(names = "--seconds", paramLabel = "S", description = "How long the clients send (default: ${DEFAULT-VALUE}).")
    double seconds = 60;

    @Option(names = "--max-requests", paramLabel = "N", description = "Requests at most (default: no bound but time).")
    long maxRequests;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads of the server and of extract (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", description = "The server's queue (default: ${DEFAULT-VALUE}).")
    int queue = ServerSettings.DEFAULT_QUEUE;

    @Option(names = "--extract-rounds", paramLabel = "N",
            description = "Passes over the documents in each extract run (default: ${DEFAULT-VALUE}).")
    int extractRounds = 2;

    @Option(names = "--extract-runs", paramLabel = "N",
            description = "Extract runs: the first before the server phase, the others after it (default: ${DEFAULT-VALUE}).")
    int extractRuns = 2;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "First N documents (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Extract's input and output (default: ${DEFAULT-VALUE}).")
    Path workDir = Path.of("target", "loadtest");

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "JSON configuration merged over the defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "One setting by dotted key (repeatable).")
    Map<String, String> settings = Map.of();

    @Override
    public Integer call() throws Exception {
        LoadTest.Options options;
        try {
            options = new LoadTest.Options(clients, seconds, maxRequests, threads, queue, extractRounds, extractRuns);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Builder builder = PipelineOptions.builder(config, settings);
        err.println("newsrel: loading the pipeline ...");
        err.flush();
        Pipeline pipeline = PipelineOptions.build(builder);
        List<NewsDocument> documents = documents(pipeline);
        err.printf("newsrel: %d documents; extract, then %d clients for %.0f s, then extract again ...%n",
                documents.size(), clients, seconds);
        err.flush();
        LoadReport report = new LoadTest(pipeline, options, System::nanoTime).run(documents, workDir);
        spec.commandLine().getOut().print(report.toMarkdown());
        spec.commandLine().getOut().flush();
        return report.clean() ? NewsrelCli.OK : NewsrelCli.RECORDS_FAILED;
    }

    private List<NewsDocument> documents(Pipeline pipeline) throws IOException {
        List<Path> paths = inputs;
        if (paths.isEmpty()) {
            Path dev = Path.of("..", "shared", "data", "defnews-dev.jsonl");
            paths = List.of(Files.exists(dev) ? dev : Path.of("corpus"));
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageException("input not found: " + path, null);
            }
        }
        InputResolver resolver = InputResolver.standard(pipeline.config());
        List<NewsDocument> documents = new ArrayList<>();
        InputResolver.RecordStream records = resolver.records(resolver.entries(paths, Set.of()));
        while (records.hasNext() && documents.size() < limit) {
            if (records.next() instanceof InputItem.Document document) {
                documents.add(document.document());
            }
        }
        if (documents.isEmpty()) {
            throw new UsageException("no documents in " + paths, null);
        }
        return documents;
    }
}
