package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsrel train attributes}: its usage errors, before anything is loaded. */
class TrainAttributesCommandTest {

    @Test
    void aMissingGoldFileIsAUsageError(@TempDir Path dir) {
        Cli.Run run = Cli.run("train", "attributes", "--gold", dir.resolve("none.jsonl").toString(),
                "-o", dir.resolve("m.model.gz").toString());
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("gold file not found: " + dir.resolve("none.jsonl")), run.err());
        assertFalse(Files.exists(dir.resolve("m.model.gz")));
    }

    @Test
    void theModelMustBeAGzipFile(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "");
        Cli.Run run = Cli.run("train", "attributes", "--gold", gold.toString(), "-o", dir.resolve("m.bin").toString());
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--out must name a .gz file"), run.err());
    }

    @Test
    void oneFoldIsAUsageError(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "");
        Cli.Run run = Cli.run("train", "attributes", "--gold", gold.toString(), "--cv", "1");
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--cv needs 0 or at least 2 folds, got 1"), run.err());
    }
}
