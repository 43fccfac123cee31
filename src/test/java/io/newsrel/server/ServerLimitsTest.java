package io.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's bounds and lifecycle, with a processor the test holds and releases (no CoreNLP):
 * 503 when workers and queue are taken, NDJSON answers in order, not ready until a pipeline is
 * there, a graceful stop that answers what it accepted, and JSON errors without internals.
 */
class ServerLimitsTest {

    private static final PipelineConfig.Input FIELDS = PipelineConfig.defaults().input();

    private final HeldProcessor held = new HeldProcessor();
    private NewsrelServer server;

    private Http start(int threads, int queue) throws Exception {
        server = NewsrelServer.start(ServerSettings.defaults(threads).withPort(0).withQueue(queue));
        server.ready(held, FIELDS);
        return new Http(server.uri());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            Stream.of("a", "b", "c", "d", "e").forEach(held::release);
            server.close();
        }
    }

    private static String doc(String id) {
        return "{\"id\":\"" + id + "\",\"text\":\"Poland ordered tanks.\"}";
    }

    @Test
    void aRequestBeyondWorkersAndQueueGets503WithRetryAfterAndTheServerGoesOn() throws Exception {
        Http http = start(2, 0);
        CompletableFuture<HttpResponse<byte[]>> a = http.postAsync("/v1/extract", "application/json", doc("a"));
        CompletableFuture<HttpResponse<byte[]>> b = http.postAsync("/v1/extract", "application/json", doc("b"));
        held.awaitStarted(2);

        HttpResponse<byte[]> refused = http.post("/v1/extract", "application/json", doc("c"));
        assertEquals(503, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals("overloaded", Http.json(refused).get("error").asText());
        assertEquals(200, http.get("/v1/health").statusCode(), "health answers while the workers are busy");

        held.release("a", "b");
        assertEquals("{\"id\":\"a\"}\n", Http.text(a.get()));
        assertEquals("{\"id\":\"b\"}\n", Http.text(b.get()));
        held.release("d");
        assertEquals(200, http.post("/v1/extract", "application/json", doc("d")).statusCode());
    }

    @Test
    void theQueueHoldsWhatTheWorkersCannotTakeYet() throws Exception {
        Http http = start(1, 1);
        CompletableFuture<HttpResponse<byte[]>> a = http.postAsync("/v1/extract", "application/json", doc("a"));
        held.awaitStarted(1);
        CompletableFuture<HttpResponse<byte[]>> b = http.postAsync("/v1/extract", "application/json", doc("b"));
        CompletableFuture<HttpResponse<byte[]>> c = http.postAsync("/v1/extract", "application/json", doc("c"));
        // one of b and c waits in the queue, the other finds it full, whichever came first
        CompletableFuture<Object> first503 = CompletableFuture.anyOf(b, c);
        HttpResponse<?> refused = (HttpResponse<?>) first503.get();
        assertEquals(503, refused.statusCode());
        held.release("a", "b", "c");
        assertEquals(200, a.get().statusCode());
        List<Integer> statuses = List.of(b.get().statusCode(), c.get().statusCode());
        assertTrue(statuses.contains(200) && statuses.contains(503), statuses.toString());
    }

    @Test
    void ndjsonAnswersComeInRequestOrderWhateverOrderTheDocumentsFinishIn() throws Exception {
        Http http = start(2, 0);
        String body = doc("a") + "\n" + doc("b") + "\n{\"id\":\"x\"}\n" + doc("c") + "\n";
        CompletableFuture<HttpResponse<byte[]>> answer = http.postAsync("/v1/extract", "application/x-ndjson", body);
        held.awaitStarted(2);
        held.release("b");
        held.awaitFinished("b");
        held.release("a", "c");
        HttpResponse<byte[]> response = answer.get();
        assertEquals(200, response.statusCode());
        assertEquals("application/x-ndjson", response.headers().firstValue("Content-Type").orElse(null));
        List<String> lines = Http.text(response).lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals("{\"id\":\"a\"}", lines.get(0));
        assertEquals("{\"id\":\"b\"}", lines.get(1));
        JsonNode error = Http.json(lines.get(2));
        assertEquals("bad_request", error.get("error").asText());
        assertEquals("text", error.get("field").asText());
        assertEquals(3, error.get("line").asInt());
        assertEquals("{\"id\":\"c\"}", lines.get(3));
        assertEquals(List.of("b", "a"), held.finishOrder.subList(0, 2), "b finished first");
    }

    @Test
    void notReadyUntilThePipelineIsLoaded() throws Exception {
        server = NewsrelServer.start(ServerSettings.defaults(1).withPort(0));
        Http http = new Http(server.uri());
        assertEquals(200, http.get("/v1/health").statusCode());
        HttpResponse<byte[]> ready = http.get("/v1/ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.headers().firstValue("Retry-After").isPresent());
        assertEquals("not_ready", Http.json(ready).get("error").asText());
        assertEquals(503, http.post("/v1/extract", "application/json", doc("a")).statusCode());

        server.ready(held, FIELDS);
        assertEquals(200, http.get("/v1/ready").statusCode());
        held.release("a");
        assertEquals(200, http.post("/v1/extract", "application/json", doc("a")).statusCode());
    }

    @Test
    void aGracefulStopAnswersEveryRequestItAccepted() throws Exception {
        Http http = start(2, 0);
        CompletableFuture<HttpResponse<byte[]>> single = http.postAsync("/v1/extract", "application/json", doc("a"));
        held.awaitStarted(1);
        CompletableFuture<HttpResponse<byte[]>> stream = http.postAsync("/v1/extract", "application/x-ndjson",
                doc("b") + "\n" + doc("c") + "\n");
        held.awaitStarted(1);

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::close);
        while (!server.isStopping()) {
            Thread.onSpinWait();
        }
        assertFalse(stopped.isDone(), "close() returned while requests were still open");
        held.release("a", "b", "c");
        stopped.get();
        assertEquals("{\"id\":\"a\"}\n", Http.text(single.get()));
        assertEquals("{\"id\":\"b\"}\n{\"id\":\"c\"}\n", Http.text(stream.get()));
        assertThrows(UncheckedIOException.class, () -> http.get("/v1/health"), "still listening after close()");
    }

    @Test
    void aFailingProcessorIs500AndTellsNothingOfItsInternals() throws Exception {
        server = NewsrelServer.start(ServerSettings.defaults(1).withPort(0));
        server.ready((NewsDocument document, String origin) -> {
            throw new IllegalStateException("secret internals at io.newsrel.Foo");
        }, FIELDS);
        HttpResponse<byte[]> response = new Http(server.uri()).post("/v1/extract", "application/json", doc("a"));
        assertEquals(500, response.statusCode());
        assertEquals("internal_error", Http.json(response).get("error").asText());
        assertFalse(Http.text(response).contains("secret") || Http.text(response).contains("Exception"), Http.text(response));
    }

    @Test
    void requestsJettyRefusesItselfAreJsonErrorsToo() throws Exception {
        start(1, 0);
        String garbage = raw("GARBAGE\r\n\r\n");
        assertTrue(garbage.startsWith("HTTP/1.1 400"), garbage);
        assertTrue(garbage.contains("\"error\":\"bad_request\""), garbage);

        String hugeHeader = raw("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");
        assertTrue(hugeHeader.startsWith("HTTP/1.1 431"), hugeHeader);
        assertTrue(hugeHeader.contains("\"status\":431"), hugeHeader);
        for (String answer : List.of(garbage, hugeHeader)) {
            assertFalse(answer.contains("Exception") || answer.contains("\tat "), answer);
        }
        assertEquals(200, new Http(server.uri()).get("/v1/health").statusCode());
    }

    /** Sends bytes as they are and reads the answer until the server closes the connection. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
