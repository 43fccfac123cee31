package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Pipeline;
import io.newsrel.TestPipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ExtractOptions;
import io.newsrel.batch.ProgressListener;
import io.newsrel.batch.RunPlan;
import io.newsrel.output.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a batch run may touch and when it refuses to start (issue 19 items 1, 2, 6, 7, 8 and the
 * resume checks of issue 22 item 5), through the real command in this JVM. Interrupted runs are
 * made without a clock: shards of 10 commit at fixed records, and a progress listener that throws
 * stands for the kill.
 */
class RunSafetyTest {

    @TempDir
    Path dir;

    private Function<Pipeline.Builder, Pipeline> original;
    private final AtomicBoolean loaded = new AtomicBoolean();

    /** Exit code and what the command said (its "newsrel:" lines; log lines of other threads left out). */
    private record Run(int code, String err) {
        Run {
            err = err.lines().filter(l -> l.startsWith("newsrel:")).map(l -> l + "\n").reduce("", String::concat);
        }
    }

    @BeforeEach
    void useTheSharedPipeline() {
        original = PipelineLoading.build;
        PipelineLoading.build = builder -> {
            loaded.set(true);
            return TestPipeline.get();
        };
    }

    @AfterEach
    void restore() {
        PipelineLoading.build = original;
    }

    private static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(NewsrelCli.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static String line(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}\n";
    }

    // 19.1

    @Test
    void anInputInTheOutputFolderIsNeverDeletedOrOverwritten() throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("documents.jsonl"), line("a", "Poland bought tanks."));
        Files.writeString(d.resolve("summary.json"), "{}\n");
        Run run = run("extract", d.resolve("documents.jsonl").toString(), "-o", d.toString(), "-q");
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertEquals("newsrel: input " + d.resolve("documents.jsonl") + " lies in the output folder " + d
                + ": newsrel never writes over its inputs; write the output to another folder\n", run.err());
        assertEquals(line("a", "Poland bought tanks."), Files.readString(d.resolve("documents.jsonl")));
        assertEquals("{}\n", Files.readString(d.resolve("summary.json")));
        assertFalse(loaded.get(), "refused before the pipeline was loaded");
    }

    @Test
    void filesNoRunRecordedAsItsOwnAreLeftAloneAndNamed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), line("a", "Poland bought tanks."));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("summary.json"), "{\"mine\": true}\n");
        Run run = run("extract", in.toString(), "-o", out.toString(), "-q");
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertEquals("newsrel: output folder " + out + " holds summary.json, which no newsrel run recorded as its own;"
                + " newsrel does not delete or overwrite them: move them away, or write to another folder\n", run.err());
        assertEquals("{\"mine\": true}\n", Files.readString(out.resolve("summary.json")));

        Files.delete(out.resolve("summary.json"));
        Files.writeString(out.resolve("notes.txt"), "keep me\n");
        assertEquals(NewsrelCli.OK, run("extract", in.toString(), "-o", out.toString(), "-q").code());
        Files.writeString(out.resolve("documents-00000.jsonl"), "not newsrel's\n");
        Run again = run("extract", in.toString(), "-o", out.toString(), "-q");
        assertEquals(NewsrelCli.USAGE, again.code(), "a finished run's manifest names documents.jsonl, not shards");
        assertTrue(again.err().contains("holds documents-00000.jsonl, which no newsrel run recorded"), again.err());
        Files.delete(out.resolve("documents-00000.jsonl"));
        assertEquals(NewsrelCli.OK, run("extract", in.toString(), "-o", out.toString(), "-q").code(),
                "the files of the finished run are replaced");
        assertEquals("keep me\n", Files.readString(out.resolve("notes.txt")));
    }

    // 19.2 and 22.5

    /** A run of shards of 10 that stops (as killed) after 25 records: its checkpoint holds 20. */
    private Path interrupted(Path in, Path out) throws IOException {
        ExtractOptions options = new ExtractOptions(1, 10, false, ExtractOptions.Start.NEW, 1e6);
        ProgressListener killAt25 = progress -> {
            if (progress.done() == 25) {
                throw new IllegalStateException("killed");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> new ExtractJob(TestPipeline.get(), options, killAt25).run(List.of(in), out, 0));
        assertEquals(20, Json.MAPPER.readTree(out.resolve(".newsrel-run/checkpoint.json").toFile()).get("records").asInt());
        return out;
    }

    private static String records(String prefix, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(line(prefix + i, "Country " + i + " bought " + (i + 2) + " jets."));
        }
        return lines.toString();
    }

    @Test
    void resumeRefusesChangedInputsNamingWhatChangedAndGoesOnWhenTheyAreBack() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path day2 = in.resolve("b-day2.jsonl");
        String original = records("d2-", 40);
        Files.writeString(day2, original);
        Path out = interrupted(in, dir.resolve("out"));
        String[] resume = {"extract", in.toString(), "-o", out.toString(), "-q", "--resume", "--shard-size", "10", "-t", "1"};

        Files.writeString(in.resolve("a-day1.jsonl"), records("d1-", 5));
        Run added = run(resume);
        assertEquals(NewsrelCli.USAGE, added.code(), added.err());
        assertEquals("newsrel: cannot resume the run in " + out + ": " + in.resolve("a-day1.jsonl") + " was added since"
                + " the run began; resume with the same inputs and options, or start over with --overwrite\n", added.err());
        Files.delete(in.resolve("a-day1.jsonl"));

        Files.writeString(day2, records("new-", 3) + original);
        Run prepended = run(resume);
        assertEquals(NewsrelCli.USAGE, prepended.code(), prepended.err());
        assertTrue(prepended.err().startsWith("newsrel: cannot resume the run in " + out + ": " + day2
                + " changed since the run began (" + original.length() + " bytes, now "), prepended.err());

        Files.writeString(day2, original.replace("d2-3\"", "d2-X\""));
        Run edited = run(resume);
        assertEquals(NewsrelCli.USAGE, edited.code(), edited.err());
        assertEquals("newsrel: cannot resume the run in " + out + ": " + day2 + " changed since the run read it (same"
                + " size, other content); resume with the same inputs and options, or start over with --overwrite\n",
                edited.err());
        assertFalse(loaded.get(), "every refusal came before the pipeline was loaded");

        Files.writeString(day2, original);
        Run resumed = run(resume);
        assertEquals(NewsrelCli.OK, resumed.code(), resumed.err());
        List<String> ids = new ArrayList<>();
        for (int shard = 0; shard < 4; shard++) {
            for (String doc : Files.readAllLines(out.resolve(String.format("documents-%05d.jsonl", shard)))) {
                ids.add(Json.MAPPER.readTree(doc).get("id").asText());
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add("d2-" + i);
        }
        assertEquals(expected, ids, "each record exactly once, in order");
    }

    @Test
    void resumeWithOtherOptionsNamesTheOptionBeforeLoadingAndAFinishedRunHasNothingToDo() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), records("r", 30));
        Path out = interrupted(in, dir.resolve("out"));
        Run shards = run("extract", in.toString(), "-o", out.toString(), "-q", "--resume", "--shard-size", "20");
        assertEquals(NewsrelCli.USAGE, shards.code(), shards.err());
        assertEquals("newsrel: cannot resume the run in " + out + ": it was started with --shard-size 10, this one has 20;"
                + " resume with the same inputs and options, or start over with --overwrite\n", shards.err());
        Run config = run("extract", in.toString(), "-o", out.toString(), "-q", "--resume", "--shard-size", "10",
                "--set", "corenlp.maxSentenceTokens=200");
        assertEquals(NewsrelCli.USAGE, config.code(), config.err());
        assertEquals("newsrel: cannot resume the run in " + out + ": its configuration had corenlp.maxSentenceTokens=250,"
                + " this one has 200; resume with the same inputs and options, or start over with --overwrite\n", config.err());
        assertFalse(loaded.get());

        assertEquals(NewsrelCli.OK, run("extract", in.toString(), "-o", out.toString(), "-q", "--resume",
                "--shard-size", "10").code());
        loaded.set(false);
        Run again = run("extract", in.toString(), "-o", out.toString(), "--resume", "--shard-size", "10");
        assertEquals(NewsrelCli.OK, again.code(), again.err());
        assertEquals("newsrel: nothing to do: " + out + " holds this run, finished (30 documents, 0 errors)\n", again.err());
        assertFalse(loaded.get(), "a finished run is not loaded again");
    }

    // 19.7

    @Test
    void anOutputFolderInsideTheInputFolderIsNotRead() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), line("a", "Poland bought tanks.") + line("b", "Chile bought jets."));
        Path out = in.resolve("out");
        assertEquals(NewsrelCli.OK, run("extract", in.toString(), "-o", out.toString(), "-q").code());
        String documents = Files.readString(out.resolve("documents.jsonl"));
        Run second = run("extract", in.toString(), "-o", out.toString(), "-q");
        assertEquals(NewsrelCli.OK, second.code(), second.err());
        assertEquals("", Files.readString(out.resolve("errors.jsonl")));
        assertEquals(documents, Files.readString(out.resolve("documents.jsonl")));
    }

    // 19.8

    @Test
    void aSecondLiveRunInTheSameFolderStopsAtOnce() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), line("a", "Poland bought tanks."));
        Path out = dir.resolve("out");
        try (RunPlan live = ExtractJob.plan(List.of(in), out, TestPipeline.get().config(), ExtractOptions.defaults(1))) {
            Run second = run("extract", in.toString(), "-o", out.toString(), "-q", "--resume");
            assertEquals(NewsrelCli.USAGE, second.code(), second.err());
            assertEquals("newsrel: output folder " + out + " is in use by another newsrel run (process "
                    + ProcessHandle.current().pid() + "): wait for it to end, or write to another folder\n", second.err());
            assertFalse(live.finished());
        }
        assertFalse(loaded.get());
        assertEquals(NewsrelCli.OK, run("extract", in.toString(), "-o", out.toString(), "-q").code(), "released");
    }

    @Test
    void anOutputPathThatIsAFileIsFoundBeforeTheLoad() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), line("a", "Poland bought tanks."));
        Path file = Files.writeString(dir.resolve("out.txt"), "x");
        Run run = run("extract", in.toString(), "-o", file.toString(), "-q");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertEquals("newsrel: output folder " + file + " is a file, not a folder\n", run.err());
        assertFalse(loaded.get());
    }

    // 19.6 and 22.9: standard input and pipes

    @Test
    void standardInputIsReadAsJsonl() throws IOException {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((line("s1", "Chile bought jets.") + line("s2", "Peru bought jets."))
                .getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("out");
        try {
            assertEquals(NewsrelCli.OK, run("extract", "-", "-o", out.toString(), "-q").code());
        } finally {
            System.setIn(stdin);
        }
        List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"));
        assertEquals(List.of("s1", "s2"), docs.stream().map(d -> json(d, "id")).toList());
    }

    @Test
    void aPipeWithoutExtensionIsSniffedWithoutLosingItsStart() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(("\n" + line("p1", "Chile bought jets.") + line("p2", "Peru bought jets."))
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Path out = dir.resolve("out");
        Run run = run("extract", fifo.toString(), "-o", out.toString(), "-q");
        writer.join();
        assertEquals(NewsrelCli.OK, run.code(), run.err() + Files.readString(out.resolve("errors.jsonl")));
        assertEquals(List.of("p1", "p2"), Files.readAllLines(out.resolve("documents.jsonl")).stream()
                .map(d -> json(d, "id")).toList());
    }

    private static String json(String line, String field) {
        try {
            return Json.MAPPER.readTree(line).get(field).asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
