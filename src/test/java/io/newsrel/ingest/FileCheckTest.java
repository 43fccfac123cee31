package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsrel.config.PipelineConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of a file before its records are read: size, hash, limits, gzip members. */
class FileCheckTest {

    @TempDir
    Path dir;

    private static PipelineConfig.Limits limits(int maxRecordBytes, int ratio, long maxFileBytes) {
        return new PipelineConfig.Limits(1_000_000, 0, maxRecordBytes, 2048, ratio, maxFileBytes);
    }

    @Test
    void aFileOverMaxFileBytesIsOneErrorLineNamingTheKey() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"text\": \"Peru bought jets.\"}\n");
        InputResolver resolver = new InputResolver(List.of(new JsonlReader(PipelineConfig.defaults().input())),
                limits(1000, 100, 20));
        List<InputItem> items = new ArrayList<>();
        resolver.records(resolver.entries(List.of(file))).forEachRemaining(items::add);
        assertEquals(List.of(new InputItem.Unreadable(null, file.toString(),
                "the file holds more than 20 bytes, over limits.maxFileBytes=20")), items);
    }

    @Test
    void theHashIsOfTheBytesOnDiskAndMembersAreVerifiedOneByOne() throws IOException {
        Path file = dir.resolve("two.jsonl.gz");
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(gzip("{\"id\": \"a\", \"text\": \"A.\"}\n"));
        int second = both.size();
        both.writeBytes(gzip("{\"id\": \"b\", \"text\": \"B.\"}\n"));
        Files.write(file, both.toByteArray());
        FileCheck check = FileCheck.of(file, PipelineConfig.defaults().limits());
        assertEquals(FileCheck.sha256Of(file), check.sha256());
        assertEquals(List.of(0L, (long) second), check.memberStarts());
        assertNull(check.checksumFailure());
        assertEquals(Long.MAX_VALUE, check.verifiedBytes());
    }

    @Test
    void aShortRecordLimitStopsALineBeforeItIsInMemory() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"" + "x".repeat(500) + "\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n");
        List<InputItem> items = new ArrayList<>();
        new JsonlReader(PipelineConfig.defaults().input(), limits(100, 100, 1 << 20))
                .read(InputSource.of(file, limits(100, 100, 1 << 20))).forEachRemaining(items::add);
        assertEquals(new InputItem.Unreadable(null, file + ":1", "line of 510 bytes, over limits.maxRecordBytes=100"), items.get(0));
        assertEquals("b", assertInstanceOf(InputItem.Document.class, items.get(1)).document().id());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return buffer.toByteArray();
    }
}
