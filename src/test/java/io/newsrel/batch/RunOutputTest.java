package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.DocumentOutcome;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output side of resuming, without the pipeline: a run abandoned after writing past its last
 * commit (as a killed process leaves it) and continued from its checkpoint writes exactly what
 * an uninterrupted run writes, also when sharded and gzipped.
 */
class RunOutputTest {

    private static final PipelineConfig.Output FORMAT = new PipelineConfig.Output(false, true);

    @TempDir
    Path dir;

    private static List<DocumentOutcome> outcomes(int count) {
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(i % 4 == 3
                    ? new DocumentOutcome.Failure("bad-" + i, "in.jsonl:" + (i + 1), "malformed JSON")
                    : new DocumentOutcome.Success(new ExtractionResult(NewsDocument.of("doc-" + i, "Text " + i + "."),
                            List.of(), List.of(), List.of())));
        }
        return outcomes;
    }

    private static Checkpoint start() {
        return Checkpoint.start(List.of("in.jsonl"), "settings", List.of());
    }

    @Test
    void anAbandonedShardedGzippedRunResumesToTheUninterruptedOutput() throws IOException {
        List<DocumentOutcome> all = outcomes(14);
        OutputLayout reference = new OutputLayout(dir.resolve("reference"), 3, true);
        Files.createDirectories(reference.dir());
        try (RunOutput output = new RunOutput(reference, FORMAT, start(), List::of)) {
            for (DocumentOutcome outcome : all) {
                output.write(outcome, 0);
            }
            output.finish(0, 0, 1);
        }

        OutputLayout killed = new OutputLayout(dir.resolve("killed"), 3, true);
        Files.createDirectories(killed.dir());
        RunOutput first = new RunOutput(killed, FORMAT, start(), List::of);
        for (int i = 0; i < 5; i++) {
            first.write(all.get(i), 0);
        }
        first.commit(0);
        for (int i = 5; i < 11; i++) {
            first.write(all.get(i), 0); // past the commit, and across a shard boundary that commits again
        }
        first.commit(0);
        first.write(all.get(11), 0); // written, never committed: the kill comes now (no close)

        Checkpoint checkpoint = Checkpoint.read(killed.checkpoint());
        assertEquals(11, checkpoint.records());
        try (RunOutput resumed = new RunOutput(killed, FORMAT, checkpoint, List::of)) {
            for (int i = (int) checkpoint.records(); i < all.size(); i++) {
                resumed.write(all.get(i), 0);
            }
            resumed.finish(0, 0, 1);
        }

        assertEquals(names(reference.dir()), names(killed.dir()));
        assertEquals(List.of(".newsrel-run", "documents-00000.jsonl.gz", "documents-00001.jsonl.gz",
                "documents-00002.jsonl.gz", "documents-00003.jsonl.gz", "errors.jsonl", "facts.csv", "facts.jsonl",
                "summary.json"), names(killed.dir()));
        for (int shard = 0; shard < 4; shard++) {
            assertEquals(gunzip(reference.documents(shard)), gunzip(killed.documents(shard)), "shard " + shard);
        }
        assertEquals(Files.readString(reference.errors()), Files.readString(killed.errors()));
        assertEquals(List.of("doc-12", "doc-13"), ids(gunzip(killed.documents(3))));
        assertTrue(Checkpoint.read(killed.checkpoint()).finished());
        assertFalse(Files.exists(killed.factsJournal()), "the journal is dropped once facts are written");
    }

    private static List<String> ids(String jsonl) {
        return jsonl.lines().map(line -> line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).toList();
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
