package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ExtractOptions;
import io.newsrel.batch.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader of an output folder (report, export, eval --predicted) reads every layout extract writes. */
class OutputLayoutsTest {

    @TempDir
    Path dir;

    @Test
    void extractWithGzipAndReportWritesTheReport() {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", out.toString(), "--gzip", "--report", "-q");
        assertEquals(NewsrelCli.OK, run.code(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("documents.jsonl.gz")));
        assertTrue(Files.isRegularFile(out.resolve("report/index.html")), run.err());
    }

    @Test
    void reportExportAndEvalReadGzippedShards() throws IOException {
        Path out = dir.resolve("sharded");
        new ExtractJob(TestPipeline.get(), new ExtractOptions(2, 2, true, ExtractOptions.Start.NEW, 2),
                ProgressListener.NONE).run(List.of(Corpus.DIR), out, 0);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("documents-00000.jsonl.gz", "documents-00001.jsonl.gz", "documents-00002.jsonl.gz"),
                    files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("documents")).sorted().toList());
        }

        Cli.Run report = Cli.run("report", out.toString());
        assertEquals(NewsrelCli.OK, report.code(), report.err());
        assertTrue(report.err().contains("(5 documents, "), report.err());

        Path export = dir.resolve("labelstudio");
        Cli.Run exported = Cli.run("export", "--format", "labelstudio", out.toString(), "-o", export.toString());
        assertEquals(NewsrelCli.OK, exported.code(), exported.err());
        assertTrue(exported.err().contains("exported 5 tasks"), exported.err());

        Cli.Run eval = Cli.run("eval", "--gold-labelstudio", export.resolve("tasks.json").toString(), "--predicted",
                out.toString());
        assertEquals(NewsrelCli.OK, eval.code(), eval.err());
        assertTrue(eval.out().contains("Scored on 5 reviewed documents."), eval.out());
    }

    @Test
    void aFolderWithoutDocumentsNamesTheLayoutsItLookedFor() {
        Cli.Run run = Cli.run("export", "--format", "brat", dir.toString());
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("no documents in " + dir + " (expected documents.jsonl, documents.jsonl.gz or"
                + " documents-00000.jsonl[.gz] shards; run newsrel extract first)"), run.err());
    }
}
