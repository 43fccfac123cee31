package io.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.MimeTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description in the jar ({@code /openapi/newsrel.yaml}, served at
 * {@code /v1/openapi.yaml}) against the server's real answers: every status, content type and
 * required header a test provokes is documented for its operation, and every body validates
 * against the documented schema (NDJSON: every line against {@code x-line-schema}).
 */
class OpenApiConformanceTest {

    /** The description's address for the validator; mapped to the files in the jar. */
    private static final String BASE = "https://newsrel.local/v1/openapi.yaml";
    private static final PipelineConfig.Input FIELDS = PipelineConfig.defaults().input();
    private static final String GOOD = "{\"id\":\"g\",\"text\":\"Poland ordered 180 K2 tanks from South Korea.\"}";

    private static JsonNode openapi;
    private static JsonSchemaFactory schemas;
    private static NewsrelServer real;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        try (InputStream in = OpenApiConformanceTest.class.getResourceAsStream("/openapi/newsrel.yaml")) {
            openapi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                mappers -> mappers.mapPrefix(BASE, "classpath:openapi/newsrel.yaml")
                        .mapPrefix("https://newsrel.local/schema/", "classpath:schema/")));
        real = NewsrelServer.start(ServerSettings.defaults(2).withPort(0));
        real.ready(TestPipeline.get());
        http = new Http(real.uri());
    }

    @AfterAll
    static void stop() {
        real.close();
    }

    @Test
    void healthReadyPageAndDescription() {
        conforms("/v1/health", "get", http.get("/v1/health"));
        conforms("/v1/ready", "get", http.get("/v1/ready"));
        conforms("/", "get", http.get("/"));
        conforms("/v1/openapi.yaml", "get", http.get("/v1/openapi.yaml"));
        conforms("/v1/health", "get", http.post("/v1/health", "application/json", "{}"));
    }

    @Test
    void extractionAndItsErrors() throws Exception {
        int max = TestPipeline.get().config().limits().maxDocumentChars();
        List<HttpResponse<byte[]>> answers = List.of(
                http.post("/v1/extract", "application/json", GOOD),
                http.post("/v1/extract?id=t&date=2024-05-01", "text/plain", "France and India signed a defence agreement."),
                http.post("/v1/extract", "application/x-ndjson", GOOD + "\nnot json\n{\"id\":\"e\",\"text\":\"\"}\n"),
                http.post("/v1/extract", "application/json", "{\"id\":"),
                http.post("/v1/extract", "application/json", "{\"text\":\"Poland\"}"),
                http.post("/v1/extract", "application/x-ndjson", "\n\n"),
                http.post("/v1/extract", "text/plain", "a".repeat(max + 1)),
                http.post("/v1/extract", "application/xml", "<a/>"),
                http.get("/v1/extract"));
        List<RawHttp.Reply> replies = new ArrayList<>(answers.stream().map(RawHttp.Reply::of).toList());
        replies.add(RawHttp.post(real.port(), "/v1/extract", "text/plain", new byte[10_000_000], false));
        List<Integer> statuses = new ArrayList<>();
        for (RawHttp.Reply reply : replies) {
            conforms("/v1/extract", "post", reply);
            statuses.add(reply.status());
        }
        assertEquals(List.of(200, 200, 200, 400, 400, 400, 413, 415, 405, 413), statuses);
    }

    @Test
    void overloadedNotReadyOverBudgetAndFailed() throws Exception {
        HeldProcessor held = new HeldProcessor();
        try (NewsrelServer busy = NewsrelServer.start(ServerSettings.defaults(1).withPort(0).withQueue(0))) {
            Http client = new Http(busy.uri());
            conforms("/v1/ready", "get", client.get("/v1/ready"));
            conforms("/v1/extract", "post", client.post("/v1/extract", "application/json", GOOD));
            busy.ready(held, FIELDS);
            CompletableFuture<HttpResponse<byte[]>> first = client.postAsync("/v1/extract", "application/json", GOOD);
            held.awaitStarted(1);
            HttpResponse<byte[]> refused = client.post("/v1/extract", "application/json", GOOD);
            assertEquals(503, refused.statusCode());
            conforms("/v1/extract", "post", refused);
            held.release("g");
            assertEquals(200, first.get().statusCode());
        }
        try (NewsrelServer strict = NewsrelServer.start(ServerSettings.defaults(1).withPort(0))) {
            strict.ready(new PipelineProcessor(TestPipeline.get(), oneMillisecond()), FIELDS);
            String seed = Files.readString(Corpus.DIR.resolve(Corpus.SEED_ID), StandardCharsets.UTF_8);
            HttpResponse<byte[]> late = new Http(strict.uri()).post("/v1/extract", "text/plain", seed);
            assertEquals(422, late.statusCode());
            conforms("/v1/extract", "post", late);
        }
        try (NewsrelServer failing = NewsrelServer.start(ServerSettings.defaults(1).withPort(0))) {
            failing.ready((NewsDocument document, String origin) -> new Answer.Problem(
                    ApiError.of(500, "internal_error", "processing failed; the server's log has the details")), FIELDS);
            HttpResponse<byte[]> failed = new Http(failing.uri()).post("/v1/extract", "application/json", GOOD);
            assertEquals(500, failed.statusCode());
            conforms("/v1/extract", "post", failed);
        }
    }

    @Test
    void unknownPathsAnswerTheDocumentedErrorShape() {
        HttpResponse<byte[]> missing = http.get("/v1/nothing");
        assertEquals(404, missing.statusCode());
        assertValid("/components/schemas/Error", Http.json(missing));
    }

    @Test
    void theCheckRejectsAnswersTheDescriptionDoesNotAllow() {
        assertFalse(schema("/components/schemas/Health").validate(Http.json("{\"status\":\"fine\"}")).isEmpty());
        assertFalse(schema("/components/schemas/Error").validate(Http.json("{\"error\":\"x\",\"status\":200,\"message\":\"m\"}")).isEmpty());
        String document = "/paths/~1v1~1extract/post/responses/200/content/application~1json/schema";
        assertFalse(schema(document).validate(Http.json("{\"id\":\"a\",\"sentences\":[],\"entities\":[],\"relations\":[]}")).isEmpty(),
                "a document without its schema field passed");
        assertTrue(schema(document).validate(Http.json(Http.text(http.post("/v1/extract", "application/json", GOOD)))).isEmpty());
    }

    /** The answer's status, content type, required headers and body are those documented for the operation. */
    private static void conforms(String path, String method, HttpResponse<byte[]> answer) {
        conforms(path, method, RawHttp.Reply.of(answer));
    }

    private static void conforms(String path, String method, RawHttp.Reply answer) {
        String operation = "/paths/" + escape(path) + "/" + method;
        assertFalse(openapi.at(operation).isMissingNode(), "no operation " + operation);
        String where = operation + "/responses/" + answer.status();
        JsonNode response = openapi.at(where);
        assertFalse(response.isMissingNode(), "status " + answer.status() + " of " + operation
                + " is not documented: " + answer.body());
        if (response.has("$ref")) {
            where = response.get("$ref").asText().substring(1);
            response = openapi.at(where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (header.getValue().path("required").asBoolean()) {
                assertNotNull(answer.header(header.getKey()), where + " requires " + header.getKey());
            }
        }
        String type = MimeTypes.getBase(String.valueOf(answer.contentType())).toLowerCase(Locale.ROOT);
        String content = where + "/content/" + escape(type);
        assertFalse(openapi.at(content).isMissingNode(), "content type " + type + " is not documented at " + where);
        switch (type) {
            case "application/json" -> assertValid(content + "/schema", Http.json(answer.body()));
            case "application/x-ndjson" -> answer.body().lines()
                    .forEach(line -> assertValid(content + "/x-line-schema", Http.json(line)));
            default -> assertEquals("string", openapi.at(content + "/schema/type").asText(), content);
        }
    }

    private static void assertValid(String pointer, JsonNode body) {
        Set<ValidationMessage> errors = schema(pointer).validate(body);
        assertTrue(errors.isEmpty(), pointer + ": " + errors + " in " + body);
    }

    private static JsonSchema schema(String pointer) {
        JsonSchema schema = schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        assertNotNull(schema, pointer);
        return schema;
    }

    /** A JSON pointer token: "/" and "~" escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The pipeline's limits with a time budget of 1 ms, which no document meets. */
    private static PipelineConfig.Limits oneMillisecond() {
        PipelineConfig.Limits l = TestPipeline.get().config().limits();
        return new PipelineConfig.Limits(l.maxDocumentChars(), 1, l.maxRecordBytes(), l.maxIdChars(),
                l.maxDecompressionRatio(), l.maxFileBytes());
    }
}
