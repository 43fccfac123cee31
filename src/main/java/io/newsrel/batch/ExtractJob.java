package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.InputEntry;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.output.Json;
import io.newsrel.util.Iterators;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>Limits ({@code limits.*} in the configuration): the document limits are applied by
 * {@link Pipeline#processSafely}, the reading limits by the readers; each violation becomes an
 * error line naming its key, as does a duplicate document id (the first record with an id is
 * kept). A run is decided by {@link #plan} before the pipeline loads: it locks the output folder,
 * refuses files there that no earlier run's checkpoint names, and, to resume, the same settings and
 * inputs.
 */
public final class ExtractJob {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String ERRORS = "errors.jsonl";
    public static final String SUMMARY = "summary.json";
    public static final String FACTS = "facts.jsonl";
    public static final String FACTS_CSV = "facts.csv";

    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

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
        return InputResolver.standard(pipeline.config());
    }

    /**
     * Runs the batch (or the rest of an interrupted one) and returns its summary: {@link #plan}
     * with this job's pipeline configuration, then {@link #run(RunPlan, double)}.
     *
     * @throws RunStateException when the folder holds a run this one may not continue or replace,
     *                           or files it may not touch, or is in use
     */
    public RunSummary run(List<Path> inputs, Path outputDir, double loadSeconds) throws IOException {
        try (RunPlan plan = plan(inputs, outputDir, pipeline.config(), options)) {
            return run(plan, loadSeconds);
        }
    }

    /**
     * Decides a run before any pipeline is loaded (it takes seconds): lists the inputs, checks the
     * output folder and locks it, and finds where the run starts: a new run, the checkpoint of the
     * interrupted run it continues (same settings and inputs, or a {@link RunStateException} naming
     * what differs), or, for {@code --resume} on a finished run, nothing to do. Close the plan to
     * release the folder.
     *
     * @throws RunStateException when the run may not start: an input lies in the output folder, the
     *                           folder is in use or holds files no newsrel run wrote, an interrupted
     *                           run is in the way, or the run to resume had other settings or inputs
     */
    public static RunPlan plan(List<Path> inputs, Path outputDir, PipelineConfig config, ExtractOptions options)
            throws IOException {
        for (Path input : inputs) {
            if (!input.equals(InputEntry.STDIN) && !Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input not found");
            }
        }
        OutputFolder.checkNoInputInside(inputs, outputDir);
        OutputFolder folder = OutputFolder.lock(outputDir);
        try {
            OutputLayout layout = new OutputLayout(outputDir, options.shardSize(), options.gzip());
            String settings = Json.line(new Settings(config, options.shardSize(), options.gzip()));
            List<String> given = inputs.stream().map(Path::toString).toList();
            Checkpoint earlier = Files.exists(layout.checkpoint()) ? Checkpoint.read(layout.checkpoint()) : null;
            if (earlier != null && options.start() == ExtractOptions.Start.RESUME && earlier.finished()) {
                ResumeCheck.sameSettings(outputDir, earlier.settings(), settings);
                ResumeCheck.sameInputPaths(outputDir, earlier, given);
                return new RunPlan(inputs, layout, config, List.of(), earlier, List.of(), folder, true);
            }
            List<InputEntry> entries = InputResolver.standard(config).entries(inputs, Set.of(outputDir.toRealPath()));
            if (earlier != null && options.start() == ExtractOptions.Start.RESUME) {
                ResumeCheck.sameSettings(outputDir, earlier.settings(), settings);
                ResumeCheck.sameInputs(outputDir, earlier, given, entries);
                return new RunPlan(inputs, layout, config, entries, earlier, List.of(), folder, true);
            }
            if (earlier != null && options.start() == ExtractOptions.Start.NEW && !earlier.finished()) {
                throw new RunStateException(outputDir + " holds an interrupted run (" + earlier.records()
                        + " records done): continue it with --resume, or start over with --overwrite");
            }
            List<Path> replaced = OutputFolder.replaced(outputDir, earlier);
            List<Checkpoint.InputFile> files = entries.stream()
                    .map(e -> new Checkpoint.InputFile(e.path().toString(), e.size(), null)).toList();
            return new RunPlan(inputs, layout, config, entries, Checkpoint.start(given, settings, files), replaced, folder,
                    false);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** Runs a planned batch (or the rest of an interrupted one) and returns its summary. */
    public RunSummary run(RunPlan plan, double loadSeconds) throws IOException {
        if (plan.finished()) {
            return plan.finishedSummary();
        }
        if (!plan.config().equals(pipeline.config())) {
            throw new IllegalArgumentException("the run was planned with another configuration than the pipeline's");
        }
        if (!plan.continuesEarlierRun()) {
            OutputFolder.delete(plan.outputDir(), plan.replaced());
        }
        InputResolver resolver = inputResolver();
        Checkpoint start = plan.start();
        InputResolver.RecordStream records = resolver.records(plan.entries());
        try (RunOutput output = new RunOutput(plan.layout(), pipeline.config().output(), start,
                () -> inputFiles(start.files(), records.fingerprints()))) {
            return process(resolver, plan.entries(), records, start, output, loadSeconds);
        }
    }

    /**
     * Runs the batch writing each document as a JSON line to {@code documents} instead of into a
     * folder ({@code newsrel extract -o -}); each failure goes to {@code errors}. Nothing else is
     * written: no errors file, facts or summary, and no checkpoint to resume from.
     *
     * @param inputs      files and folders to read ({@code -} for standard input)
     * @param documents   where the document lines go, flushed as they come
     * @param errors      told about each record that could not be used
     * @param loadSeconds the time the pipeline took to load, for the summary
     * @return the run's summary
     * @throws IOException when an input cannot be listed or {@code documents} cannot be written
     */
    public RunSummary stream(List<Path> inputs, PrintStream documents, Consumer<DocumentOutcome.Failure> errors,
                             double loadSeconds) throws IOException {
        InputResolver resolver = inputResolver();
        List<InputEntry> entries = resolver.entries(inputs);
        try (StreamOutput output = new StreamOutput(documents, pipeline.config().output(), errors)) {
            return process(resolver, entries, resolver.records(entries), Checkpoint.start(List.of(), "", List.of()),
                    output, loadSeconds);
        }
    }

    /** Reads, processes and writes every record after the {@code start}'s, in input order. */
    private RunSummary process(InputResolver resolver, List<InputEntry> entries, InputResolver.RecordStream records,
                               Checkpoint start, RunSink output, double loadSeconds) throws IOException {
        long total = resolver.knownRecordCount(entries).orElse(-1);
        Iterator<Object> work = skip(withDuplicatesMarked(records), start.records());
        ProgressListener.Earlier earlier = new ProgressListener.Earlier(start.records(), start.totals().failed(),
                start.records() > 0 ? records.bytesRead() : 0);
        long started = System.nanoTime();
        long lastCommit = started;
        long commitEvery = (long) (options.checkpointSeconds() * 1e9);
        long documents = 0;
        long failed = 0;
        long tokens = 0;
        try (OrderedParallelMap<Object, Done> outcomes = new OrderedParallelMap<>(work,
                     this::process, options.threads(), options.threads() * 4)) {
            while (outcomes.hasNext()) {
                Done done = outcomes.next();
                DocumentOutcome outcome = done.outcome();
                output.write(outcome, done.warnings().size());
                if (outcome instanceof DocumentOutcome.Success success) {
                    documents++;
                    tokens += success.result().tokenCount();
                    done.warnings().forEach(w -> LOG.warn("{} ({}): {}", done.origin(), outcome.documentId(), w));
                } else {
                    failed++;
                }
                long now = System.nanoTime();
                if (now - lastCommit >= commitEvery) {
                    output.commit((now - lastCommit) / 1e9);
                    lastCommit = now;
                }
                progress.update(new ProgressListener.Progress(documents, failed, tokens, now - started, earlier, total,
                        new ProgressListener.Input(records.filesOpened(), entries.size(), records.bytesRead(),
                                records.bytesTotal())));
            }
            return output.finish((System.nanoTime() - lastCommit) / 1e9, loadSeconds, options.threads());
        }
    }

    /** The run's input entries with the hashes of those opened so far. */
    private static List<Checkpoint.InputFile> inputFiles(List<Checkpoint.InputFile> listed,
                                                         List<InputResolver.Fingerprint> opened) {
        List<Checkpoint.InputFile> files = new ArrayList<>(listed);
        for (int i = 0; i < opened.size() && i < files.size(); i++) {
            Checkpoint.InputFile file = files.get(i);
            files.set(i, new Checkpoint.InputFile(file.path(), file.size(), opened.get(i).sha256()));
        }
        return files;
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

    /** What a resumed run must share with the run it continues. */
    private record Settings(PipelineConfig config, int shardSize, boolean gzip) {
    }

    /** A record's outcome with what its reader warned about, in input order. */
    private record Done(DocumentOutcome outcome, String origin, List<String> warnings) {
    }

    /**
     * Marks each record whose document id an earlier record had; those go to errors.jsonl. Ids
     * over 64 characters are remembered by their SHA-256, so memory per id stays small.
     */
    private static Iterator<Object> withDuplicatesMarked(Iterator<InputItem> records) {
        Set<String> seenIds = new HashSet<>();
        return Iterators.map(records, item -> {
            if (item instanceof InputItem.Document doc && !seenIds.add(compact(doc.document().id()))) {
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

    private static String compact(String id) {
        if (id.length() <= 64) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs on a worker thread; never throws. */
    private Done process(Object item) {
        if (item instanceof InputItem.Unreadable bad) {
            return new Done(new DocumentOutcome.Failure(bad.id(), bad.origin(), bad.reason()), bad.origin(), List.of());
        }
        InputItem.Document doc = (InputItem.Document) item;
        return new Done(pipeline.processSafely(doc.document(), doc.origin()), doc.origin(), doc.warnings());
    }
}
