package io.newsrel.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsrel.Pipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A load test on loopback, bounded in time and in requests: {@code newsrel extract} on the
 * documents (warming the JIT up, and giving each document's expected line), then a server with
 * the same pipeline and threads under {@code clients} concurrent clients, then extract again.
 * Every 200 must be extract's line for the document (its id aside), every accepted document
 * answered exactly once; 503s are counted; anything else is an error.
 */
public final class LoadTest {

    private static final Logger LOG = LoggerFactory.getLogger(LoadTest.class);
    private static final String ID_PREFIX = "{\"schema\":\"" + DocumentJson.SCHEMA + "\",\"id\":";

    /**
     * @param clients       concurrent clients
     * @param seconds       how long the clients send (the server phase's time bound)
     * @param maxRequests   requests at most (0: only the time bound)
     * @param threads       worker threads of the server and of extract
     * @param queue         the server's queue
     * @param extractRounds passes over the documents in one extract run
     * @param extractRuns   extract runs: one before the server phase, the others after it
     */
    public record Options(int clients, double seconds, long maxRequests, int threads, int queue, int extractRounds,
                          int extractRuns) {
        public Options {
            if (clients < 1 || threads < 1 || queue < 0 || extractRounds < 1 || extractRuns < 1 || maxRequests < 0
                    || !(seconds > 0)) {
                throw new IllegalArgumentException("load test options out of range: " + this);
            }
        }
    }

    private final Pipeline pipeline;
    private final Options options;
    private final LongSupplier nanoClock;

    public LoadTest(Pipeline pipeline, Options options, LongSupplier nanoClock) {
        this.pipeline = pipeline;
        this.options = options;
        this.nanoClock = nanoClock;
    }

    /** Runs the test; {@code workDir} receives extract's input and output folders. */
    public LoadReport run(List<NewsDocument> documents, Path workDir) throws Exception {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to send");
        }
        if (documents.stream().map(NewsDocument::id).distinct().count() < documents.size()) {
            throw new IllegalArgumentException("the documents' ids are not distinct; each answer is checked by its id");
        }
        Path input = workDir.resolve("load-input.jsonl");
        writeInput(documents, input);
        List<LoadReport.Phase> extractRuns = new ArrayList<>();
        Map<String, String> lines = new HashMap<>();
        extractRuns.add(extract(input, workDir.resolve("extract-1"), documents, lines));
        LoadClients.Result clients;
        LoadReport.Phase phase;
        ServerSettings settings = new ServerSettings(ServerSettings.DEFAULT_HOST, 0, options.threads(), options.queue(),
                ServerSettings.DEFAULT_MAX_BODY_BYTES, ServerSettings.DEFAULT_RETRY_AFTER_SECONDS,
                ServerSettings.DEFAULT_STOP_TIMEOUT_MS);
        try (NewsrelServer server = NewsrelServer.start(settings)) {
            server.ready(pipeline);
            List<Target> targets = documents.stream().map(d -> new Target(d, rest(lines, d.id()))).toList();
            LOG.info("server phase: {} clients for at most {} s", options.clients(), options.seconds());
            Measure measure = new Measure();
            clients = new LoadClients(server.uri(), targets, nanoClock).run(options.clients(),
                    nanoClock.getAsLong() + (long) (options.seconds() * 1e9), options.maxRequests());
            phase = measure.end(clients.answered(), clients.answeredChars());
        }
        for (int run = 2; run <= options.extractRuns(); run++) {
            extractRuns.add(extract(input, workDir.resolve("extract-" + run), documents, new HashMap<>()));
        }
        List<Long> sorted = clients.latenciesNanos().stream().sorted().toList();
        LoadReport.Server server = new LoadReport.Server(phase, clients.sent(), clients.answered(), clients.overloaded(),
                clients.errors(), clients.uniqueIds(), percentileMs(sorted, 50), percentileMs(sorted, 95),
                percentileMs(sorted, 99), percentileMs(sorted, 100));
        return new LoadReport(documents.size(), options.clients(), options.threads(), server, extractRuns,
                clients.errorSamples());
    }

    /** The documents, {@code extractRounds} times with ids made distinct, as extract's JSONL input. */
    private void writeInput(List<NewsDocument> documents, Path input) throws IOException {
        Files.createDirectories(input.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int round = 0; round < options.extractRounds(); round++) {
                for (NewsDocument document : documents) {
                    out.write(Json.line(record(document, document.id() + "~e" + round)));
                    out.write('\n');
                }
            }
        }
    }

    /** Runs extract over the input; keeps each document's line from the first round in {@code lines}. */
    private LoadReport.Phase extract(Path input, Path out, List<NewsDocument> documents, Map<String, String> lines)
            throws IOException {
        Measure measure = new Measure();
        new ExtractJob(pipeline, options.threads(), progress -> { }).run(List.of(input), out, 0);
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum() * options.extractRounds();
        LoadReport.Phase phase = measure.end((long) documents.size() * options.extractRounds(), chars);
        for (String line : Files.readAllLines(out.resolve(ExtractJob.DOCUMENTS), StandardCharsets.UTF_8)) {
            String id = Json.MAPPER.readTree(line).get("id").asText();
            if (id.endsWith("~e0")) {
                lines.put(id.substring(0, id.length() - 3), line);
            }
        }
        LOG.info("extract: {} documents in {} s", phase.documents(), phase.seconds());
        return phase;
    }

    /** The line's text after its id, which is all a request's answer shares with it. */
    private static String rest(Map<String, String> lines, String id) {
        String line = lines.get(id);
        String prefix = ID_PREFIX + Json.line(id + "~e0");
        if (line == null || !line.startsWith(prefix)) {
            throw new IllegalStateException("extract wrote no usable line for document " + id);
        }
        return line.substring(prefix.length());
    }

    /** A JSONL input record of the document under another id, with the configured field names. */
    private ObjectNode record(NewsDocument document, String id) {
        PipelineConfig.Input fields = pipeline.config().input();
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put(fields.idField(), id);
        if (document.date() != null) {
            record.put(fields.dateField(), document.date().toString());
        }
        if (document.title() != null) {
            record.put(fields.titleField(), document.title());
        }
        if (document.url() != null) {
            record.put(fields.urlField(), document.url());
        }
        document.metadata().forEach(record::put);
        record.put(fields.textField(), document.text());
        return record;
    }

    private static double percentileMs(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }

    private final class Target implements LoadClients.Target {
        private final NewsDocument document;
        private final String rest;

        Target(NewsDocument document, String rest) {
            this.document = document;
            this.rest = rest;
        }

        @Override
        public byte[] body(String id) {
            return Json.line(record(document, id)).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String expected(String id) {
            return ID_PREFIX + Json.line(id) + rest + "\n";
        }

        @Override
        public int characters() {
            return document.text().length();
        }

        @Override
        public String id() {
            return document.id();
        }
    }

    /** Wall time, process CPU time and load average from its creation to {@link #end}. */
    private final class Measure {
        private final long started = nanoClock.getAsLong();
        private final long cpuStarted = processCpuNanos();
        private final double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        LoadReport.Phase end(long documents, long characters) {
            return new LoadReport.Phase(documents, characters, (nanoClock.getAsLong() - started) / 1e9,
                    (processCpuNanos() - cpuStarted) / 1e9, loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
