package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch runs over the sample corpus with the real pipeline. */
class ExtractJobTest {

    @TempDir
    static Path dir;

    private static Path oneThread;
    private static Path twoThreads;
    private static RunSummary summary;

    @BeforeAll
    static void runTheCorpusTwice() throws IOException {
        oneThread = dir.resolve("t1");
        twoThreads = dir.resolve("t2");
        summary = new ExtractJob(TestPipeline.get(), 1, ProgressListener.NONE).run(List.of(Corpus.DIR), oneThread, 0);
        new ExtractJob(TestPipeline.get(), 2, ProgressListener.NONE).run(List.of(Corpus.DIR), twoThreads, 0);
    }

    @Test
    void twoThreadsWriteExactlyWhatOneThreadWrites() throws IOException {
        String one = Files.readString(oneThread.resolve(ExtractJob.DOCUMENTS));
        String two = Files.readString(twoThreads.resolve(ExtractJob.DOCUMENTS));
        assertFalse(one.isEmpty());
        assertEquals(one, two);
    }

    @Test
    void everyCorpusDocumentIsWrittenInInputOrder() throws IOException {
        List<String> lines = Files.readAllLines(oneThread.resolve(ExtractJob.DOCUMENTS));
        List<String> ids = lines.stream().map(ExtractJobTest::id).toList();
        assertEquals(List.of(Corpus.SEED_ID, "sample-001", "sample-002", "sample-003", "sample-004"), ids);
        assertEquals(ids.size(), summary.documents());
        assertEquals(0, summary.failed());
        assertEquals("", Files.readString(oneThread.resolve(ExtractJob.ERRORS)));
        assertTrue(summary.entitiesByType().get("COUNTRY") > 0, summary.toString());
        assertTrue(summary.tokens() > 500, summary.toString());
        assertTrue(Files.exists(oneThread.resolve(ExtractJob.SUMMARY)));
        String facts = Files.readString(oneThread.resolve(ExtractJob.FACTS));
        assertTrue(facts.contains("\"key\":\"recipient=MAR; supplier"), facts);
        assertEquals(facts, Files.readString(twoThreads.resolve(ExtractJob.FACTS)));
    }

    @Test
    void badRecordsGoToErrorsAndTheRunGoesOn() throws IOException {
        Path input = dir.resolve("mixed.jsonl");
        Files.writeString(input, """
                {"id": "ok", "text": "Norway received four K9 howitzers from South Korea in 2024."}
                {"id": "broken", "text": 
                {"id": "ok", "text": "A second record with the same id."}
                {"id": "empty", "text": ""}
                """);
        Path out = dir.resolve("mixed-out");
        RunSummary mixed = new ExtractJob(TestPipeline.get(), 2, ProgressListener.NONE).run(List.of(input), out, 0);
        assertEquals(1, mixed.documents());
        assertEquals(3, mixed.failed());
        List<String> errors = Files.readAllLines(out.resolve(ExtractJob.ERRORS));
        assertEquals(List.of(
                "{\"source\":\"" + input + ":2\",\"id\":null,\"reason\":\"malformed JSON: Unexpected end-of-input within/between Object entries\"}",
                "{\"source\":\"" + input + ":3\",\"id\":\"ok\",\"reason\":\"duplicate document id; the first record with it was kept\"}",
                "{\"source\":\"" + input + ":4\",\"id\":\"empty\",\"reason\":\"empty or missing 'text' field\"}"),
                errors);
    }

    @Test
    void resumeRefusesOtherInputsAndOverwriteStartsOver() throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Files.writeString(a, "{\"id\": \"a\", \"text\": \"Chile bought F-16 jets.\"}\n");
        Files.writeString(b, "{\"id\": \"b\", \"text\": \"Peru bought T-50 jets.\"}\n");
        Path out = dir.resolve("restart-out");
        new ExtractJob(TestPipeline.get(), 1, ProgressListener.NONE).run(List.of(a), out, 0);

        ExtractJob resume = new ExtractJob(TestPipeline.get(),
                new ExtractOptions(1, 0, false, ExtractOptions.Start.RESUME, 2), ProgressListener.NONE);
        RunStateException refused = assertThrows(RunStateException.class, () -> resume.run(List.of(b), out, 0));
        assertEquals("cannot resume the run in " + out + ": it read [" + a + "], this one reads [" + b + "]; resume with"
                + " the same inputs and options, or start over with --overwrite", refused.getMessage());
        assertEquals(1, resume.run(List.of(a), out, 0).documents(), "resuming a finished run changes nothing");
        assertEquals("a", id(Files.readString(out.resolve(ExtractJob.DOCUMENTS))));

        new ExtractJob(TestPipeline.get(), new ExtractOptions(1, 0, false, ExtractOptions.Start.OVERWRITE, 2),
                ProgressListener.NONE).run(List.of(b), out, 0);
        assertEquals("b", id(Files.readString(out.resolve(ExtractJob.DOCUMENTS))));
    }

    private static String id(String line) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            return node.get("id").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
