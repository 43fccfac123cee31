package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.output.Json;
import io.newsrel.util.Iterators;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One batch run: reads every input record, runs the pipeline on several threads, and writes
 * into the output folder, in input order whatever the number of threads:
 * {@code documents.jsonl} (or numbered, optionally gzipped shards), {@code errors.jsonl} (one
 * line per unusable record), {@code facts.jsonl} and {@code facts.csv} (relations aggregated
 * over documents, see {@link FactsAggregator}) and {@code summary.json}.
 *
 * <p>A run survives being killed at any moment: it commits its output with a {@link Checkpoint}
 * every few seconds, and {@link ExtractOptions.Start#RESUME} continues from the last commit, with
 * no document lost or written twice (see {@link RunOutput}). Files under their final names are
 * complete; those being written end in {@code .part}.
 *
 * <p>Limits ({@code limits.*} in the configuration): a document longer than
 * {@code maxDocumentChars} or slower than {@code documentTimeoutMs} becomes an error line, as does
 * a duplicate document id (the first record with an id is kept).
 */
public final class ExtractJob {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String ERRORS = "errors.jsonl";
    public static final String SUMMARY = "summary.json";
    public static final String FACTS = "facts.jsonl";
    public static final String FACTS_CSV = "facts.csv";

    private final Pipeline pipeline;
    private final ExtractOptions options;
    private final ProgressListener progress;

    public ExtractJob(Pipeline pipeline, ExtractOptions options, ProgressListener progress) {
        this.pipeline = pipeline;
        this.options = options;
        this.progress = progress;
    }

    /** A new run writing one documents.jsonl, with a checkpoint every two seconds. */
    public ExtractJob(Pipeline pipeline, int threads, ProgressListener progress) {
        this(pipeline, ExtractOptions.defaults(threads), progress);
    }

    /** The readers for the configured input formats. */
    public InputResolver inputResolver() {
        return InputResolver.standard(pipeline.config().input());
    }

    /**
     * Runs the batch (or the rest of an interrupted one) and returns its summary.
     *
     * @throws RunStateException when the folder holds a run this one may not continue or replace
     */
    public RunSummary run(List<Path> inputs, Path outputDir, double loadSeconds) throws IOException {
        InputResolver resolver = inputResolver();
        List<Path> files = resolver.files(inputs);
        OutputLayout layout = new OutputLayout(outputDir, options.shardSize(), options.gzip());
        Checkpoint start = startingPoint(layout, inputs.stream().map(Path::toString).toList());
        if (start.finished()) {
            return Json.MAPPER.readValue(outputDir.resolve(SUMMARY).toFile(), RunSummary.class);
        }
        try (RunOutput output = new RunOutput(layout, pipeline.config().output(), start)) {
            return process(resolver, files, start, output, loadSeconds);
        }
    }

    /**
     * Runs the batch writing each document as a JSON line to {@code documents} instead of into a
     * folder ({@code newsrel extract -o -}); each failure goes to {@code errors}. Nothing else is
     * written: no errors file, facts or summary, and no checkpoint to resume from.
     *
     * @param inputs      files and folders to read
     * @param documents   where the document lines go, flushed as they come
     * @param errors      told about each record that could not be used
     * @param loadSeconds the time the pipeline took to load, for the summary
     * @return the run's summary
     * @throws IOException when an input cannot be listed or {@code documents} cannot be written
     */
    public RunSummary stream(List<Path> inputs, PrintStream documents, Consumer<DocumentOutcome.Failure> errors,
                             double loadSeconds) throws IOException {
        InputResolver resolver = inputResolver();
        List<Path> files = resolver.files(inputs);
        try (StreamOutput output = new StreamOutput(documents, pipeline.config().output(), errors)) {
            return process(resolver, files, Checkpoint.start(List.of(), ""), output, loadSeconds);
        }
    }

    private RunSummary process(InputResolver resolver, List<Path> files, Checkpoint start, RunSink output,
                               double loadSeconds) throws IOException {
        long total = resolver.knownRecordCount(files).orElse(-1);
        InputResolver.RecordStream records = resolver.records(files);
        Iterator<Object> work = skip(withDuplicatesMarked(records), start.records());
        ProgressListener.Earlier earlier = new ProgressListener.Earlier(start.records(), start.totals().failed(),
                start.records() > 0 ? records.bytesRead() : 0);
        long started = System.nanoTime();
        long lastCommit = started;
        long commitEvery = (long) (options.checkpointSeconds() * 1e9);
        long documents = 0;
        long failed = 0;
        long tokens = 0;
        try (TimeBudget budget = new TimeBudget(pipeline.config().limits().documentTimeoutMs());
             OrderedParallelMap<Object, DocumentOutcome> outcomes = new OrderedParallelMap<>(work,
                     item -> process(item, budget), options.threads(), options.threads() * 4)) {
            while (outcomes.hasNext()) {
                DocumentOutcome outcome = outcomes.next();
                output.write(outcome);
                if (outcome instanceof DocumentOutcome.Success success) {
                    documents++;
                    tokens += success.result().tokenCount();
                } else {
                    failed++;
                }
                long now = System.nanoTime();
                if (now - lastCommit >= commitEvery) {
                    output.commit((now - lastCommit) / 1e9);
                    lastCommit = now;
                }
                progress.update(new ProgressListener.Progress(documents, failed, tokens, now - started, earlier, total,
                        new ProgressListener.Input(records.filesOpened(), files.size(), records.bytesRead(),
                                records.bytesTotal())));
            }
            return output.finish((System.nanoTime() - lastCommit) / 1e9, loadSeconds, options.threads());
        }
    }

    /**
     * Fails, before anything is loaded, when a new run would meet an interrupted one in the
     * output folder: that run is continued (--resume) or discarded (--overwrite) on purpose only.
     */
    public static void checkOutputFolder(Path outputDir, ExtractOptions.Start start) throws IOException {
        Path checkpoint = new OutputLayout(outputDir, 0, false).checkpoint();
        if (start == ExtractOptions.Start.NEW && Files.exists(checkpoint)) {
            Checkpoint earlier = Checkpoint.read(checkpoint);
            if (!earlier.finished()) {
                throw new RunStateException(outputDir + " holds an interrupted run (" + earlier.records()
                        + " records done): continue it with --resume, or start over with --overwrite");
            }
        }
    }

    /** Where this run starts: a new checkpoint, or the one of the interrupted run it continues. */
    private Checkpoint startingPoint(OutputLayout layout, List<String> inputs) throws IOException {
        String settings = Json.line(new Settings(pipeline.config(), options.shardSize(), options.gzip()));
        checkOutputFolder(layout.dir(), options.start());
        Checkpoint earlier = Files.exists(layout.checkpoint()) ? Checkpoint.read(layout.checkpoint()) : null;
        switch (options.start()) {
            case RESUME -> {
                if (earlier != null) {
                    if (!earlier.inputs().equals(inputs)) {
                        throw new RunStateException("cannot resume: the run in " + layout.dir() + " read "
                                + earlier.inputs() + ", not " + inputs);
                    }
                    if (!earlier.settings().equals(settings)) {
                        throw new RunStateException("cannot resume: the run in " + layout.dir()
                                + " had another configuration or output options (" + earlier.settings() + ")");
                    }
                    return earlier;
                }
            }
            case NEW, OVERWRITE -> {
                // a finished run (NEW) or any run (OVERWRITE) is replaced
            }
        }
        layout.clean();
        return Checkpoint.start(inputs, settings);
    }

    /** What a resumed run must share with the run it continues. */
    private record Settings(PipelineConfig config, int shardSize, boolean gzip) {
    }

    /** Marks each record whose document id an earlier record had; those go to errors.jsonl. */
    private static Iterator<Object> withDuplicatesMarked(Iterator<InputItem> records) {
        Set<String> seenIds = new HashSet<>();
        return Iterators.map(records, item -> {
            if (item instanceof InputItem.Document doc && !seenIds.add(doc.document().id())) {
                return new InputItem.Unreadable(doc.document().id(), doc.origin(),
                        "duplicate document id; the first record with it was kept");
            }
            return item;
        });
    }

    /** Drops the first {@code count} records: an interrupted run wrote them already. */
    private static Iterator<Object> skip(Iterator<Object> records, long count) {
        for (long i = 0; i < count && records.hasNext(); i++) {
            records.next();
        }
        return records;
    }

    /** Runs on a worker thread; never throws. */
    private DocumentOutcome process(Object item, TimeBudget budget) {
        if (item instanceof InputItem.Unreadable bad) {
            return new DocumentOutcome.Failure(bad.id(), bad.origin(), bad.reason());
        }
        InputItem.Document doc = (InputItem.Document) item;
        int maxChars = pipeline.config().limits().maxDocumentChars();
        int length = doc.document().text().length();
        if (length > maxChars) {
            return new DocumentOutcome.Failure(doc.document().id(), doc.origin(),
                    "document has " + length + " characters, over limits.maxDocumentChars=" + maxChars);
        }
        return budget.run(doc.document().id(), doc.origin(), () -> pipeline.processSafely(doc.document(), doc.origin()));
    }
}
