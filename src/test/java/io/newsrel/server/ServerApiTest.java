package io.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.config.PipelineConfig;
import io.newsrel.output.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over a real socket with the real pipeline: answers are byte for byte the lines
 * {@code newsrel extract} writes, NDJSON streams them in order, and each bad request gets its
 * documented status and JSON error while the server goes on serving.
 */
class ServerApiTest {

    private static final String SEED_TXT = Corpus.DIR.resolve(Corpus.SEED_ID).toString();
    private static final String GOOD = "{\"id\":\"g\",\"date\":\"2022-08-27\",\"text\":\"Poland ordered 180 K2 tanks from South Korea.\"}";

    private static NewsrelServer server;
    private static Http http;
    /** documents.jsonl of a real extract run over corpus/, line by line. */
    private static List<String> extracted;

    @BeforeAll
    static void start(@TempDir Path out) throws Exception {
        new ExtractJob(TestPipeline.get(), 2, progress -> { }).run(List.of(Corpus.DIR), out, 0);
        extracted = Files.readAllLines(out.resolve(ExtractJob.DOCUMENTS), StandardCharsets.UTF_8);
        server = NewsrelServer.start(ServerSettings.defaults(2).withPort(0));
        server.ready(TestPipeline.get());
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> samples() throws Exception {
        return Files.readAllLines(Corpus.DIR.resolve("samples.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
    }

    private static String extractedLine(String id) {
        return extracted.stream().filter(line -> line.contains("\"id\":" + quoted(id) + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("extract wrote no document " + id));
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    @Test
    void aJsonDocumentIsAnsweredWithTheBytesExtractWritesForIt() throws Exception {
        for (String record : samples()) {
            String id = Http.json(record).get("id").asText();
            HttpResponse<byte[]> response = http.post("/v1/extract", "application/json", record);
            assertEquals(200, response.statusCode(), Http.text(response));
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
            assertEquals(extractedLine(id) + "\n", Http.text(response), id);
        }
    }

    @Test
    void aPlainTextDocumentIsAnsweredAsExtractReadsA_txtFile() throws Exception {
        byte[] text = Files.readAllBytes(Path.of(SEED_TXT));
        String query = "?id=" + enc(Corpus.SEED_ID) + "&url=" + enc(SEED_TXT);
        HttpResponse<byte[]> response = http.post("/v1/extract" + query, "text/plain; charset=utf-8", text);
        assertEquals(200, response.statusCode(), Http.text(response));
        assertEquals(extractedLine(Corpus.SEED_ID) + "\n", Http.text(response));
        JsonNode doc = Http.json(response);
        assertTrue(doc.get("relations").size() > 0, "the seed has relations");
    }

    @Test
    void anNdjsonRequestStreamsTheAnswersInItsOrder() throws Exception {
        List<String> records = new ArrayList<>(samples());
        Collections.reverse(records);
        StringBuilder expected = new StringBuilder();
        for (String record : records) {
            expected.append(extractedLine(Http.json(record).get("id").asText())).append('\n');
        }
        String reversed = String.join("\n", records) + "\n";
        HttpResponse<byte[]> response = http.post("/v1/extract", "application/x-ndjson", reversed);
        assertEquals(200, response.statusCode());
        assertEquals(expected.toString(), Http.text(response));
    }

    @Test
    void malformedJsonIs400AndTheServerGoesOn() {
        JsonNode error = expectError(http.post("/v1/extract", "application/json", "{\"id\":\"a\",\"text\":"), 400, "bad_request");
        assertTrue(error.get("message").asText().startsWith("malformed JSON"), error.toString());
    }

    @Test
    void aWrongOrMissingContentTypeIs415() {
        expectError(http.post("/v1/extract", "application/xml", "<doc>Poland</doc>"), 415, "unsupported_media_type");
        expectError(http.post("/v1/extract", null, GOOD), 415, "unsupported_media_type");
        expectError(http.post("/v1/extract", "text/plain; charset=iso-8859-1", "Poland"), 415, "unsupported_media_type");
        expectError(http.post("/v1/extract", "application/octet-stream", new byte[] {0, 1, 2}), 415, "unsupported_media_type");
    }

    /**
     * An answer sent before the request's body is read ends its connection, and says so: a client
     * that sent its next request on it got no answer (HTTP/1.1 header parser received no bytes). A
     * request without a body keeps its connection.
     */
    @Test
    void aRefusalBeforeTheBodyIsReadSaysTheConnectionCloses() {
        java.util.Map<String, Integer> refusals = java.util.Map.of("/v1/extract", 415, "/v1/nothing", 404, "/v1/health", 405);
        refusals.forEach((path, status) -> {
            HttpResponse<byte[]> refused = http.post(path, "application/xml", "<doc>Poland</doc>");
            assertEquals(status, refused.statusCode(), path);
            assertEquals(java.util.Optional.of("close"), refused.headers().firstValue("Connection"), path);
        });
        HttpResponse<byte[]> notFound = http.get("/v1/nothing");
        assertEquals(404, notFound.statusCode());
        assertEquals(java.util.Optional.empty(), notFound.headers().firstValue("Connection"));
    }

    @Test
    void aTenMegabyteBodyIs413WhetherItsLengthIsDeclaredOrStreamed() throws Exception {
        byte[] big = new byte[10_000_000];
        Arrays.fill(big, (byte) 'a');
        for (boolean chunked : new boolean[] {false, true}) {
            RawHttp.Reply reply = RawHttp.post(server.port(), "/v1/extract", "text/plain", big, chunked);
            JsonNode error = expectError(reply, 413, "body_too_large");
            assertTrue(error.get("message").asText().contains("8388608 bytes"), error.toString());
            assertEquals("close", reply.header("Connection"), "the rest of the body is not read");
        }
    }

    @Test
    void emptyTextIs400NamingTheField() {
        JsonNode json = expectError(http.post("/v1/extract", "application/json", "{\"id\":\"e\",\"text\":\"  \"}"), 400, "bad_request");
        assertEquals("text", json.get("field").asText());
        assertEquals("e", json.get("id").asText());
        JsonNode plain = expectError(http.post("/v1/extract", "text/plain", ""), 400, "bad_request");
        assertEquals("text", plain.get("field").asText());
        JsonNode noId = expectError(http.post("/v1/extract", "application/json", "{\"text\":\"Poland\"}"), 400, "bad_request");
        assertEquals("id", noId.get("field").asText());
    }

    /** As in a batch: an unreadable date costs the document its date, not the document (kept as metadata). */
    @Test
    void anUnreadableDateIsKeptAsMetadataAsExtractDoes() throws Exception {
        HttpResponse<byte[]> answer = http.post("/v1/extract", "application/json",
                "{\"id\":\"d\",\"text\":\"Poland\",\"date\":\"someday\"}");
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertEquals(200, answer.statusCode(), body);
        JsonNode json = Json.MAPPER.readTree(body);
        assertEquals("someday", json.get("metadata").get("date").asText());
        assertTrue(json.get("date") == null || json.get("date").isNull(), body);
    }

    @Test
    void anUnreadableQueryIs400() throws Exception {
        byte[] text = "Poland ordered tanks.".getBytes(StandardCharsets.UTF_8);
        // chunked, so the body is sent (with a declared length RawHttp waits for 100-continue and sends none)
        expectError(RawHttp.post(server.port(), "/v1/extract?id=%zz", "text/plain", text, true), 400, "bad_request");
    }

    @Test
    void binaryBodiesAre400() {
        byte[] binary = new byte[4096];
        new Random(20).nextBytes(binary);
        binary[7] = 0;
        expectError(http.post("/v1/extract", "application/json", binary), 400, "bad_request");
        JsonNode plain = expectError(http.post("/v1/extract", "text/plain", binary), 400, "bad_request");
        assertEquals("text", plain.get("field").asText());
        assertTrue(plain.get("message").asText().contains("binary"), plain.toString());
    }

    @Test
    void aTextOverMaxDocumentCharsIs413NamingTheLimit() {
        int max = TestPipeline.get().config().limits().maxDocumentChars();
        JsonNode error = expectError(http.post("/v1/extract", "text/plain", "a".repeat(max + 1)), 413, "document_too_long");
        assertEquals("text", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("limits.maxDocumentChars=" + max), error.toString());
    }

    @Test
    void aDocumentOverItsTimeBudgetIs422NamingTheLimit() throws Exception {
        PipelineConfig config = TestPipeline.get().config();
        try (NewsrelServer strict = NewsrelServer.start(ServerSettings.defaults(1).withPort(0))) {
            strict.ready(new PipelineProcessor(TestPipeline.get(), oneMillisecond()), config.input());
            byte[] seed = Files.readAllBytes(Path.of(SEED_TXT));
            HttpResponse<byte[]> response = new Http(strict.uri()).post("/v1/extract", "text/plain", seed);
            JsonNode error = expectError(response, 422, "over_time_budget");
            assertTrue(error.get("message").asText().contains("limits.documentTimeoutMs"), error.toString());
        }
    }

    @Test
    void wrongMethodsAndUnknownPathsAreJsonErrors() {
        HttpResponse<byte[]> get = http.get("/v1/extract");
        expectError(get, 405, "method_not_allowed");
        assertEquals("POST", get.headers().firstValue("Allow").orElse(null));
        expectError(http.post("/v1/health", "application/json", "{}"), 405, "method_not_allowed");
        expectError(http.get("/v2/extract"), 404, "not_found");
    }

    @Test
    void thePageAndTheOpenApiFileAreServedFromTheJar() {
        HttpResponse<byte[]> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(Http.text(page).contains("<script src=\"/assets/page.js\""));
        assertEquals(ApiHandler.PAGE_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(null));
        for (String asset : List.of("/assets/page.js", "/assets/page.css", "/assets/report.css", "/v1/openapi.yaml",
                "/schema/newsrel-document.schema.json")) {
            HttpResponse<byte[]> response = http.get(asset);
            assertEquals(200, response.statusCode(), asset);
            assertTrue(response.body().length > 100, asset);
        }
        assertTrue(Http.text(http.get("/v1/openapi.yaml")).startsWith("openapi: 3.1"));
    }

    private static JsonNode expectError(HttpResponse<byte[]> response, int status, String code) {
        return expectError(RawHttp.Reply.of(response), status, code);
    }

    /** Asserts the status and the error JSON, then that the server still extracts. */
    private static JsonNode expectError(RawHttp.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/json", reply.contentType());
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        JsonNode json = Http.json(reply.body());
        assertEquals(code, json.get("error").asText(), json.toString());
        assertEquals(status, json.get("status").asInt());
        assertFalse(json.get("message").asText().isBlank());
        assertFalse(reply.body().contains("\tat ") || reply.body().contains("Exception"), json.toString());
        HttpResponse<byte[]> after = http.post("/v1/extract", "application/json", GOOD);
        assertEquals(200, after.statusCode(), "the server stopped extracting after a " + status);
        assertEquals("g", Http.json(after).get("id").asText());
        return json;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The pipeline's limits with a time budget of 1 ms, which no document meets. */
    private static PipelineConfig.Limits oneMillisecond() {
        PipelineConfig.Limits l = TestPipeline.get().config().limits();
        return new PipelineConfig.Limits(l.maxDocumentChars(), 1, l.maxRecordBytes(), l.maxIdChars(),
                l.maxDecompressionRatio(), l.maxFileBytes());
    }
}
