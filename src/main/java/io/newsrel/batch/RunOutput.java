package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.ExtractionResult;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

/**
 * The output of one run while it is written: documents (one file or shards), errors and the
 * fact-mention journal, all appended under {@code .part} names, and the {@link Checkpoint} that
 * says how much of them is committed. Touched only by the thread that consumes results.
 *
 * <p>Order of a commit: flush the files to disk, then replace the checkpoint atomically. A shard
 * is full: commit it, rename it to its final name, open the next, commit (a kill between the
 * rename and that commit is undone on resume by renaming it back). The end: commit, rename every
 * file to its final name, aggregate facts, write the summary, mark the checkpoint finished.
 */
final class RunOutput implements RunSink {

    private final OutputLayout layout;
    private final PipelineConfig.Output format;
    private final RunTotals totals;
    private final Supplier<List<Checkpoint.InputFile>> inputs;
    private Checkpoint committed;
    private AppendLog documents;
    private final AppendLog errors;
    private final AppendLog journal;
    private int shard;
    private long shardDocuments;
    private long records;

    /**
     * Opens the files of a run at the state of its checkpoint ({@link Checkpoint#start} for a new run).
     *
     * @param inputs what the inputs held, as far as read: recorded with each commit
     */
    RunOutput(OutputLayout layout, PipelineConfig.Output format, Checkpoint from,
              Supplier<List<Checkpoint.InputFile>> inputs) throws IOException {
        this.layout = layout;
        this.inputs = inputs;
        this.format = format;
        this.committed = from;
        this.totals = new RunTotals(from.totals());
        this.shard = from.shard();
        this.shardDocuments = from.shardDocuments();
        this.records = from.records();
        Files.createDirectories(layout.stateDir());
        layout.deleteShardsAfter(shard);
        this.documents = new AppendLog(reopen(layout.documents(shard)), from.documentsLength(), layout.gzip());
        this.errors = new AppendLog(reopen(layout.errors()), from.errorsLength(), false);
        this.journal = new AppendLog(layout.factsJournal(), from.journalLength(), false);
    }

    /** The {@code .part} file to append to; a file renamed to its final name after the last commit is taken back. */
    private static Path reopen(Path file) throws IOException {
        Path part = OutputLayout.part(file);
        if (!Files.exists(part) && Files.exists(file)) {
            Files.move(file, part, StandardCopyOption.ATOMIC_MOVE);
        }
        return part;
    }

    long records() {
        return records;
    }

    /** Writes one outcome; commits when a shard is full. */
    @Override
    public void write(DocumentOutcome outcome, int warnings) throws IOException {
        if (outcome instanceof DocumentOutcome.Success success) {
            ExtractionResult result = success.result();
            documents.writeLine(Json.line(DocumentJson.of(result, format)));
            for (FactsAggregator.FactMention mention : FactsAggregator.mentions(result)) {
                journal.writeLine(Json.line(mention));
            }
            totals.add(result);
            totals.warnings += warnings;
            shardDocuments++;
        } else if (outcome instanceof DocumentOutcome.Failure failure) {
            errors.writeLine(Json.line(ErrorLine.of(failure)));
            totals.failed++;
        }
        records++;
        if (layout.shardSize() > 0 && shardDocuments == layout.shardSize()) {
            nextShard();
        }
    }

    private void nextShard() throws IOException {
        documents.close();
        Path full = layout.documents(shard);
        Files.move(OutputLayout.part(full), full, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        shard++;
        shardDocuments = 0;
        documents = new AppendLog(OutputLayout.part(layout.documents(shard)), 0, layout.gzip());
        commit(0);
    }

    /** Flushes everything written and records it in the checkpoint. */
    @Override
    public void commit(double sessionSeconds) throws IOException {
        committed = new Checkpoint(Checkpoint.VERSION, committed.inputs(), committed.settings(), inputs.get(), records, shard,
                shardDocuments, documents.commit(), errors.commit(), journal.commit(), totals.snapshot(),
                committed.wallSeconds() + sessionSeconds, false);
        committed.write(layout.checkpoint());
    }

    /**
     * Commits, gives every file its final name, writes facts and the summary, and marks the run
     * finished.
     */
    @Override
    public RunSummary finish(double sessionSeconds, double loadSeconds, int threads) throws IOException {
        commit(sessionSeconds);
        double wallSeconds = committed.wallSeconds();
        documents.close();
        errors.close();
        journal.close();
        Path lastShard = layout.documents(shard);
        if (layout.shardSize() > 0 && shard > 0 && shardDocuments == 0) {
            Files.delete(OutputLayout.part(lastShard));
        } else {
            Files.move(OutputLayout.part(lastShard), lastShard, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(OutputLayout.part(layout.errors()), layout.errors(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        FactsAggregator facts = new FactsAggregator();
        try (BufferedReader mentions = Files.newBufferedReader(layout.factsJournal(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = mentions.readLine()) != null) {
                facts.add(Json.MAPPER.readValue(line, FactsAggregator.FactMention.class));
            }
        }
        AtomicFile.write(layout.dir().resolve(ExtractJob.FACTS), facts::writeJsonl);
        AtomicFile.write(layout.dir().resolve(ExtractJob.FACTS_CSV), facts::writeCsv);
        RunSummary summary = totals.summary(wallSeconds, loadSeconds, threads);
        AtomicFile.write(layout.dir().resolve(ExtractJob.SUMMARY), out -> out.write(Json.pretty(summary) + "\n"));
        new Checkpoint(Checkpoint.VERSION, committed.inputs(), committed.settings(), committed.files(), records, shard, shardDocuments,
                committed.documentsLength(), committed.errorsLength(), committed.journalLength(), committed.totals(),
                wallSeconds, true).write(layout.checkpoint());
        Files.delete(layout.factsJournal());
        return summary;
    }

    /** Closes the files; the checkpoint is not advanced, so an unfinished run resumes from its last commit. */
    @Override
    public void close() throws IOException {
        try {
            documents.close();
        } finally {
            try {
                errors.close();
            } finally {
                journal.close();
            }
        }
    }

    /** One line of errors.jsonl. */
    record ErrorLine(String source, String id, String reason) {
        static ErrorLine of(DocumentOutcome.Failure failure) {
            return new ErrorLine(failure.origin(), failure.documentId(), failure.reason());
        }
    }
}
