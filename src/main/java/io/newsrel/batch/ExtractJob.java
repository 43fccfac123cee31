package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import io.newsrel.Pipeline;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.ingest.JsonlReader;
import io.newsrel.ingest.ReutersSgmReader;
import io.newsrel.ingest.TextFileReader;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import io.newsrel.util.OrderedParallelMap;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One batch run: reads every input record, runs the pipeline on several threads, and writes
 * {@code documents.jsonl} (input order), {@code errors.jsonl} (one line per unusable record),
 * {@code facts.jsonl} and {@code facts.csv} (relations aggregated over documents, see
 * {@link FactsAggregator}) and {@code summary.json} into the output folder. Files are written under temporary names and
 * renamed when complete, so a folder never holds half a run under the final names.
 */
public final class ExtractJob {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String ERRORS = "errors.jsonl";
    public static final String SUMMARY = "summary.json";
    public static final String FACTS = "facts.jsonl";
    public static final String FACTS_CSV = "facts.csv";

    private final Pipeline pipeline;
    private final int threads;
    private final ProgressListener progress;

    public ExtractJob(Pipeline pipeline, int threads, ProgressListener progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.progress = progress;
    }

    /** The readers for the configured input formats. */
    public InputResolver inputResolver() {
        return new InputResolver(List.of(new TextFileReader(), new JsonlReader(pipeline.config().input()),
                new ReutersSgmReader()));
    }

    public RunSummary run(List<Path> inputs, Path outputDir, double loadSeconds) throws IOException {
        InputResolver resolver = inputResolver();
        List<Path> files = resolver.files(inputs);
        Files.createDirectories(outputDir);
        Path documentsTmp = outputDir.resolve(DOCUMENTS + ".tmp");
        Path errorsTmp = outputDir.resolve(ERRORS + ".tmp");
        Counts counts = new Counts();
        FactsAggregator facts = new FactsAggregator();
        long started = System.nanoTime();
        try (Writer documents = Files.newBufferedWriter(documentsTmp, StandardCharsets.UTF_8);
             Writer errors = Files.newBufferedWriter(errorsTmp, StandardCharsets.UTF_8)) {
            Iterator<InputItem> records = resolver.records(files);
            Set<String> seenIds = new HashSet<>();
            Iterator<Object> work = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Object next() {
                    InputItem item = records.next();
                    if (item instanceof InputItem.Document doc && !seenIds.add(doc.document().id())) {
                        return new InputItem.Unreadable(doc.document().id(), doc.origin(),
                                "duplicate document id; the first record with it was kept");
                    }
                    return item;
                }
            };
            try (OrderedParallelMap<Object, DocumentOutcome> outcomes =
                         new OrderedParallelMap<>(work, this::process, threads, threads * 4)) {
                while (outcomes.hasNext()) {
                    DocumentOutcome outcome = outcomes.next();
                    if (outcome instanceof DocumentOutcome.Success success) {
                        documents.write(Json.line(DocumentJson.of(success.result(), pipeline.config().output())));
                        documents.write('\n');
                        counts.add(success.result());
                        facts.add(success.result());
                    } else if (outcome instanceof DocumentOutcome.Failure failure) {
                        errors.write(Json.line(ErrorLine.of(failure)));
                        errors.write('\n');
                        counts.failed++;
                    }
                    progress.update(new ProgressListener.Progress(counts.documents, counts.failed, counts.tokens,
                            System.nanoTime() - started));
                }
            }
        }
        Files.move(documentsTmp, outputDir.resolve(DOCUMENTS), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.move(errorsTmp, outputDir.resolve(ERRORS), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        writeAtomically(outputDir.resolve(FACTS), facts::writeJsonl);
        writeAtomically(outputDir.resolve(FACTS_CSV), facts::writeCsv);
        double seconds = (System.nanoTime() - started) / 1e9;
        RunSummary summary = counts.summary(seconds, loadSeconds, threads);
        writeAtomically(outputDir.resolve(SUMMARY), out -> out.write(Json.pretty(summary) + "\n"));
        return summary;
    }

    /** Something that writes a whole file. */
    private interface FileContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes under a temporary name and renames, so the final name never holds half a file. */
    private static void writeAtomically(Path target, FileContent content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs on a worker thread; never throws. */
    private DocumentOutcome process(Object item) {
        if (item instanceof InputItem.Unreadable bad) {
            return new DocumentOutcome.Failure(bad.id(), bad.origin(), bad.reason());
        }
        InputItem.Document doc = (InputItem.Document) item;
        return pipeline.processSafely(doc.document(), doc.origin());
    }

    /** One line of errors.jsonl. */
    record ErrorLine(String source, String id, String reason) {
        static ErrorLine of(DocumentOutcome.Failure failure) {
            return new ErrorLine(failure.origin(), failure.documentId(), failure.reason());
        }
    }

    /** Running totals for the summary; touched only by the consuming thread. */
    private static final class Counts {
        long documents;
        long failed;
        long tokens;
        final Map<String, Long> entities = new TreeMap<>();
        final Map<String, Long> relations = new TreeMap<>();

        void add(ExtractionResult result) {
            documents++;
            tokens += result.tokenCount();
            for (Entity e : result.entities()) {
                entities.merge(e.type().name(), 1L, Long::sum);
            }
            for (Relation r : result.relations()) {
                relations.merge(r.type().name(), 1L, Long::sum);
            }
        }

        RunSummary summary(double seconds, double loadSeconds, int threads) {
            double perSecond = seconds > 0 ? 1 / seconds : 0;
            return new RunSummary(documents, failed, new LinkedHashMap<>(entities), new LinkedHashMap<>(relations),
                    tokens, round(seconds), round(loadSeconds), round(documents * perSecond), round(tokens * perSecond),
                    threads);
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
