package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line. */
class NewsrelCliTest {

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = NewsrelCli.execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("extract", "--frobnicate");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void missingInputIsAUsageErrorNamingThePath() {
        Run run = run("extract", "no/such/folder", "-q");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("input not found: no/such/folder"), run.err());
    }

    @Test
    void unknownSettingIsAUsageError() {
        Run run = run("extract", "corpus", "-q", "--set", "output.tokenz=true");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("unknown configuration key: output.tokenz"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(NewsrelCli.USAGE, run().code());
    }

    @Test
    void helpOnEveryCommand() {
        assertEquals(NewsrelCli.OK, NewsrelCli.execute("--help"));
        assertEquals(NewsrelCli.OK, NewsrelCli.execute("extract", "--help"));
    }

    @Test
    void extractWritesOutputAndExitsOneWhenARecordFailed(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\": \"a\", \"text\": \"Japan ordered F-35 jets from the United States.\"}\n{broken\n");
        Path out = dir.resolve("out");
        Run run = run("extract", input.toString(), "-o", out.toString(), "-t", "1");
        assertEquals(NewsrelCli.RECORDS_FAILED, run.code(), run.err());
        assertEquals(1, Files.readAllLines(out.resolve("documents.jsonl")).size());
        assertEquals(1, Files.readAllLines(out.resolve("errors.jsonl")).size());
        assertTrue(run.err().contains("1 documents (1 failed)"), run.err());

        Run clean = run("extract", Corpus.DIR.resolve(Corpus.SEED_ID).toString(), "-o", out.toString(), "-q");
        assertEquals(NewsrelCli.OK, clean.code(), clean.err());
        assertEquals("", clean.err());
    }

    @Test
    void anInterruptedRunIsNeverReplacedSilently(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve(".newsrel-run"));
        Files.writeString(out.resolve("checkpoint.json"), """
                {"version": 1, "inputs": ["corpus"], "settings": "{}", "records": 3, "shard": 0, "shardDocuments": 2,
                 "documentsLength": 10, "errorsLength": 5, "journalLength": 0,
                 "totals": {"documents": 2, "failed": 1, "tokens": 9, "entitiesByType": {}, "relationsByType": {}},
                 "wallSeconds": 1.5, "finished": false}
                """);
        Run run = run("extract", "corpus", "-o", dir.resolve("out").toString(), "-q");
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertEquals("newsrel: " + dir.resolve("out") + " holds an interrupted run (3 records done): continue it with"
                + " --resume, or start over with --overwrite\n", run.err());
        assertEquals(NewsrelCli.USAGE, run("extract", "corpus", "--resume", "--overwrite", "-q").code());
    }

    @Test
    void trainSystemsNeedsAnExistingCorpus() {
        Run run = run("train", "systems", "--corpus", "no/such/corpus");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("corpus not found: no/such/corpus"), run.err());
    }

    @Test
    void trainSystemsWritesTheModelItsCardAndTheHeldOutScores(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("systems.bin");
        Path report = dir.resolve("holdout.json");
        Run run = run("train", "systems", "--corpus", "corpus", "--out", model.toString(), "--holdout", "0.2",
                "--report", report.toString(), "--iterations", "5", "--cutoff", "1");

        assertEquals(NewsrelCli.OK, run.code(), run.err());
        new opennlp.tools.namefind.TokenNameFinderModel(model); // loads, custom features included
        String card = Files.readString(dir.resolve("systems.md"));
        assertTrue(card.contains("| `corpus` | 5 |"), card);
        assertTrue(card.contains("## Held-out scores") && card.contains("| pattern rules |"), card);
        String scores = Files.readString(report);
        assertTrue(scores.contains("\"heldOutMentions\"") && scores.contains("\"recognizer\" : \"model\""), scores);
    }
}
