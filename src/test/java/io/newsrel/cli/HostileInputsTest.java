package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.TestPipeline;
import io.newsrel.ingest.WarcBytes;
import io.newsrel.output.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes of hostile input, each run alone through the real command ({@code newsrel extract DIR
 * -o OUT}) beside a good file: per class the exit code, the exact lines of errors.jsonl, the
 * documents written (each good record exactly once, in input order) and the warnings counted.
 */
class HostileInputsTest {

    private static final String GOOD = "{\"id\": \"good\", \"text\": \"Chile bought F-16 jets from the United States.\"}\n";

    @TempDir
    static Path root;

    private static Function<io.newsrel.Pipeline.Builder, io.newsrel.Pipeline> original;

    /** One class: what the folder holds beside good.jsonl, and what must come out. */
    private record Case(String name, Maker make, int exit, List<Err> errors, List<String> ids, int warnings) {
    }

    @FunctionalInterface
    private interface Maker {
        void make(Path in) throws IOException;
    }

    @BeforeAll
    static void useTheSharedPipeline() {
        original = PipelineLoading.build;
        PipelineLoading.build = builder -> builder.config().equals(TestPipeline.get().config())
                ? TestPipeline.get() : builder.build();
    }

    @AfterAll
    static void restore() {
        PipelineLoading.build = original;
    }

    @TestFactory
    Stream<DynamicTest> eachClassIsReportedExactlyAndTheGoodRecordsComeOutOnce() throws IOException {
        List<Case> cases = cases();
        assertEquals(true, cases.size() >= 40, "at least 40 classes: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        Path dir = Files.createDirectories(root.resolve(c.name()));
        Path in = Files.createDirectories(dir.resolve("in"));
        c.make().make(in);
        Files.writeString(in.resolve("zz-good.jsonl"), GOOD);
        Path out = dir.resolve("out");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = NewsrelCli.execute("extract", in.toString(), "-o", out.toString(), "-t", "1", "-q");
        } finally {
            System.setErr(err);
        }
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertEquals(c.exit(), code, c.name() + ": " + stderr);
        List<String> expected = new ArrayList<>();
        for (Err e : c.errors()) {
            expected.add(Json.line(new ErrorLine(in + "/" + e.source(), e.id(), e.reason())));
        }
        assertEquals(expected, Files.readAllLines(out.resolve("errors.jsonl")), c.name());
        List<String> ids = new ArrayList<>(c.ids());
        ids.add("good");
        assertEquals(ids, Files.readAllLines(out.resolve("documents.jsonl")).stream()
                .map(line -> json(line).get("id").asText()).toList(), c.name());
        JsonNode summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        assertEquals(c.warnings(), summary.get("warnings").asInt(), c.name() + " warnings");
        assertEquals(expected.size(), summary.get("failed").asInt(), c.name() + " failed");
    }

    private record ErrorLine(String source, String id, String reason) {
    }

    private record Err(String source, String id, String reason) {
    }

    private static Err err(String source, String id, String reason) {
        return new Err(source, id, reason);
    }

    private static Case jsonl(String name, String line, String id, String reason) {
        return new Case(name, in -> Files.write(in.resolve("a.jsonl"), concat(bytes(line + "\n"),
                bytes("{\"id\": \"after\", \"text\": \"Peru bought T-50 jets.\"}\n"))), 1,
                List.of(err("a.jsonl:1", id, reason)), List.of("after"), 0);
    }

    private static Case warned(String name, String line, String id, int warnings) {
        return new Case(name, in -> Files.writeString(in.resolve("a.jsonl"), line + "\n"), 0, List.of(), List.of(id), warnings);
    }

    private static Case file(String name, String file, Maker make, String id, String reason) {
        return new Case(name, make, 1, List.of(err(file, id, reason)), List.of(), 0);
    }

    private static final String NOT_READ = "newsrel reads .txt, .jsonl, .html, .warc, .sgm, possibly .gz, .bz2 or .zst";

    private static List<Case> cases() throws IOException {
        byte[] bomb = gzip(new byte[40 << 20]);
        List<Case> cases = new ArrayList<>();
        cases.add(jsonl("truncated-object", "{\"id\": \"b\", \"text\": ", null,
                "malformed JSON: Unexpected end-of-input within/between Object entries"));
        cases.add(new Case("invalid-utf8", in -> Files.write(in.resolve("a.jsonl"),
                concat(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'})), 1,
                List.of(err("a.jsonl:1", null, "invalid UTF-8")), List.of(), 0));
        cases.add(jsonl("empty-text", "{\"id\": \"e\", \"text\": \"\"}", "e", "empty or missing 'text' field"));
        cases.add(jsonl("missing-text", "{\"id\": \"m\"}", "m", "empty or missing 'text' field"));
        cases.add(jsonl("no-break-space-text", "{\"id\": \"s\", \"text\": \"\\u00a0\\u00a0 \\u2003\"}", "s",
                "empty or missing 'text' field"));
        cases.add(jsonl("zero-width-text", "{\"id\": \"z\", \"text\": \"\\u200b\\ufeff\"}", "z", "empty or missing 'text' field"));
        cases.add(jsonl("numeric-text", "{\"id\": \"n\", \"text\": 42}", "n", "'text' is a number, not a string"));
        cases.add(jsonl("boolean-text", "{\"id\": \"t\", \"text\": true}", "t", "'text' is a boolean, not a string"));
        cases.add(jsonl("object-text", "{\"id\": \"o\", \"text\": {\"a\": 1}}", "o", "'text' is an object, not a string"));
        cases.add(jsonl("no-id", "{\"text\": \"Peru bought jets.\"}", null, "no 'id' field"));
        cases.add(jsonl("boolean-id", "{\"id\": false, \"text\": \"Peru bought jets.\"}", null, "'id' is a boolean, not a string"));
        cases.add(jsonl("two-objects-on-a-line", "{\"id\": \"x\", \"text\": \"A.\"} {\"id\": \"y\", \"text\": \"B.\"}", null,
                "more than one JSON value on the line (one object per line)"));
        cases.add(jsonl("trailing-garbage", "{\"id\": \"x\", \"text\": \"A.\"} xyz", null,
                "malformed JSON: Unrecognized token 'xyz': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
        cases.add(jsonl("duplicate-key", "{\"id\": \"d\", \"text\": \"A.\", \"text\": \"B.\"}", null,
                "malformed JSON: Duplicate field 'text'"));
        cases.add(jsonl("array-line", "[1, 2]", null, "not a JSON object"));
        cases.add(jsonl("string-line", "\"hello\"", null, "not a JSON object"));
        cases.add(jsonl("duplicate-id", "{\"id\": \"after\", \"text\": \"Oman bought jets.\"}", null, null));
        cases.add(jsonl("long-id", "{\"id\": \"" + "i".repeat(3000) + "\", \"text\": \"Oman bought jets.\"}", null,
                "id of 3000 characters, over limits.maxIdChars=2048"));
        cases.add(new Case("line-over-record-limit", in -> Files.write(in.resolve("a.jsonl"), concat(
                bytes("{\"id\": \"big\", \"text\": \"" + "x".repeat(17 << 20) + "\"}\n"),
                bytes("{\"id\": \"after\", \"text\": \"Peru bought T-50 jets.\"}\n"))), 1,
                List.of(err("a.jsonl:1", null, "line of " + ((17 << 20) + 25) + " bytes, over limits.maxRecordBytes=16777216")),
                List.of("after"), 0));
        cases.add(warned("lone-surrogate", "{\"id\": \"ls\", \"text\": \"Chile \\ud800bought jets.\"}", "ls", 1));
        cases.add(warned("unreadable-date", "{\"id\": \"ud\", \"text\": \"Chile bought jets.\", \"date\": \"yesterday\"}", "ud", 1));
        cases.add(warned("reuters-date", "{\"id\": \"rd\", \"text\": \"Chile bought jets.\", \"date\": \"26-FEB-1987 15:01:01.79\"}", "rd", 0));
        cases.add(new Case("crlf-blank-lines-and-bom", in -> Files.write(in.resolve("a.jsonl"), concat(new byte[] {(byte) 0xEF,
                (byte) 0xBB, (byte) 0xBF}, bytes("\r\n{\"id\": \"c1\", \"text\": \"Peru bought jets.\"}\r\n\r\n"))), 0, List.of(),
                List.of("c1"), 0));
        cases.add(file("binary-text", "b.txt", in -> Files.write(in.resolve("b.txt"), new byte[] {1, 0, 2, 0}), "b.txt",
                "binary content (NUL bytes), not text"));
        cases.add(file("latin1-text", "c.txt", in -> Files.write(in.resolve("c.txt"),
                "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), "c.txt", "invalid UTF-8: Input length = 1"));
        cases.add(file("empty-file", "d.txt", in -> Files.write(in.resolve("d.txt"), new byte[0]), "d.txt", "empty text"));
        cases.add(file("no-break-space-file", "d.txt", in -> Files.writeString(in.resolve("d.txt"), "\u00a0\n\u00a0"),
                "d.txt", "empty text"));
        cases.add(file("document-over-char-limit", "e.txt", in -> Files.writeString(in.resolve("e.txt"), "Big news. ".repeat(200_000)),
                "e.txt", "document has 2000000 characters, over limits.maxDocumentChars=1000000"));
        cases.add(file("text-over-record-limit", "e.txt", in -> Files.writeString(in.resolve("e.txt"), "x".repeat(17 << 20)),
                "e.txt", "text of more than 16777216 bytes, over limits.maxRecordBytes=16777216"));
        cases.add(file("gzip-bomb-text", "bomb.txt.gz", in -> Files.write(in.resolve("bomb.txt.gz"), bomb),
                null, bombReason(bomb.length)));
        cases.add(file("gzip-bomb-jsonl", "bomb.jsonl.gz", in -> Files.write(in.resolve("bomb.jsonl.gz"), bomb),
                null, bombReason(bomb.length)));
        cases.add(new Case("truncated-gzip", in -> Files.write(in.resolve("t.jsonl.gz"), truncatedGzip()), 1, List.of(
                err("t.jsonl.gz:1", "cut-1", "quarantined: read from data that fails its checksum (the gzip data ends inside a member)"),
                err("t.jsonl.gz", null, "file breaks off after 1 records: EOFException: Unexpected end of ZLIB input stream")),
                List.of(), 0));
        cases.add(new Case("gzip-checksum-mismatch", in -> Files.write(in.resolve("f.jsonl.gz"), flippedGzip()), 1, List.of(
                err("f.jsonl.gz:1", "g1", "quarantined: read from data that fails its checksum (gzip checksum (CRC-32) mismatch)"),
                err("f.jsonl.gz:2", "g2", "quarantined: read from data that fails its checksum (gzip checksum (CRC-32) mismatch)"),
                err("f.jsonl.gz", null, "file breaks off after 2 records: ZipException: Corrupt GZIP trailer")),
                List.of(), 0));
        cases.add(new Case("second-gzip-member-corrupt", in -> Files.write(in.resolve("m.jsonl.gz"),
                concat(gzip(bytes("{\"id\": \"m1\", \"text\": \"Peru bought jets.\"}\n")), flippedGzip())), 1, List.of(
                err("m.jsonl.gz:2", "g1", "quarantined: read from data that fails its checksum (gzip checksum (CRC-32) mismatch)"),
                err("m.jsonl.gz:3", "g2", "quarantined: read from data that fails its checksum (gzip checksum (CRC-32) mismatch)"),
                err("m.jsonl.gz", null, "file breaks off after 3 records: ZipException: Corrupt GZIP trailer")),
                List.of("m1"), 0));
        cases.add(new Case("truncated-bzip2", in -> Files.write(in.resolve("t.jsonl.bz2"), truncatedBzip2()), 1, List.of(
                err("t.jsonl.bz2", null, "file breaks off after 0 records: IOException: Unexpected end of stream")),
                List.of(), 0));
        cases.add(file("xz-compressed", "a.jsonl.xz", in -> Files.writeString(in.resolve("a.jsonl.xz"), "\u00fd7zXZ"), null,
                "not read: a compression newsrel does not read; " + NOT_READ));
        cases.add(file("tar-archive", "a.tar.gz", in -> Files.write(in.resolve("a.tar.gz"), gzip(bytes("not jsonl"))), null,
                "not read: an archive: unpack it first; " + NOT_READ));
        cases.add(file("json-array", "a.json", in -> Files.writeString(in.resolve("a.json"), "[{\"id\": \"j\"}]"), null,
                "not read: a .json file: newsrel reads one JSON object per line, as .jsonl; " + NOT_READ));
        cases.add(file("csv", "a.csv", in -> Files.writeString(in.resolve("a.csv"), "id,text\n1,x\n"), null, "not read: " + NOT_READ));
        cases.add(file("markdown", "a.md", in -> Files.writeString(in.resolve("a.md"), "# notes\n"), null, "not read: " + NOT_READ));
        cases.add(new Case("unnamed-jsonl-after-blank-line", in -> Files.writeString(in.resolve("data"),
                "\n{\"id\": \"u1\", \"text\": \"Peru bought jets.\"}\n"), 0, List.of(), List.of("u1"), 0));
        cases.add(new Case("unnamed-jsonl-spaced-brace", in -> Files.writeString(in.resolve("data"),
                "{ \"id\": \"u2\", \"text\": \"Peru bought jets.\"}\n"), 0, List.of(), List.of("u2"), 0));
        cases.add(new Case("warc-icy-status-line", in -> Files.write(in.resolve("w.warc"), new WarcBytes(false)
                .response("https://n.example/1", 200, "text/html", page("Chile bought F-16 jets."))
                .rawResponse("https://n.example/2", "ICY 200 OK\r\nContent-Type: text/html\r\n\r\n<p>radio</p>")
                .response("https://n.example/3", 200, "text/html", page("Peru bought T-50 jets."))
                .bytes()), 1, List.of(err("w.warc@" + warcOffset(1), WarcBytes.id(2), "unreadable HTTP response (invalid HTTP message"
                + " at byte position 0: <-- HERE -->ICY 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n<... (offset "
                + warcOffset(1) + "))")),
                List.of(WarcBytes.id(1), WarcBytes.id(3)), 0));
        cases.add(new Case("warc-broken-header", in -> {
            WarcBytes warc = new WarcBytes(false).response("https://n.example/1", 200, "text/html", page("Chile bought F-16 jets."));
            warc.garbage("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n\r\n\r\n");
            Files.write(in.resolve("w.warc"), warc.response("https://n.example/3", 200, "text/html",
                    page("Peru bought T-50 jets.")).bytes());
        }, 1, List.of(err("w.warc@" + warcOffset(1), null, "unreadable WARC record (For input string: \"nonsense\");"
                + " reading goes on at byte " + (warcOffset(1) + 63))), List.of(WarcBytes.id(1), WarcBytes.id(2)), 0));
        cases.add(file("warc-pdf", "w.warc@0", in -> Files.write(in.resolve("w.warc"), new WarcBytes(false)
                .response("https://n.example/a.pdf", 200, "application/pdf", "%PDF-1.4").bytes()), WarcBytes.id(1),
                "not HTML: application/pdf"));
        cases.add(file("warc-404", "w.warc@0", in -> Files.write(in.resolve("w.warc"), new WarcBytes(false)
                .response("https://n.example/gone", 404, "text/html", "<p>gone</p>").bytes()), WarcBytes.id(1), "HTTP status 404"));
        cases.add(file("html-menu-only", "m.html", in -> Files.writeString(in.resolve("m.html"),
                "<html><body><nav><p>Home</p></nav><script>x()</script></body></html>"), "m.html", "no article text in the HTML"));
        cases.add(file("reuters-brief", "r.sgm:1", in -> Files.writeString(in.resolve("r.sgm"),
                "<REUTERS NEWID=\"7\">\n<TEXT TYPE=\"BRIEF\"><TITLE>x</TITLE></TEXT>\n</REUTERS>\n"), "r.sgm#7",
                "no <BODY> text (TEXT TYPE=BRIEF)"));
        cases.add(file("reuters-unclosed", "r.sgm:1", in -> Files.writeString(in.resolve("r.sgm"),
                "<REUTERS NEWID=\"8\">\n<TEXT><BODY>Peru bought jets.</BODY></TEXT>\n"), "r.sgm#8",
                "file ends inside the record (no </REUTERS>)"));
        cases.add(file("symlink-loop", "loop", in -> Files.createSymbolicLink(in.resolve("loop"), in), null,
                "symbolic link loop: not followed"));
        cases.add(file("broken-symlink", "gone.jsonl", in -> Files.createSymbolicLink(in.resolve("gone.jsonl"),
                in.resolve("nowhere.jsonl")), null, "broken symbolic link"));
        cases.add(new Case("symlinked-folder", in -> {
            Path elsewhere = Files.createDirectories(in.getParent().resolve("elsewhere"));
            Files.writeString(elsewhere.resolve("s.jsonl"), "{\"id\": \"linked\", \"text\": \"Peru bought jets.\"}\n");
            Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        }, 0, List.of(), List.of("linked"), 0));
        cases.add(new Case("hidden-file", in -> Files.writeString(in.resolve(".DS_Store"), "\u0000\u0001"), 0, List.of(),
                List.of(), 0));
        cases.add(new Case("path-in-id", in -> Files.writeString(in.resolve("a.jsonl"),
                "{\"id\": \"../../etc/passwd\", \"text\": \"Poland ordered Apache helicopters.\"}\n"), 0, List.of(),
                List.of("../../etc/passwd"), 0));
        for (Case c : List.copyOf(cases)) {
            if (c.name().equals("duplicate-id")) {
                cases.set(cases.indexOf(c), new Case(c.name(), c.make(), 1, List.of(err("a.jsonl:2", "after",
                        "duplicate document id; the first record with it was kept")), List.of("after"), 0));
            }
        }
        return cases;
    }

    private static String bombReason(long compressed) {
        return "the file expands to more than 100 times its " + compressed
                + " compressed bytes, over limits.maxDecompressionRatio=100";
    }

    private static String page(String text) {
        return "<html><body><article><p>" + text + "</p></article></body></html>";
    }

    /** Where record {@code n} (1-based, as written above) starts: all records before it are the first response. */
    private static int warcOffset(int recordsBefore) {
        WarcBytes warc = new WarcBytes(false);
        for (int i = 0; i < recordsBefore; i++) {
            warc.response("https://n.example/1", 200, "text/html", page("Chile bought F-16 jets."));
        }
        return warc.size();
    }

    /** One record, then the gzip stream breaks off inside the second. */
    private static byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes("{\"id\": \"cut-1\", \"text\": \"Greece ordered Rafale jets.\"}\n"));
            out.flush();
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                noise.append(Integer.toHexString(i * 7919));
            }
            out.write(bytes("{\"id\": \"cut-2\", \"text\": \"" + noise + "\"}\n"));
        }
        byte[] whole = gz.toByteArray();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** Two records in stored (uncompressed) deflate blocks, with a byte of the second text changed. */
    private static byte[] flippedGzip() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz) {
            {
                def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            }
        }) {
            out.write(bytes("{\"id\": \"g1\", \"text\": \"Greece ordered Rafale jets.\"}\n"));
            out.write(bytes("{\"id\": \"g2\", \"text\": \"Turkey bought S-400 systems.\"}\n"));
        }
        byte[] bytes = gz.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Turkey");
        bytes[at] = 'P';
        return bytes;
    }

    private static byte[] truncatedBzip2() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(buffer)) {
            out.write(bytes("{\"id\": \"b1\", \"text\": \"India tested an Agni missile.\"}\n"));
        }
        byte[] whole = buffer.toByteArray();
        return Arrays.copyOf(whole, whole.length - 6);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(content);
        }
        return buffer.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
