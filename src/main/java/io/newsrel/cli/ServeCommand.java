package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.server.NewsrelServer;
import io.newsrel.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsrel serve}: parses the options and runs {@link NewsrelServer} until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves the pipeline over HTTP.",
        description = {"POST /v1/extract (JSON, NDJSON or text/plain), GET /v1/health,",
                "GET /v1/ready, the OpenAPI description at /v1/openapi.yaml and a",
                "try-it page at /. Listens on 127.0.0.1 unless --host says otherwise.",
                "SIGTERM stops it after answering what it accepted.", ""})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads sharing one pipeline (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N",
            description = "Requests that may wait for a worker; beyond them, 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int queue = ServerSettings.DEFAULT_QUEUE;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            description = "Largest request body; a larger one gets 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes = ServerSettings.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--retry-after", paramLabel = "SECONDS", description = "Retry-After of a 503 (default: ${DEFAULT-VALUE}).")
    int retryAfter = ServerSettings.DEFAULT_RETRY_AFTER_SECONDS;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS",
            description = "On SIGTERM, how long accepted requests may take to finish (default: ${DEFAULT-VALUE}).")
    long stopTimeoutSeconds = ServerSettings.DEFAULT_STOP_TIMEOUT_MS / 1000;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "JSON configuration merged over the defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"One setting by dotted key (repeatable), e.g.", "--set limits.maxDocumentChars=200000"})
    Map<String, String> settings = Map.of();

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings server;
        try {
            server = new ServerSettings(host, port, threads, queue, maxBodyBytes, retryAfter,
                    Math.multiplyExact(stopTimeoutSeconds, 1000L));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new UsageException("newsrel serve: " + e.getMessage(), e);
        }
        Pipeline.Builder builder = PipelineOptions.builder(config, settings);
        PrintWriter err = spec.commandLine().getErr();
        try (NewsrelServer running = listen(server)) {
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "newsrel-serve-shutdown"));
            err.println("newsrel: listening on " + running.uri() + " (loading the pipeline ...)");
            err.flush();
            long started = System.nanoTime();
            running.ready(PipelineOptions.build(builder));
            err.printf("newsrel: ready in %.1f s: POST %sv1/extract, try-it page %s%n",
                    (System.nanoTime() - started) / 1e9, running.uri(), running.uri());
            err.flush();
            running.join();
        }
        return NewsrelCli.OK;
    }

    private static NewsrelServer listen(ServerSettings settings) {
        try {
            return NewsrelServer.start(settings);
        } catch (IOException e) {
            throw new UsageException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not start: " + e, e);
        }
    }
}
