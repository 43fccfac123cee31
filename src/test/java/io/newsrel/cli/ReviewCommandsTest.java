package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.CorpusOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, export and eval against the exports, through the command line. */
class ReviewCommandsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = NewsrelCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void reportWritesThePageOfAnOutputFolder(@TempDir Path dir) {
        Run run = run("report", CorpusOutput.dir().toString(), "-o", dir.toString());
        assertEquals(NewsrelCli.OK, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("index.html")));
        assertTrue(run.err().contains("(5 documents, "), run.err());
    }

    @Test
    void reportWithoutDocumentsIsAUsageError(@TempDir Path dir) {
        Run run = run("report", dir.toString());
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("no documents in " + dir), run.err());
    }

    @Test
    void exportedAnnotationsScoredAgainstTheSameOutputGiveF1One(@TempDir Path dir) throws IOException {
        String output = CorpusOutput.dir().toString();
        for (String format : new String[] {"labelstudio", "brat"}) {
            Path export = dir.resolve(format);
            Run exported = run("export", "--format", format, output, "-o", export.toString());
            assertEquals(NewsrelCli.OK, exported.code(), exported.err());
            Path gold = format.equals("brat") ? export : export.resolve("tasks.json");
            Run eval = run("eval", "--gold-" + format, gold.toString(), "--predicted", output);
            assertEquals(NewsrelCli.OK, eval.code(), eval.err());
            assertTrue(eval.out().contains("Scored on 5 reviewed documents."), eval.out());
            assertTrue(eval.out().matches("(?s).*\\| ALL \\| \\d+ \\| 1\\.000 \\| 1\\.000 \\| \\*\\*1\\.000\\*\\* \\|.*"), eval.out());
            assertTrue(!eval.out().contains("0.000"), eval.out());
        }
        assertTrue(Files.readString(dir.resolve("labelstudio/labeling-config.xml")).contains("<Relation value=\"supplierCompany\"/>"));
    }
}
