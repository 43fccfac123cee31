package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.TestPipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress through one large compressed dump moves with the bytes read from disk, not with files
 * finished; a resumed run counts the errors of the sessions before it.
 */
class ProgressByBytesTest {

    @TempDir
    Path dir;

    /** A gzipped JSONL dump of records without text: each is an error line at once, no pipeline work. */
    private Path dump(int records) throws IOException {
        Path file = dir.resolve("dump.jsonl.gz");
        Random random = new Random(7);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file));
             Writer out = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                StringBuilder noise = new StringBuilder();
                for (int j = 0; j < 40; j++) {
                    noise.append(Long.toHexString(random.nextLong()));
                }
                out.write("{\"id\": \"r" + i + "\", \"body\": \"" + noise + "\"}\n");
            }
        }
        return file;
    }

    @Test
    void theBytesOfOneCompressedFileAdvanceWhileItIsRead() throws IOException {
        Path file = dump(3000);
        List<ProgressListener.Progress> seen = new ArrayList<>();
        new ExtractJob(TestPipeline.get(), 1, seen::add).run(List.of(file), dir.resolve("out"), 0);

        assertEquals(3000, seen.size());
        long size = Files.size(file);
        assertTrue(size > 4 * 65_536, "the dump must be larger than the read buffers: " + size);
        seen.forEach(p -> assertEquals(size, p.input().bytesTotal()));
        ProgressListener.Progress middle = seen.get(1500);
        assertTrue(middle.input().bytesRead() > size / 4 && middle.input().bytesRead() < size * 3 / 4,
                "half the records read, about half the bytes: " + middle.input());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).input().bytesRead() >= seen.get(i - 1).input().bytesRead());
        }
        assertEquals(size, seen.get(seen.size() - 1).input().bytesRead());
    }

    @Test
    void aResumedRunCountsTheErrorsOfTheSessionsBefore() throws IOException {
        Path file = dump(4000);
        Path out = dir.resolve("out");
        ExtractOptions everyRecord = new ExtractOptions(1, 0, false, ExtractOptions.Start.NEW, 1e-9);
        RuntimeException killed = new IllegalStateException("killed");
        int[] updates = {0};
        assertThrows(IllegalStateException.class, () -> new ExtractJob(TestPipeline.get(), everyRecord, p -> {
            if (++updates[0] == 100) {
                throw killed;
            }
        }).run(List.of(file), out, 0));

        List<ProgressListener.Progress> seen = new ArrayList<>();
        ExtractOptions resume = new ExtractOptions(1, 0, false, ExtractOptions.Start.RESUME, 2);
        RunSummary summary = new ExtractJob(TestPipeline.get(), resume, seen::add).run(List.of(file), out, 0);

        assertEquals(4000, summary.failed());
        ProgressListener.Progress first = seen.get(0);
        assertEquals(100, first.earlier().records());
        assertEquals(100, first.earlier().failed());
        assertEquals(101, first.allFailed());
        assertTrue(first.earlier().bytes() > 0 && first.earlier().bytes() < first.input().bytesTotal(), first.toString());
        assertEquals(4000, seen.get(seen.size() - 1).allFailed());
    }
}
