package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.TestPipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ProgressListener;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code newsrel extract} process (SIGKILL, no chance to clean up) twice in the
 * middle of a run, resumes it each time with {@code --resume}, and checks that the output equals,
 * byte for byte, that of an uninterrupted run: no document lost, none written twice.
 */
class KillAndResumeTest {

    private static final int DOCUMENTS = 120;
    private static final String[] BUYERS = {"Morocco", "Poland", "India", "Egypt", "Norway", "Chile"};
    private static final String[] DEALS = {
            "%s ordered %d K9 howitzers from South Korea in %d.",
            "%s signed a contract for %d Rafale jets with France in %d.",
            "%s received %d Leopard 2 tanks from Germany in %d.",
            "%s bought %d Bayraktar TB2 drones from Turkey in %d."};

    @TempDir
    Path dir;

    @Test
    void aRunKilledTwiceAndResumedWritesWhatAnUninterruptedRunWrites() throws Exception {
        Path input = corpus();
        Path reference = dir.resolve("reference");
        new ExtractJob(TestPipeline.get(), 2, ProgressListener.NONE).run(List.of(input), reference, 0);

        Path out = dir.resolve("killed");
        long firstKill = runAndKill(input, out, false, 20);
        refusesAChangedFolder(input, out);
        long secondKill = runAndKill(input, out, true, firstKill + 30);
        assertTrue(secondKill > firstKill, "the second session went on from the first: " + firstKill + " then " + secondKill);

        Process last = extract(input, out, true);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the resumed run did not finish");
        assertEquals(NewsrelCli.RECORDS_FAILED, last.exitValue(), "the corpus holds bad lines: " + stderr(out));

        for (String file : List.of(ExtractJob.DOCUMENTS, ExtractJob.ERRORS, ExtractJob.FACTS, ExtractJob.FACTS_CSV)) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
        JsonNode expected = Json.MAPPER.readTree(reference.resolve(ExtractJob.SUMMARY).toFile());
        JsonNode actual = Json.MAPPER.readTree(out.resolve(ExtractJob.SUMMARY).toFile());
        for (String count : List.of("documents", "failed", "tokens", "entitiesByType", "relationsByType")) {
            assertEquals(expected.get(count), actual.get(count), count);
        }
        assertEquals(DOCUMENTS - DOCUMENTS / 20, expected.get("documents").asInt());
    }

    /**
     * A file added in front of the folder, or lines put in front of a file, would make the resumed
     * run skip the wrong records: --resume refuses (exit 2, naming the file) and leaves the run as
     * it was; once the folder is back, it resumes.
     */
    private void refusesAChangedFolder(Path input, Path out) throws Exception {
        Path checkpoint = out.resolve(".newsrel-run/checkpoint.json");
        String before = Files.readString(checkpoint);
        Path added = input.resolve("0-day1.jsonl");
        Files.writeString(added, "{\"id\": \"new\", \"text\": \"Peru bought jets.\"}\n");
        Process refused = extract(input, out, true);
        assertTrue(refused.waitFor(2, TimeUnit.MINUTES));
        assertEquals(NewsrelCli.USAGE, refused.exitValue(), stderr(out));
        assertTrue(stderr(out).contains("newsrel: cannot resume the run in " + out + ": " + added
                + " was added since the run began"), stderr(out));
        Files.delete(added);
        Path a = input.resolve("a.jsonl");
        String original = Files.readString(a);
        Files.writeString(a, "{\"id\": \"front\", \"text\": \"Peru bought jets.\"}\n" + original);
        Process changed = extract(input, out, true);
        assertTrue(changed.waitFor(2, TimeUnit.MINUTES));
        assertEquals(NewsrelCli.USAGE, changed.exitValue(), stderr(out));
        assertTrue(stderr(out).contains(a + " changed since the run began"), stderr(out));
        Files.writeString(a, original);
        assertEquals(before, Files.readString(checkpoint), "a refused resume leaves the run as it was");
    }

    /**
     * Starts an extract process, waits until at least {@code atLeast} records are committed and
     * kills it; returns how many records its checkpoint had then.
     */
    private long runAndKill(Path input, Path out, boolean resume, long atLeast) throws Exception {
        Process process = extract(input, out, resume);
        Path checkpoint = out.resolve(".newsrel-run/checkpoint.json");
        // a safety net against a hung process, not a timing assertion: a loaded machine needs minutes to load CoreNLP
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        long committed = 0;
        while (committed < atLeast) {
            assertTrue(process.isAlive(), "extract ended before it could be killed: " + stderr(out));
            assertTrue(System.nanoTime() < deadline, "no progress: " + stderr(out));
            Thread.sleep(50);
            committed = committedRecords(checkpoint);
        }
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(out.resolve(ExtractJob.SUMMARY)), "killed before the end");
        long atKill = committedRecords(checkpoint);
        assertTrue(atKill < DOCUMENTS, "killed in the middle: " + atKill);
        return atKill;
    }

    private static long committedRecords(Path checkpoint) {
        try {
            return Json.MAPPER.readTree(checkpoint.toFile()).get("records").asLong();
        } catch (IOException notYetWritten) {
            return 0;
        }
    }

    /** The real command line in a JVM of its own, on this test's class path. */
    private Process extract(Path input, Path out, boolean resume) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), NewsrelCli.class.getName(),
                "extract", input.toString(), "-o", out.toString(), "-t", "2", "-q", "--checkpoint-seconds", "0.2"));
        if (resume) {
            command.add("--resume");
        }
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private String stderr(Path out) {
        try {
            return Files.readString(dir.resolve("stderr.txt"));
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    /** A folder of two JSONL files, the second gzipped; every twentieth line is broken. */
    private Path corpus() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        try (Writer a = Files.newBufferedWriter(folder.resolve("a.jsonl"), StandardCharsets.UTF_8);
             OutputStream gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve("b.jsonl.gz")))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                String text = String.format(DEALS[i % DEALS.length], BUYERS[i % BUYERS.length], 2 + i % 40, 1990 + i % 35);
                String line = i % 20 == 7
                        ? "{\"id\": \"doc-" + i + "\", \"text\": \n"
                        : Json.line(new Record("doc-" + i, text, String.format("20%02d-0%d-1%d", i % 25, 1 + i % 9, i % 10))) + "\n";
                if (i < DOCUMENTS / 2) {
                    a.write(line);
                } else {
                    gz.write(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return folder;
    }

    private record Record(String id, String text, String date) {
    }
}
