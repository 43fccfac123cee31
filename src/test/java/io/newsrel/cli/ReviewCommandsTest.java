package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.CorpusOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, export and eval against the exports, through the command line. */
class ReviewCommandsTest {

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void reportWritesThePageOfAnOutputFolder(@TempDir Path dir) {
        Cli.Run run = run("report", CorpusOutput.dir().toString(), "-o", dir.toString());
        assertEquals(NewsrelCli.OK, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("index.html")));
        assertTrue(run.err().contains("(5 documents, "), run.err());
    }

    @Test
    void reportWithoutDocumentsIsAUsageError(@TempDir Path dir) {
        Cli.Run run = run("report", dir.toString());
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("no documents in " + dir), run.err());
    }

    @Test
    void exportedAnnotationsScoredAgainstTheSameOutputGiveF1One(@TempDir Path dir) throws IOException {
        String output = CorpusOutput.dir().toString();
        for (String format : new String[] {"labelstudio", "brat"}) {
            Path export = dir.resolve(format);
            Cli.Run exported = run("export", "--format", format, output, "-o", export.toString());
            assertEquals(NewsrelCli.OK, exported.code(), exported.err());
            Path gold = format.equals("brat") ? export : export.resolve("tasks.json");
            Cli.Run eval = run("eval", "--gold-" + format, gold.toString(), "--predicted", output);
            assertEquals(NewsrelCli.OK, eval.code(), eval.err());
            assertTrue(eval.out().contains("Scored on 5 reviewed documents."), eval.out());
            assertTrue(eval.out().matches("(?s).*\\| ALL \\| \\d+ \\| 1\\.000 \\| 1\\.000 \\| \\*\\*1\\.000\\*\\* \\|.*"), eval.out());
            assertTrue(!eval.out().contains("0.000"), eval.out());
        }
        assertTrue(Files.readString(dir.resolve("labelstudio/labeling-config.xml")).contains("<Relation value=\"supplierCompany\"/>"));
    }
}
