package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.TestPipeline;
import io.newsrel.ingest.WarcBytes;
import io.newsrel.output.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of bad inputs, made here, run through the real batch: each bad record is exactly one
 * line of errors.jsonl, every good record is a document, and nothing crashes or escapes the
 * output folder.
 */
class NastyInputsTest {

    /** A truncated gzip member cannot be verified: what was read of it is quarantined. */
    private static final String QUARANTINED = "quarantined: read from data that fails its checksum (the gzip data ends inside a member)";

    @TempDir
    static Path root;

    private static Path in;
    private static Path out;
    private static RunSummary summary;

    @BeforeAll
    static void runTheNastyFolder() throws IOException {
        in = Files.createDirectories(root.resolve("in"));
        out = root.resolve("out");
        Files.write(in.resolve("a-lines.jsonl"), concat(
                line("{\"id\": \"good-1\", \"text\": \"Norway received four K9 howitzers from South Korea.\", \"date\": \"17 December 2024\"}"),
                line("{\"id\": \"broken\", \"text\": "),
                new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'},
                line("{\"id\": \"empty\", \"text\": \"\"}"),
                line("{\"id\": \"good-1\", \"text\": \"The same id again.\"}"),
                line("{\"id\": \"../../etc/passwd\", \"text\": \"Poland ordered Apache helicopters.\"}")));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(in.resolve("b-binary.txt"), binary);
        Files.write(in.resolve("c-latin1.txt"), "Caf\u00e9 in M\u00fcnchen".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("d-empty.txt"), new byte[0]);
        Files.writeString(in.resolve("e-huge.txt"), "Big news. ".repeat(200_000));
        Files.writeString(in.resolve("f-long-sentence.txt"), "Morocco " + "and tanks ".repeat(5_000) + "bought drones.");
        Files.write(in.resolve("g-cut.jsonl.gz"), truncatedGzip());
        Files.write(in.resolve("h-crawl.warc"), new WarcBytes(false).warcinfo().request("https://n.example/a")
                .response("https://n.example/a", 200, "text/html", "<html><body><article><p>Chile bought F-16 jets.</p></article></body></html>")
                .response("https://n.example/b.pdf", 200, "application/pdf", "%PDF-1.4 ...")
                .bytes());
        Files.writeString(in.resolve("i-menu.html"), "<html><body><nav><p>Home</p></nav><script>x()</script></body></html>");
        Files.write(in.resolve("j-b.jsonl.bz2"), compress("bzip2", line("{\"id\": \"bz\", \"text\": \"India tested an Agni missile.\"}")));
        Files.write(in.resolve("k-z.jsonl.zst"), compress("zstd", line("{\"id\": \"zs\", \"text\": \"Japan ordered F-35 jets.\"}")));
        Files.writeString(in.resolve("l-skipped.bin"), "no reader takes this file");
        summary = assertTimeoutPreemptively(Duration.ofMinutes(3), () ->
                new ExtractJob(TestPipeline.get(), 2, ProgressListener.NONE).run(List.of(in), out, 0));
    }

    @Test
    void eachBadRecordIsExactlyOneErrorLine() throws IOException {
        String p = in.toString();
        assertEquals(List.of(
                err(p + "/a-lines.jsonl:2", null, "malformed JSON: Unexpected end-of-input within/between Object entries"),
                err(p + "/a-lines.jsonl:3", null, "invalid UTF-8"),
                err(p + "/a-lines.jsonl:4", "empty", "empty or missing 'text' field"),
                err(p + "/a-lines.jsonl:5", "good-1", "duplicate document id; the first record with it was kept"),
                err(p + "/b-binary.txt", "b-binary.txt", "binary content (NUL bytes), not text"),
                err(p + "/c-latin1.txt", "c-latin1.txt", "invalid UTF-8: Input length = 1"),
                err(p + "/d-empty.txt", "d-empty.txt", "empty text"),
                err(p + "/e-huge.txt", "e-huge.txt", "document has 2000000 characters, over limits.maxDocumentChars=1000000"),
                err(p + "/g-cut.jsonl.gz:1", "cut-1", QUARANTINED),
                err(p + "/g-cut.jsonl.gz:2", "cut-2", QUARANTINED),
                err(p + "/g-cut.jsonl.gz", null, "file breaks off after 2 records: EOFException: Unexpected end of ZLIB input stream"),
                err(p + "/h-crawl.warc@" + pdfOffset(), WarcBytes.id(4), "not HTML: application/pdf"),
                err(p + "/i-menu.html", "i-menu.html", "no article text in the HTML"),
                err(p + "/l-skipped.bin", null, "not read: newsrel reads .txt, .jsonl, .html, .warc, .sgm, possibly .gz,"
                        + " .bz2 or .zst")),
                Files.readAllLines(out.resolve(ExtractJob.ERRORS)));
        assertEquals(14, summary.failed());
    }

    @Test
    void everyGoodRecordIsADocumentInInputOrder() throws IOException {
        List<String> ids = Files.readAllLines(out.resolve(ExtractJob.DOCUMENTS)).stream()
                .map(NastyInputsTest::json).map(node -> node.get("id").asText()).toList();
        assertEquals(List.of("good-1", "../../etc/passwd", "f-long-sentence.txt", WarcBytes.id(3),
                "bz", "zs"), ids);
        assertEquals(ids.size(), summary.documents());
        JsonNode first = json(Files.readAllLines(out.resolve(ExtractJob.DOCUMENTS)).get(0));
        assertEquals("2024-12-17", first.get("date").asText(), "a date in words is read");
    }

    @Test
    void aDocumentIdNeverBecomesAPath() throws IOException {
        try (Stream<Path> written = Files.walk(root)) {
            List<String> outside = written.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(in) && !f.startsWith(out)).map(Path::toString).toList();
            assertEquals(List.of(), outside);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".newsrel-run", "documents.jsonl", "errors.jsonl", "facts.csv", "facts.jsonl", "summary.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    private static long pdfOffset() throws IOException {
        byte[] warc = Files.readAllBytes(in.resolve("h-crawl.warc"));
        byte[] marker = ("WARC-Record-ID: <" + WarcBytes.id(4) + ">").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < warc.length; i++) {
            if (Arrays.equals(warc, i, i + marker.length, marker, 0, marker.length)) {
                return i - "WARC/1.0\r\nWARC-Type: response\r\n".length();
            }
        }
        throw new AssertionError("record 4 not found");
    }

    /** Two whole records, then the gzip stream breaks off inside the third. */
    private static byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(line("{\"id\": \"cut-1\", \"text\": \"Greece ordered Rafale jets.\"}"));
            out.write(line("{\"id\": \"cut-2\", \"text\": \"Turkey bought S-400 systems.\"}"));
            out.flush();
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                noise.append(Integer.toHexString(i * 7919));
            }
            out.write(line("{\"id\": \"cut-3\", \"text\": \"" + noise + "\"}"));
        }
        byte[] whole = gz.toByteArray();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] compress(String kind, byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = kind.equals("bzip2") ? new BZip2CompressorOutputStream(buffer) : new ZstdCompressorOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static String err(String source, String id, String reason) {
        return Json.line(new RunOutput.ErrorLine(source, id, reason));
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
