package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.output.DocumentsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o -}: documents on standard output, everything else on standard error, so newsrel works in a pipe. */
class StdoutOutputTest {

    @TempDir
    Path dir;

    @Test
    void documentsGoToStandardOutputAndErrorsAndTheSummaryToStandardError() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"id": "a", "text": "Japan ordered F-35 jets from the United States."}
                {broken
                {"id": "b", "text": "Poland bought K2 tanks from South Korea in 2022."}
                """);
        Cli.Run run = Cli.run("extract", input.toString(), "-o", "-", "-t", "2");

        assertEquals(NewsrelCli.RECORDS_FAILED, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals("a", DocumentsFile.parse(lines.get(0)).document().id());
        assertEquals("b", DocumentsFile.parse(lines.get(1)).document().id());
        assertTrue(run.err().contains("newsrel: skipped " + input + ":2: "), run.err());
        assertTrue(run.err().contains("newsrel: 2 documents (1 failed)"), run.err());
        assertTrue(run.err().contains("newsrel: wrote 2 documents to standard output"), run.err());
        assertFalse(Files.exists(Path.of("-")), "no folder named -");
    }

    @Test
    void quietLeavesOnlyTheErrorsOnStandardError() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\": \"a\", \"text\": \"\"}\n");
        Cli.Run run = Cli.run("extract", input.toString(), "-o", "-", "-q");
        assertEquals(NewsrelCli.RECORDS_FAILED, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("newsrel: skipped " + input + ":1 (id a): "), run.err());
    }

    @Test
    void folderOptionsWithStandardOutputAreAUsageError() {
        Cli.Run run = Cli.run("extract", "corpus", "-o", "-", "--gzip", "--resume", "-q");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertEquals("newsrel: -o - writes documents to standard output; --resume, --gzip (pipe through gzip instead)"
                + " need an output folder\n", run.err());
    }
}
